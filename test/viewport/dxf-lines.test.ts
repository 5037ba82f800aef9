import { describe, expect, it } from 'vitest';
import { dxfLines } from '../../renderer/viewport/dxf-lines.ts';

/** A minimal DXF (its ENTITIES section only), as group code / value pairs. */
const dxf = (...entities: (string | number)[][]) => ['0', 'SECTION', '2', 'ENTITIES', ...entities.flat().map(String), '0', 'ENDSEC', '0', 'EOF'].join('\n');
const line = (x0: number, y0: number, x1: number, y1: number) => [0, 'LINE', 8, '0', 10, x0, 20, y0, 30, 0, 11, x1, 21, y1, 31, 0];
const square = (x: number, y: number, s: number) => [0, 'LWPOLYLINE', 8, '0', 90, 4, 70, 1, 10, x, 20, y, 10, x + s, 20, y, 10, x + s, 20, y + s, 10, x, 20, y + s];

// A line from (10, 5) to (30, 5) and a closed 10-unit square with its corner at (10, 5): the drawing spans x 10–30,
// y 5–15, so it is 20 × 10 units. In the sheet frame (x − 10, 15 − y) the line runs (0, 10)–(20, 10) along the
// bottom edge, and the square's four sides are four segments (the closing side included): 5 segments in all.
describe('DXF lines for an underlay', () => {
  it('reads lines and closed polylines into the sheet frame, y turned over', () => {
    const lines = dxfLines(dxf(line(10, 5, 30, 5), square(10, 5, 10)));
    if ('error' in lines) throw new Error(lines.error);
    expect(lines.widthUnits).toBe(20);
    expect(lines.heightUnits).toBe(10);
    expect(lines.segments.length).toBe(5 * 4);
    expect([...lines.segments.slice(0, 4)]).toEqual([0, 10, 20, 10]);
    expect([...lines.segments.slice(16, 20)]).toEqual([0, 0, 0, 10]);
  });

  it('draws a circle of radius 5 as 48 chords whose ends lie on it', () => {
    const lines = dxfLines(dxf([0, 'CIRCLE', 8, '0', 10, 0, 20, 0, 30, 0, 40, 5]));
    if ('error' in lines) throw new Error(lines.error);
    expect(lines.segments.length / 4).toBe(48);
    expect(lines.widthUnits).toBeCloseTo(10, 9);
    for (let i = 0; i < lines.segments.length; i += 2) expect(Math.hypot(lines.segments[i]! - 5, lines.segments[i + 1]! - 5)).toBeCloseTo(5, 9);
  });

  it('refuses a file with nothing to draw, in words', () => {
    expect(dxfLines(dxf())).toEqual({ error: 'The DXF holds no lines, polylines, circles or arcs to show.' });
  });
});
