import { describe, expect, it } from 'vitest';
import { boxHitsPolygon, boxInsidePolygon, convexHull } from '../../renderer/viewport/screen-polygon.ts';

// A row seen in 3D: a quad turned 45°, its corners at (100, 50), (150, 100), (100, 150), (50, 100).
const diamond = [
  { x: 100, y: 50 },
  { x: 150, y: 100 },
  { x: 100, y: 150 },
  { x: 50, y: 100 },
];

describe('screen polygons (what a label may not cover)', () => {
  it('keeps the hull of a box’s eight projected corners, in order, without the inner ones', () => {
    const hull = convexHull([...diamond, { x: 100, y: 100 }, { x: 90, y: 95 }]);
    expect(hull).toHaveLength(4);
    expect(new Set(hull.map((p) => `${p.x},${p.y}`))).toEqual(new Set(diamond.map((p) => `${p.x},${p.y}`)));
  });

  it('tells a box in the corner of a turned quad’s bounds from one on the quad', () => {
    // Inside the diamond's bounds but beyond its north-west edge: a bounds test would call it covered.
    expect(boxHitsPolygon({ x: 52, y: 52, w: 20, h: 16 }, diamond)).toBe(false);
    expect(boxHitsPolygon({ x: 90, y: 90, w: 20, h: 16 }, diamond)).toBe(true);
    // Touching is not covering; a gap makes it so.
    expect(boxHitsPolygon({ x: 150, y: 90, w: 20, h: 20 }, diamond)).toBe(false);
    expect(boxHitsPolygon({ x: 152, y: 90, w: 20, h: 20 }, diamond, 3)).toBe(true);
  });

  it('blocks along a box seen edge-on (a segment)', () => {
    const edgeOn = convexHull([
      { x: 0, y: 40 },
      { x: 200, y: 40 },
      { x: 100, y: 40 },
    ]);
    expect(edgeOn).toHaveLength(2);
    expect(boxHitsPolygon({ x: 90, y: 30, w: 20, h: 16 }, edgeOn)).toBe(true);
    expect(boxHitsPolygon({ x: 90, y: 45, w: 20, h: 16 }, edgeOn)).toBe(false);
  });

  it('says a box is inside only when all of it is, whichever way the outline winds', () => {
    expect(boxInsidePolygon({ x: 90, y: 90, w: 20, h: 16 }, diamond)).toBe(true);
    expect(boxInsidePolygon({ x: 90, y: 90, w: 20, h: 16 }, [...diamond].reverse())).toBe(true);
    expect(boxInsidePolygon({ x: 120, y: 90, w: 30, h: 16 }, diamond)).toBe(false);
  });
});
