import { BoxGeometry, Color, DynamicDrawUsage, InstancedBufferAttribute, InstancedMesh, Matrix4, MeshLambertMaterial, Object3D } from 'three';
import type { FloorBox } from '../../shared/geometry/floor-box.ts';

interface Bucket {
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
  private readonly where = new Map<string, { bucket: Bucket; index: number }>();
  private readonly material = new MeshLambertMaterial({ color: 0xffffff });
  private readonly linearColors = new Map<number, [number, number, number]>();

  get count(): number {
    return this.where.size;
  }

  /** Number of instanced meshes (one draw call each). */
  get bucketCount(): number {
    return this.buckets.size;
  }

  /** Adds or moves a rack; `geometryKey` names its size so that equal racks share a bucket. */
  set(id: string, geometryKey: string, box: FloorBox, color: number): void {
    let at = this.where.get(id);
    if (at && at.bucket !== this.buckets.get(geometryKey)) {
      this.remove(id);
      at = undefined;
    }
    if (!at) {
      const bucket = this.bucketFor(geometryKey, box);
      const index = bucket.ids.length;
      if (index >= bucket.mesh.instanceMatrix.count) this.grow(bucket);
      bucket.ids.push(id);
      bucket.mesh.count = bucket.ids.length;
      at = { bucket, index };
      this.where.set(id, at);
    }
    writeMatrix(at.bucket.mesh.instanceMatrix.array as Float32Array, at.index * 16, box);
    markMatrix(at.bucket, at.index);
    this.writeColor(at.bucket, at.index, color);
  }

  setColor(id: string, color: number): void {
    const at = this.where.get(id);
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
    bucket.colorDirtyMin = Math.min(bucket.colorDirtyMin, index);
    bucket.colorDirtyMax = Math.max(bucket.colorDirtyMax, index);
  }

  /** Swap-remove: the last instance of the bucket takes the removed one's place. */
  remove(id: string): void {
    const at = this.where.get(id);
    if (!at) return;
    this.where.delete(id);
    const { bucket, index } = at;
    const last = bucket.ids.length - 1;
    if (index !== last) {
      const movedId = bucket.ids[last]!;
      bucket.ids[index] = movedId;
      bucket.mesh.getMatrixAt(last, m);
      bucket.mesh.setMatrixAt(index, m);
      bucket.mesh.getColorAt(last, c);
      bucket.mesh.setColorAt(index, c);
      this.where.set(movedId, { bucket, index });
      markMatrix(bucket, index);
      bucket.colorDirtyMin = Math.min(bucket.colorDirtyMin, index);
      bucket.colorDirtyMax = Math.max(bucket.colorDirtyMax, index);
    }
    bucket.ids.pop();
    bucket.mesh.count = bucket.ids.length;
  }

  /** Forgets every instance at once (a rebuild), keeping the buckets and their buffers for reuse. */
  clear(): void {
    for (const b of this.buckets.values()) {
      b.ids.length = 0;
      b.mesh.count = 0;
    }
    this.where.clear();
  }

  /** The rack drawn by instance `instanceId` of `mesh`, for raycasts that go through three. */
  idAt(mesh: Object3D, instanceId: number): string | undefined {
    for (const b of this.buckets.values()) if (b.mesh === mesh) return b.ids[instanceId];
    return undefined;
  }

  ids(): IterableIterator<string> {
    return this.where.keys();
  }

  /** Uploads only what changed since the last frame. */
  flush(): void {
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

  private bucketFor(key: string, box: FloorBox): Bucket {
    let bucket = this.buckets.get(key);
    if (bucket) return bucket;
    // A 2 cm gap on each side so that neighbouring racks read as separate boxes, even from above.
    const geometry = new BoxGeometry(Math.max(box.w - 0.04, box.w * 0.9), box.h, box.d);
    geometry.translate(0, box.h / 2, 0);
    bucket = { mesh: this.newMesh(geometry, INITIAL_CAPACITY), ids: [], dirtyMin: Infinity, dirtyMax: -1, colorDirtyMin: Infinity, colorDirtyMax: -1 };
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

/** A translation and a quarter-turn about y, written straight into the instance buffer (column-major). */
function writeMatrix(a: Float32Array, o: number, box: FloorBox): void {
  const angle = (-box.rotation * Math.PI) / 180;
  const cos = Math.round(Math.cos(angle) * 1e9) / 1e9;
  const sin = Math.round(Math.sin(angle) * 1e9) / 1e9;
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
