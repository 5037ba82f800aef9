import { rectsOverlap, type Rect } from '../../geometry/plan.ts';
import { called } from '../../model/called.ts';

export interface Obstacle {
  readonly id: string;
  /** The record's own name; a row is named with its word in a message (see `obstacleName`). */
  readonly name: string;
  readonly kind: 'row' | 'equipment';
  readonly rect: Rect;
}

/** An obstacle as a message names it: "row A1", or the equipment's name. */
export function obstacleName(o: Obstacle): string {
  return o.kind === 'row' ? called('row', o.name) : o.name;
}

const CELL_M = 6;
// Cells pack into one number, cheaper keys than strings: within ±2^14 cells (±98 km) on each axis a small integer
// (|key| < 2^29, hashed without allocating), further out up to ±2^20 cells a larger one (≥ 2^30): the two never meet.
const NEAR = 0x4000;
const FAR = 0x40000000;
// Obstacles numbered below this pack with their cell into one exact number (see `obstacleGrid`).
const OWNERS = 0x100000;
const key = (i: number, k: number) =>
  i > -NEAR && i < NEAR && k > -NEAR && k < NEAR ? i * 2 * NEAR + k : FAR + (i + 0x100000) * 0x200000 + (k + 0x100000);

/** The first obstacle other than the record `exceptId` that overlaps `r`, or undefined. */
export type FirstOverlap = (r: Rect, exceptId: string) => Obstacle | undefined;

/**
 * Obstacles bucketed on a coarse grid, so that each query meets only its neighbours: the query looks cell by cell,
 * each cell in the order the obstacles were given. The grid is every (cell, obstacle) pair sorted by cell, kept in
 * typed arrays and searched by halves: a map of lists per cell made on every report cost a list per cell.
 */
export function obstacleGrid(obstacles: readonly Obstacle[]): FirstOverlap {
  let count = 0;
  let near = true;
  for (const o of obstacles) {
    const r = o.rect;
    const i0 = Math.floor(r.minX / CELL_M);
    const i1 = Math.floor(r.maxX / CELL_M);
    const k0 = Math.floor(r.minY / CELL_M);
    const k1 = Math.floor(r.maxY / CELL_M);
    if (i1 >= i0 && k1 >= k0) count += (i1 - i0 + 1) * (k1 - k0 + 1);
    if (i0 <= -NEAR || i1 >= NEAR || k0 <= -NEAR || k1 >= NEAR) near = false;
  }
  const keys = new Float64Array(count);
  const owners = new Int32Array(count);
  if (near && obstacles.length < OWNERS) {
    // Each (cell, obstacle) pair packed in one number, cell × 2^20 + obstacle (exact below 2^49): sorted as numbers,
    // they come by cell and, within a cell, in the obstacles' order.
    const packed = new Float64Array(count);
    let at = 0;
    obstacles.forEach((o, n) => {
      const r = o.rect;
      for (let i = Math.floor(r.minX / CELL_M); i <= Math.floor(r.maxX / CELL_M); i++) {
        for (let k = Math.floor(r.minY / CELL_M); k <= Math.floor(r.maxY / CELL_M); k++) packed[at++] = key(i, k) * OWNERS + n;
      }
    });
    packed.sort();
    for (let j = 0; j < count; j += 1) {
      const cell = Math.floor(packed[j]! / OWNERS);
      keys[j] = cell;
      owners[j] = packed[j]! - cell * OWNERS;
    }
  } else {
    sortPairsByCell(obstacles, keys, owners);
  }
  // Where each cell's pairs start.
  const starts = new Map<number, number>();
  for (let j = 0; j < count; j += 1) if (j === 0 || keys[j] !== keys[j - 1]) starts.set(keys[j]!, j);
  return (r, exceptId) => {
    const i1 = Math.floor(r.maxX / CELL_M);
    const k0 = Math.floor(r.minY / CELL_M);
    const k1 = Math.floor(r.maxY / CELL_M);
    for (let i = Math.floor(r.minX / CELL_M); i <= i1; i++) {
      for (let k = k0; k <= k1; k++) {
        const cell = key(i, k);
        const start = starts.get(cell);
        if (start === undefined) continue;
        for (let j = start; j < count && keys[j] === cell; j += 1) {
          const o = obstacles[owners[j]!]!;
          if (o.id !== exceptId && rectsOverlap(r, o.rect)) return o;
        }
      }
    }
    return undefined;
  };
}

/** The general case of `obstacleGrid`'s pairs (cells far out or very many obstacles): sorted by cell, stable. */
function sortPairsByCell(obstacles: readonly Obstacle[], keys: Float64Array, owners: Int32Array): void {
  const count = keys.length;
  const pairKeys = new Float64Array(count);
  const pairOwners = new Int32Array(count);
  let at = 0;
  obstacles.forEach((o, n) =>
    forEachCell(o.rect, (cell) => {
      pairKeys[at] = cell;
      pairOwners[at] = n;
      at += 1;
    }),
  );
  // The keys sorted as numbers (no comparator to call), each pair then placed after the pairs of its cell placed before it.
  keys.set(pairKeys);
  keys.sort();
  const placed = new Int32Array(count);
  for (let j = 0; j < count; j += 1) {
    const cell = pairKeys[j]!;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < cell) lo = mid + 1;
      else hi = mid;
    }
    owners[lo + placed[lo]!] = pairOwners[j]!;
    placed[lo] = placed[lo]! + 1;
  }
}

/** Each grid cell a rectangle touches, column by column. */
function forEachCell(r: Rect, visit: (cell: number) => void): void {
  for (let i = Math.floor(r.minX / CELL_M); i <= Math.floor(r.maxX / CELL_M); i++) {
    for (let k = Math.floor(r.minY / CELL_M); k <= Math.floor(r.maxY / CELL_M); k++) visit(key(i, k));
  }
}

/** True when `r` leaves the rectangle [0, width] × [0, depth] (a hall in its own coordinates). */
export function leavesHall(r: Rect, widthM: number, depthM: number): boolean {
  const eps = 1e-6;
  return r.minX < -eps || r.minY < -eps || r.maxX > widthM + eps || r.maxY > depthM + eps;
}
