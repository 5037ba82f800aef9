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

/**
 * A cell's ids are the first `n` of `ids`; the array is kept and written over when the index is filled again,
 * so that a rebuild allocates nothing for cells it has had before.
 */
interface Cell {
  readonly ids: string[];
  n: number;
}

/** An id's box, copied in; kept across clear() (with an older generation) to be written over by the next set. */
interface Entry {
  readonly box: [number, number, number, number, number, number];
  generation: number;
}

export class SpatialIndex {
  private readonly cells = new Map<number, Cell>();
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private live = 0;
  private top = 0;

  constructor(private readonly cellSize = 4) {}

  get size(): number {
    return this.live;
  }

  set(id: string, box: Box): void {
    let entry = this.entries.get(id);
    if (entry && entry.generation === this.generation) this.leaveCells(id, entry.box);
    else {
      if (!entry) {
        entry = { box: [0, 0, 0, 0, 0, 0], generation: this.generation };
        this.entries.set(id, entry);
      }
      entry.generation = this.generation;
      this.live++;
    }
    const b = entry.box;
    b[0] = box[0];
    b[1] = box[1];
    b[2] = box[2];
    b[3] = box[3];
    b[4] = box[4];
    b[5] = box[5];
    const size = this.cellSize;
    const x1 = Math.floor(b[3] / size);
    const z0 = Math.floor(b[2] / size);
    const z1 = Math.floor(b[5] / size);
    for (let i = Math.floor(b[0] / size); i <= x1; i++) {
      for (let k = z0; k <= z1; k++) {
        const key = this.key(i, k);
        const cell = this.cells.get(key);
        if (cell) cell.ids[cell.n++] = id;
        else this.cells.set(key, { ids: [id], n: 1 });
      }
    }
    if (b[4] > this.top) this.top = b[4];
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry || entry.generation !== this.generation) return;
    this.leaveCells(id, entry.box);
    this.entries.delete(id);
    this.live--;
  }

  /**
   * Forgets every box. Cells and entries left unused since the clear before are dropped; the others are kept to
   * be filled again (a rebuild sets the same ids in the same cells).
   */
  clear(): void {
    for (const [key, cell] of this.cells) {
      if (cell.n === 0) this.cells.delete(key);
      else cell.n = 0;
    }
    if (this.entries.size > this.live) for (const [id, entry] of this.entries) if (entry.generation !== this.generation) this.entries.delete(id);
    this.generation++;
    this.live = 0;
  }

  /** An id whose box contains the floor point (x, z), if any. */
  at(x: number, z: number): string | null {
    const cell = this.cells.get(this.key(this.cell(x), this.cell(z)));
    if (!cell) return null;
    for (let j = 0; j < cell.n; j++) {
      const id = cell.ids[j]!;
      const b = this.entries.get(id)!.box;
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
      const cell = this.cells.get(this.key(ix, iz));
      if (cell) {
        for (let j = 0; j < cell.n; j++) {
          const id = cell.ids[j]!;
          if (tested.has(id)) continue;
          tested.add(id);
          const t = rayBox(origin, dir, this.entries.get(id)!.box);
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

  /** Takes `id` out of the cells its box covers: the cell's last id takes its place. */
  private leaveCells(id: string, b: Box): void {
    const x1 = this.cell(b[3]);
    const z1 = this.cell(b[5]);
    for (let i = this.cell(b[0]); i <= x1; i++) {
      for (let k = this.cell(b[2]); k <= z1; k++) {
        const cell = this.cells.get(this.key(i, k));
        if (!cell) continue;
        const at = cell.ids.indexOf(id);
        if (at < 0 || at >= cell.n) continue;
        cell.ids[at] = cell.ids[--cell.n]!;
      }
    }
  }

  private cell(v: number): number {
    return Math.floor(v / this.cellSize);
  }

  private key(i: number, k: number): number {
    // Cells within ±2^14 on each axis (65 km at 4 m cells) pack into an integer below 2^30, which V8 keeps unboxed
    // and hashes fastest (a third off filling the index); cells out to ±2^20 (4,000 km) into a negative one.
    if (i >= -16_384 && i < 16_384 && k >= -16_384 && k < 16_384) return (i + 16_384) * 32_768 + (k + 16_384);
    return -1 - ((i + 1_048_576) * 2_097_152 + (k + 1_048_576));
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
