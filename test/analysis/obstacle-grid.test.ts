// The obstacle grid answers as a plain walk does: cell by cell (columns, then rows within a column, 6 m cells), each
// cell's obstacles in the order given, the first that overlaps the query and is not the excepted record. Random
// rectangles near the origin (many share cells) and far out (beyond ±98 km, where cells take the wide keys).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rectsOverlap, type Rect } from '../../shared/geometry/plan.ts';
import { obstacleGrid, type Obstacle } from '../../shared/analysis/checks/zones.ts';

const CELL_M = 6;
const cellsOf = (r: Rect) => ({ i0: Math.floor(r.minX / CELL_M), i1: Math.floor(r.maxX / CELL_M), k0: Math.floor(r.minY / CELL_M), k1: Math.floor(r.maxY / CELL_M) });

function walk(obstacles: readonly Obstacle[], r: Rect, exceptId: string): Obstacle | undefined {
  const q = cellsOf(r);
  for (let i = q.i0; i <= q.i1; i++) {
    for (let k = q.k0; k <= q.k1; k++) {
      for (const o of obstacles) {
        const c = cellsOf(o.rect);
        if (i < c.i0 || i > c.i1 || k < c.k0 || k > c.k1) continue;
        if (o.id !== exceptId && rectsOverlap(r, o.rect)) return o;
      }
    }
  }
  return undefined;
}

// Positions and sizes in whole decimetres: plain doubles lean to zero widths, which overlap nothing.
const dm = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 10);
const rect = ([cx, cy]: readonly [number, number]) =>
  fc.record({ x: dm(-400, 400), y: dm(-400, 400), w: dm(1, 200), d: dm(1, 200) })
    .map(({ x, y, w, d }): Rect => ({ minX: cx + x, minY: cy + y, maxX: cx + x + w, maxY: cy + y + d }));

describe('obstacle grid', () => {
  for (const [where, centre] of [['near the origin', [0, 0]], ['far out', [-250_000, 180_000]]] as const) {
    it(`finds the same first overlap as a cell-by-cell walk, ${where}`, () => {
      fc.assert(
        fc.property(fc.array(rect(centre), { minLength: 1, maxLength: 40 }), fc.array(rect(centre), { maxLength: 20 }), fc.nat(), (rects, queries, pick) => {
          const obstacles: Obstacle[] = rects.map((r, n) => ({ id: `o${n}`, name: `O${n}`, kind: 'equipment', rect: r }));
          const first = obstacleGrid(obstacles);
          // Each obstacle's own rectangle asked about, without itself, as the checks ask; and free queries.
          for (const o of obstacles) expect(first(o.rect, o.id)).toBe(walk(obstacles, o.rect, o.id));
          const except = `o${pick % obstacles.length}`;
          for (const q of queries) expect(first(q, except)).toBe(walk(obstacles, q, except));
        }),
        { numRuns: 300 },
      );
    });
  }
});
