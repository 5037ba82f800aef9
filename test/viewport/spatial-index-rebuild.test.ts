import { describe, expect, it } from 'vitest';
import { SpatialIndex } from '../../renderer/viewport/spatial-index.ts';
import { nearestByBruteForce } from './ray-brute-force.ts';

type Box = [number, number, number, number, number, number];

const rack = (x: number, z: number): Box => [x, 0, z, x + 0.6, 2.3, z + 1.2];

// The index keeps its cells and entries across clear() to fill them again; what it answers must be what the boxes
// set since the last clear say, never a box from before it.
describe('SpatialIndex across a rebuild', () => {
  it('answers rays and floor points from the boxes set since the clear only', () => {
    const index = new SpatialIndex(4);
    for (let i = 0; i < 30; i++) for (let k = 0; k < 30; k++) index.set(`b${i}-${k}`, rack(i * 1.5, k * 3));
    index.clear();
    // Every third box is dropped, the others move half a metre, and a new block stands beside them.
    const now = new Map<string, Box>();
    for (let i = 0; i < 30; i++) {
      for (let k = 0; k < 30; k++) {
        if ((i + k) % 3 === 0) continue;
        now.set(`b${i}-${k}`, rack(i * 1.5 + 0.5, k * 3));
      }
    }
    for (let i = 0; i < 5; i++) now.set(`n${i}`, rack(50 + i, 10));
    for (const [id, b] of now) index.set(id, b);
    expect(index.size).toBe(now.size);
    let seed = 11;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 300; n++) {
      const o = [rand() * 70 - 10, 5 + rand() * 60, rand() * 100 - 10];
      const target = [rand() * 55, 0, rand() * 90];
      const d = target.map((v, a) => v - o[a]!);
      const len = Math.hypot(...d);
      const dir = d.map((v) => v / len) as [number, number, number];
      expect(index.raycast(o as [number, number, number], dir)?.id ?? null).toBe(nearestByBruteForce(now, o, dir));
    }
    // Where a dropped box stood (b0-0 at x 0–0.6, z 0–1.2) nothing is found; a moved one is found where it is now.
    expect(index.at(0.05, 0.6)).toBeNull();
    expect(index.at(2.1, 0.6)).toBe('b1-0');
  });

  it('forgets a box dropped by one rebuild even after the next, and refills cells it had emptied', () => {
    const index = new SpatialIndex(4);
    index.set('a', rack(1, 1));
    index.set('b', rack(9, 9));
    index.clear();
    index.set('b', rack(9, 9));
    index.clear();
    index.set('a', rack(1, 1));
    expect(index.size).toBe(1);
    expect(index.at(1.3, 1.5)).toBe('a');
    expect(index.at(9.3, 9.5)).toBeNull();
    // b is no longer in the index: removing it changes nothing.
    index.remove('b');
    expect(index.size).toBe(1);
    expect(index.at(1.3, 1.5)).toBe('a');
  });
});
