import { BoxGeometry, Color, DynamicDrawUsage, InstancedBufferAttribute, InstancedMesh, Matrix4, MeshLambertMaterial, Object3D } from 'three';
import type { FloorBox } from '../../shared/geometry/floor-box.ts';

/** Where an id's instance is; kept (and reused) across a clear, when `generation` tells it is no longer drawn. */
interface Slot {
  bucket: Bucket;
  index: number;
  generation: number;
}

interface Bucket {
  readonly key: string;
  mesh: InstancedMesh;
  ids: string[];
  dirtyMin: number;
  dirtyMax: number;
  colorDirtyMin: number;
  colorDirtyMax: number;
}

const INITIAL_CAPACITY = 64;
const m = new Matrix4();
const c = new Color();

/**
 * Boxes (racks, equipment) as InstancedMesh buckets, one per geometry (profile size): draw calls grow with the number of
 * geometries, never with the number of boxes. An id ↔ instance map, swap-remove on delete, per-instance colour,
 * capacity grown by doubling, and buffer uploads limited to the changed range.
 */
export class InstancedBoxLayer {
  readonly root = new Object3D();
  private readonly buckets = new Map<string, Bucket>();
  private readonly where = new Map<string, Slot>();
  /** Slots of an older generation are of instances forgotten by clear(); flush() deletes those still unused. */
  private generation = 0;
  private live = 0;
  private readonly material = new MeshLambertMaterial({ color: 0xffffff });
  private readonly linearColors = new Map<number, [number, number, number]>();

  get count(): number {
    return this.live;
  }

  /** Number of instanced meshes (one draw call each). */
  get bucketCount(): number {
    return this.buckets.size;
  }

  /** Adds or moves a rack; `geometryKey` names its size so that equal racks share a bucket. */
  set(id: string, geometryKey: string, box: FloorBox, color: number): void {
    let at = this.where.get(id);
    if (at === undefined || at.generation !== this.generation) at = this.place(id, geometryKey, box, at);
    else if (at.bucket.key !== geometryKey) {
      this.remove(id);
      at = this.place(id, geometryKey, box, undefined);
    }
    const bucket = at.bucket;
    const index = at.index;
    writeMatrix(bucket.mesh.instanceMatrix.array as Float32Array, index * 16, box);
    if (index < bucket.dirtyMin) bucket.dirtyMin = index;
    if (index > bucket.dirtyMax) bucket.dirtyMax = index;
    this.writeColor(bucket, index, color);
  }

  /** Appends an instance for `id` to its geometry's bucket, in `reuse` (a slot the last clear left) if there is one. */
  private place(id: string, geometryKey: string, box: FloorBox, reuse: Slot | undefined): Slot {
    const bucket = this.bucketFor(geometryKey, box);
    const index = bucket.ids.length;
    if (index >= bucket.mesh.instanceMatrix.count) this.grow(bucket);
    bucket.ids.push(id);
    bucket.mesh.count = index + 1;
    this.live++;
    if (reuse) {
      reuse.bucket = bucket;
      reuse.index = index;
      reuse.generation = this.generation;
      return reuse;
    }
    const slot = { bucket, index, generation: this.generation };
    this.where.set(id, slot);
    return slot;
  }

  setColor(id: string, color: number): void {
    const at = this.slotOf(id);
    if (at) this.writeColor(at.bucket, at.index, color);
  }

  private writeColor(bucket: Bucket, index: number, color: number): void {
    let linear = this.linearColors.get(color);
    if (!linear) {
      // Color.setHex converts sRGB to linear (a pow per channel); a layout uses a handful of colours.
      c.setHex(color);
      linear = [c.r, c.g, c.b];
      this.linearColors.set(color, linear);
    }
    const arr = bucket.mesh.instanceColor!.array as Float32Array;
    arr[index * 3] = linear[0];
    arr[index * 3 + 1] = linear[1];
    arr[index * 3 + 2] = linear[2];
    if (index < bucket.colorDirtyMin) bucket.colorDirtyMin = index;
    if (index > bucket.colorDirtyMax) bucket.colorDirtyMax = index;
  }

  /** Swap-remove: the last instance of the bucket takes the removed one's place. */
  remove(id: string): void {
    const at = this.slotOf(id);
    if (!at) return;
    this.where.delete(id);
    this.live--;
    const { bucket, index } = at;
    const last = bucket.ids.length - 1;
    if (index !== last) {
      const movedId = bucket.ids[last]!;
      bucket.ids[index] = movedId;
      bucket.mesh.getMatrixAt(last, m);
      bucket.mesh.setMatrixAt(index, m);
      bucket.mesh.getColorAt(last, c);
      bucket.mesh.setColorAt(index, c);
      this.where.get(movedId)!.index = index;
      markMatrix(bucket, index);
      bucket.colorDirtyMin = Math.min(bucket.colorDirtyMin, index);
      bucket.colorDirtyMax = Math.max(bucket.colorDirtyMax, index);
    }
    bucket.ids.pop();
    bucket.mesh.count = bucket.ids.length;
  }

  /**
   * Forgets every instance at once (a rebuild), keeping the buckets and their buffers for reuse, and the id slots
   * too: a rebuild sets most ids again, and reusing their slots spares the map as many deletes and inserts.
   */
  clear(): void {
    for (const b of this.buckets.values()) {
      b.ids.length = 0;
      b.mesh.count = 0;
    }
    this.generation++;
    this.live = 0;
  }

  /** The rack drawn by instance `instanceId` of `mesh`, for raycasts that go through three. */
  idAt(mesh: Object3D, instanceId: number): string | undefined {
    for (const b of this.buckets.values()) if (b.mesh === mesh) return b.ids[instanceId];
    return undefined;
  }

  *ids(): IterableIterator<string> {
    for (const [id, at] of this.where) if (at.generation === this.generation) yield id;
  }

  /** Uploads only what changed since the last frame. */
  flush(): void {
    if (this.where.size > this.live) this.dropStaleSlots();
    for (const b of this.buckets.values()) {
      if (b.dirtyMax >= b.dirtyMin) {
        const attr = b.mesh.instanceMatrix;
        attr.clearUpdateRanges();
        attr.addUpdateRange(b.dirtyMin * 16, (b.dirtyMax - b.dirtyMin + 1) * 16);
        attr.needsUpdate = true;
      }
      const colors = b.mesh.instanceColor;
      if (colors && b.colorDirtyMax >= b.colorDirtyMin) {
        colors.clearUpdateRanges();
        colors.addUpdateRange(b.colorDirtyMin * 3, (b.colorDirtyMax - b.colorDirtyMin + 1) * 3);
        colors.needsUpdate = true;
      }
      b.dirtyMin = b.colorDirtyMin = Infinity;
      b.dirtyMax = b.colorDirtyMax = -1;
    }
  }

  dispose(): void {
    for (const b of this.buckets.values()) {
      b.mesh.geometry.dispose();
      b.mesh.dispose();
    }
    this.material.dispose();
    this.buckets.clear();
    this.where.clear();
  }

  private slotOf(id: string): Slot | undefined {
    const at = this.where.get(id);
    return at && at.generation === this.generation ? at : undefined;
  }

  private dropStaleSlots(): void {
    for (const [id, at] of this.where) if (at.generation !== this.generation) this.where.delete(id);
  }

  private bucketFor(key: string, box: FloorBox): Bucket {
    let bucket = this.buckets.get(key);
    if (bucket) return bucket;
    // A 2 cm gap on each side so that neighbouring racks read as separate boxes, even from above.
    const geometry = new BoxGeometry(Math.max(box.w - 0.04, box.w * 0.9), box.h, box.d);
    geometry.translate(0, box.h / 2, 0);
    bucket = { key, mesh: this.newMesh(geometry, INITIAL_CAPACITY), ids: [], dirtyMin: Infinity, dirtyMax: -1, colorDirtyMin: Infinity, colorDirtyMax: -1 };
    bucket.mesh.count = 0;
    this.buckets.set(key, bucket);
    this.root.add(bucket.mesh);
    return bucket;
  }

  private newMesh(geometry: BoxGeometry, capacity: number): InstancedMesh {
    const mesh = new InstancedMesh(geometry, this.material, capacity);
    mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(capacity * 3), 3);
    mesh.instanceColor.setUsage(DynamicDrawUsage);
    // Instances move independently; a stale bounding sphere would cull visible racks.
    mesh.frustumCulled = false;
    return mesh;
  }

  /** Doubles a bucket's capacity: a new mesh with the old buffers copied in (a GPU buffer cannot grow). */
  private grow(bucket: Bucket): void {
    const old = bucket.mesh;
    const capacity = old.instanceMatrix.count * 2;
    const mesh = this.newMesh(old.geometry as BoxGeometry, capacity);
    (mesh.instanceMatrix.array as Float32Array).set(old.instanceMatrix.array as Float32Array);
    (mesh.instanceColor!.array as Float32Array).set(old.instanceColor!.array as Float32Array);
    mesh.count = old.count;
    this.root.remove(old);
    old.dispose();
    this.root.add(mesh);
    bucket.mesh = mesh;
    bucket.dirtyMin = bucket.colorDirtyMin = 0;
    bucket.dirtyMax = bucket.colorDirtyMax = Math.max(0, bucket.ids.length);
  }
}

/** cos and sin of a plan rotation as a turn about world y (rounded, so that quarter turns are exact). */
function turnOf(rotation: number): readonly [number, number] {
  const angle = (-rotation * Math.PI) / 180;
  return [Math.round(Math.cos(angle) * 1e9) / 1e9, Math.round(Math.sin(angle) * 1e9) / 1e9];
}

/** The four quarter turns, which are all a layout uses, worked out once rather than per instance. */
const QUARTER_TURNS = [0, 90, 180, 270].map(turnOf);

/** A translation and a turn about y, written straight into the instance buffer (column-major). */
function writeMatrix(a: Float32Array, o: number, box: FloorBox): void {
  // Indexed rather than destructured: unoptimised code runs the array iterator for a destructuring, and a build
  // mostly runs before the engine has optimised it.
  const turn = (box.rotation % 90 === 0 && QUARTER_TURNS[box.rotation / 90]) || turnOf(box.rotation);
  const cos = turn[0];
  const sin = turn[1];
  a[o] = cos;
  a[o + 1] = 0;
  a[o + 2] = -sin;
  a[o + 3] = 0;
  a[o + 4] = 0;
  a[o + 5] = 1;
  a[o + 6] = 0;
  a[o + 7] = 0;
  a[o + 8] = sin;
  a[o + 9] = 0;
  a[o + 10] = cos;
  a[o + 11] = 0;
  a[o + 12] = box.x;
  a[o + 13] = 0;
  a[o + 14] = box.y;
  a[o + 15] = 1;
}

function markMatrix(b: Bucket, index: number): void {
  b.dirtyMin = Math.min(b.dirtyMin, index);
  b.dirtyMax = Math.max(b.dirtyMax, index);
}
