import { Matrix4, Vector3, type InstancedMesh } from 'three';
import { describe, expect, it } from 'vitest';
import { InstancedBoxLayer } from '../../renderer/viewport/instanced-box-layer.ts';
import { SpatialIndex } from '../../renderer/viewport/spatial-index.ts';
import { nearestByBruteForce } from '../viewport/ray-brute-force.ts';

const box = (x: number, y: number, rotation = 0) => ({ x, y, rotation, w: 0.6, d: 1.2, h: 2.3 });

function positionOf(layer: InstancedBoxLayer, id: string): Vector3 | null {
  for (const mesh of layer.root.children as InstancedMesh[]) {
    for (let i = 0; i < mesh.count; i++) {
      if (layer.idAt(mesh, i) === id) {
        const m = new Matrix4();
        mesh.getMatrixAt(i, m);
        return new Vector3().setFromMatrixPosition(m);
      }
    }
  }
  return null;
}

describe('InstancedBoxLayer', () => {
  it('keeps one mesh per geometry whatever the count, grows by doubling and swap-removes', () => {
    const layer = new InstancedBoxLayer();
    for (let i = 0; i < 1000; i++) layer.set(`r${i}`, i % 2 ? 'a' : 'b', box(i, 0), 0xff0000);
    expect(layer.bucketCount).toBe(2);
    expect(layer.root.children).toHaveLength(2);
    const mesh = layer.root.children[0] as InstancedMesh;
    expect(mesh.instanceMatrix.count).toBe(512);
    for (let i = 0; i < 1000; i += 3) layer.remove(`r${i}`);
    expect(layer.count).toBe(1000 - 334);
    for (let i = 0; i < 1000; i++) {
      const p = positionOf(layer, `r${i}`);
      if (i % 3 === 0) expect(p).toBeNull();
      else expect(p?.x).toBe(i);
    }
  });

  it('moves an instance in place and turns it a quarter turn', () => {
    const layer = new InstancedBoxLayer();
    layer.set('r', 'a', box(1, 2), 0);
    layer.set('r', 'a', box(5, 7, 90), 0);
    expect(layer.count).toBe(1);
    const mesh = layer.root.children[0] as InstancedMesh;
    const m = new Matrix4();
    mesh.getMatrixAt(0, m);
    // Plan +x turned 90° points along plan +y, which is world +z.
    expect(new Vector3(1, 0, 0).applyMatrix4(m).sub(new Vector3(5, 0, 7)).toArray().map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, 0, 1]);
  });
});

describe('SpatialIndex', () => {
  it('returns the nearest box a ray hits, as a brute-force test of every box would', () => {
    const index = new SpatialIndex(4);
    const boxes = new Map<string, [number, number, number, number, number, number]>();
    for (let i = 0; i < 40; i++) {
      for (let k = 0; k < 40; k++) {
        const b: [number, number, number, number, number, number] = [i * 1.5, 0, k * 3, i * 1.5 + 0.6, 2.3, k * 3 + 1.2];
        boxes.set(`b${i}-${k}`, b);
        index.set(`b${i}-${k}`, b);
      }
    }
    const brute = (o: number[], d: number[]) => nearestByBruteForce(boxes, o, d);
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let n = 0; n < 300; n++) {
      const o = [rand() * 80 - 10, 5 + rand() * 80, rand() * 140 - 10];
      const target = [rand() * 60, 0, rand() * 120];
      const d = target.map((v, a) => v - o[a]!);
      const len = Math.hypot(...d);
      const dir = d.map((v) => v / len) as [number, number, number];
      expect(index.raycast(o as [number, number, number], dir)?.id ?? null).toBe(brute(o, dir));
    }
  });

  it('finds the box under a floor point and forgets removed boxes', () => {
    const index = new SpatialIndex(8);
    index.set('a', [0, 0, 0, 10, 0.01, 2]);
    expect(index.at(5, 1)).toBe('a');
    expect(index.at(5, 3)).toBeNull();
    index.remove('a');
    expect(index.at(5, 1)).toBeNull();
  });
});
