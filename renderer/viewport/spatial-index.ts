/**
 * A uniform grid over the floor (world x/z) holding axis-aligned boxes by id. A ray walks the grid cell by
 * cell (Amanatides–Woo) and tests only the boxes of the cells it crosses, stopping once a hit is nearer than
 * the next cell: picking costs what the ray crosses, not the number of racks.
 */
type Box = readonly [number, number, number, number, number, number];

export interface RayHit {
  readonly id: string;
  readonly distance: number;
}

export class SpatialIndex {
  /** Ids per cell: a few dozen at most, so an array beats a Set to fill (a rebuild) and to scan (a pick). */
  private readonly cells = new Map<number, string[]>();
  private readonly boxes = new Map<string, Box>();
  private top = 0;

  constructor(private readonly cellSize = 4) {}

  get size(): number {
    return this.boxes.size;
  }

  set(id: string, box: Box): void {
    this.remove(id);
    const x1 = this.cell(box[3]);
    const z1 = this.cell(box[5]);
    for (let i = this.cell(box[0]); i <= x1; i++) {
      for (let k = this.cell(box[2]); k <= z1; k++) {
        const key = this.key(i, k);
        const ids = this.cells.get(key);
        if (ids) ids.push(id);
        else this.cells.set(key, [id]);
      }
    }
    this.boxes.set(id, box);
    this.top = Math.max(this.top, box[4]);
  }

  remove(id: string): void {
    const box = this.boxes.get(id);
    if (!box) return;
    const x1 = this.cell(box[3]);
    const z1 = this.cell(box[5]);
    for (let i = this.cell(box[0]); i <= x1; i++) {
      for (let k = this.cell(box[2]); k <= z1; k++) {
        const ids = this.cells.get(this.key(i, k));
        const at = ids ? ids.indexOf(id) : -1;
        if (at < 0) continue;
        ids![at] = ids![ids!.length - 1]!;
        ids!.pop();
      }
    }
    this.boxes.delete(id);
  }

  clear(): void {
    this.cells.clear();
    this.boxes.clear();
  }

  /** An id whose box contains the floor point (x, z), if any. */
  at(x: number, z: number): string | null {
    const ids = this.cells.get(this.key(this.cell(x), this.cell(z)));
    if (!ids) return null;
    for (const id of ids) {
      const b = this.boxes.get(id)!;
      if (x >= b[0] && x <= b[3] && z >= b[2] && z <= b[5]) return id;
    }
    return null;
  }

  /** The nearest box the ray hits within `maxDistance`. */
  raycast(from: readonly [number, number, number], dir: readonly [number, number, number], maxDistance = 5000): RayHit | null {
    // Walk only the part of the ray inside the layer of space the boxes occupy (floor to the tallest top).
    const [tStart, tStop] = slabInterval(from[1], dir[1], 0, this.top);
    if (tStart > tStop || tStart > maxDistance) return null;
    const origin = [from[0] + dir[0] * tStart, from[1] + dir[1] * tStart, from[2] + dir[2] * tStart] as const;
    const hit = this.walk(origin, dir, Math.min(maxDistance, tStop) - tStart);
    return hit && { id: hit.id, distance: hit.distance + tStart };
  }

  private walk(origin: readonly [number, number, number], dir: readonly [number, number, number], tEnd: number): RayHit | null {
    const size = this.cellSize;
    let ix = this.cell(origin[0]);
    let iz = this.cell(origin[2]);
    const stepX = dir[0] > 0 ? 1 : -1;
    const stepZ = dir[2] > 0 ? 1 : -1;
    const nextBoundary = (i: number, step: number) => (step > 0 ? (i + 1) * size : i * size);
    let tMaxX = dir[0] !== 0 ? (nextBoundary(ix, stepX) - origin[0]) / dir[0] : Infinity;
    let tMaxZ = dir[2] !== 0 ? (nextBoundary(iz, stepZ) - origin[2]) / dir[2] : Infinity;
    const tDeltaX = dir[0] !== 0 ? size / Math.abs(dir[0]) : Infinity;
    const tDeltaZ = dir[2] !== 0 ? size / Math.abs(dir[2]) : Infinity;
    let best: RayHit | null = null;
    let tCellStart = 0;
    const tested = new Set<string>();
    while (tCellStart <= tEnd) {
      const ids = this.cells.get(this.key(ix, iz));
      if (ids) {
        for (const id of ids) {
          if (tested.has(id)) continue;
          tested.add(id);
          const t = rayBox(origin, dir, this.boxes.get(id)!);
          if (t !== null && (!best || t < best.distance)) best = { id, distance: t };
        }
      }
      const tCellEnd = Math.min(tMaxX, tMaxZ);
      if (best && best.distance <= tCellEnd) break;
      if (tMaxX < tMaxZ) {
        ix += stepX;
        tCellStart = tMaxX;
        tMaxX += tDeltaX;
      } else {
        iz += stepZ;
        tCellStart = tMaxZ;
        tMaxZ += tDeltaZ;
      }
    }
    return best;
  }

  private cell(v: number): number {
    return Math.floor(v / this.cellSize);
  }

  private key(i: number, k: number): number {
    // Cells within ±2^20 on each axis (4,000 km at 4 m cells) pack into one safe integer.
    return (i + 1_048_576) * 2_097_152 + (k + 1_048_576);
  }
}

function slabInterval(o: number, d: number, lo: number, hi: number): [number, number] {
  if (Math.abs(d) < 1e-12) return o >= lo && o <= hi ? [0, Infinity] : [1, 0];
  const t1 = (lo - o) / d;
  const t2 = (hi - o) / d;
  return [Math.max(0, Math.min(t1, t2)), Math.max(t1, t2)];
}

function rayBox(o: readonly number[], d: readonly number[], b: Box): number | null {
  let tMin = 0;
  let tMax = Infinity;
  for (let a = 0; a < 3; a++) {
    const lo = b[a]!;
    const hi = b[a + 3]!;
    const oa = o[a]!;
    const da = d[a]!;
    if (Math.abs(da) < 1e-12) {
      if (oa < lo || oa > hi) return null;
      continue;
    }
    let t1 = (lo - oa) / da;
    let t2 = (hi - oa) / da;
    if (t1 > t2) [t1, t2] = [t2, t1];
    tMin = Math.max(tMin, t1);
    tMax = Math.min(tMax, t2);
    if (tMin > tMax) return null;
  }
  return tMin;
}
