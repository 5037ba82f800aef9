import { Matrix4, Vector3, type InstancedMesh } from 'three';
import { describe, expect, it } from 'vitest';
import { InstancedBoxLayer } from '../../renderer/viewport/instanced-box-layer.ts';

const box = (x: number, y: number) => ({ x, y, rotation: 0, w: 0.6, d: 1.2, h: 2.3 });

/** Every drawn instance as id → its bucket's mesh and its position, read back from the instance buffers. */
function drawn(layer: InstancedBoxLayer): Map<string, { mesh: InstancedMesh; x: number; z: number }> {
  const out = new Map<string, { mesh: InstancedMesh; x: number; z: number }>();
  const m = new Matrix4();
  for (const mesh of layer.root.children as InstancedMesh[]) {
    for (let i = 0; i < mesh.count; i++) {
      const id = layer.idAt(mesh, i);
      if (id === undefined) throw new Error(`instance ${i} has no id`);
      if (out.has(id)) throw new Error(`${id} is drawn twice`);
      mesh.getMatrixAt(i, m);
      const p = new Vector3().setFromMatrixPosition(m);
      out.set(id, { mesh, x: p.x, z: p.z });
    }
  }
  return out;
}

// A rebuild clears the layer and sets the ids again; the layer reuses the slots of the ids it had. These tests
// rebuild with fewer, moved and new ids, in other orders and other buckets, and read back what is drawn.
describe('InstancedBoxLayer across a rebuild', () => {
  it('draws exactly the ids set since the clear, where they were set last', () => {
    const layer = new InstancedBoxLayer();
    for (let i = 0; i < 100; i++) layer.set(`r${i}`, 'a', box(i, 0), 0xff0000);
    layer.flush();
    layer.clear();
    // Half the racks come back, in reverse order and moved; ten new ones join.
    const expected = new Map<string, number>();
    for (let i = 99; i >= 0; i -= 2) {
      layer.set(`r${i}`, 'a', box(i + 0.5, 3), 0xff0000);
      expected.set(`r${i}`, i + 0.5);
    }
    for (let i = 100; i < 110; i++) {
      layer.set(`r${i}`, 'a', box(i + 0.5, 3), 0xff0000);
      expected.set(`r${i}`, i + 0.5);
    }
    layer.flush();
    expect(layer.count).toBe(60);
    expect(new Set(layer.ids())).toEqual(new Set(expected.keys()));
    const seen = drawn(layer);
    expect(seen.size).toBe(60);
    for (const [id, x] of expected) expect([seen.get(id)?.x, seen.get(id)?.z]).toEqual([x, 3]);
  });

  it('leaves a drawn instance alone when an id forgotten by the clear is removed or recoloured', () => {
    const layer = new InstancedBoxLayer();
    for (let i = 0; i < 10; i++) layer.set(`r${i}`, 'a', box(i, 0), 0xff0000);
    layer.clear();
    layer.set('r5', 'a', box(50, 0), 0x00ff00);
    layer.set('r6', 'a', box(60, 0), 0x00ff00);
    // r0 held instance 0 before the clear, where r5 now is: neither call may touch r5's instance.
    layer.remove('r0');
    layer.setColor('r1', 0x0000ff);
    expect(layer.count).toBe(2);
    const seen = drawn(layer);
    expect([...seen.keys()].sort()).toEqual(['r5', 'r6']);
    expect(seen.get('r5')?.x).toBe(50);
    const mesh = seen.get('r5')!.mesh;
    const colors = mesh.instanceColor!.array;
    expect(colors[0]).toBe(0);
    expect(colors[1]).toBe(1);
  });

  it('moves an id to another bucket when it comes back with another geometry', () => {
    const layer = new InstancedBoxLayer();
    layer.set('x', 'a', box(1, 0), 0);
    layer.set('y', 'a', box(2, 0), 0);
    layer.clear();
    layer.set('x', 'b', box(3, 0), 0);
    layer.set('y', 'a', box(4, 0), 0);
    // And once more without a clear: a live id changing bucket leaves the old one.
    layer.set('y', 'b', box(5, 0), 0);
    const seen = drawn(layer);
    expect(seen.size).toBe(2);
    expect(seen.get('x')?.mesh).toBe(seen.get('y')?.mesh);
    expect([seen.get('x')?.x, seen.get('y')?.x]).toEqual([3, 5]);
    expect(layer.count).toBe(2);
  });
});
