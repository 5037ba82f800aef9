import { BufferGeometry, Float32BufferAttribute, Group, LineSegments, Mesh, PlaneGeometry, type LineBasicMaterial } from 'three';
import type { HallRecord } from '../../shared/model/index.ts';
import { themedMaterials } from './scene-theme.ts';

const { floor: floorMaterial, grid: gridMaterial, gridMajor: majorMaterial, outline: outlineMaterial } = themedMaterials;

/** Hall floors with a 1 m grid (5 m major lines) and an outline; their names and dimensions are viewport labels. */
export class HallLayer {
  readonly root = new Group();
  private readonly views = new Map<string, Group>();

  set(hall: HallRecord): void {
    this.remove(hall.id);
    const group = new Group();
    group.position.set(hall.origin.x, 0, hall.origin.y);
    group.rotation.y = (-hall.rotation * Math.PI) / 180;
    const floor = new Mesh(new PlaneGeometry(hall.widthM, hall.depthM), floorMaterial);
    floor.rotation.x = -Math.PI / 2;
    floor.position.set(hall.widthM / 2, -0.01, hall.depthM / 2);
    group.add(floor);
    group.add(gridLines(hall.widthM, hall.depthM, 1, gridMaterial, 0.002));
    group.add(gridLines(hall.widthM, hall.depthM, 5, majorMaterial, 0.004));
    group.add(outline(hall.widthM, hall.depthM));
    this.root.add(group);
    this.views.set(hall.id, group);
  }

  remove(id: string): void {
    const group = this.views.get(id);
    if (!group) return;
    this.root.remove(group);
    group.traverse((o) => {
      if (o instanceof Mesh || o instanceof LineSegments) o.geometry.dispose();
    });
    this.views.delete(id);
  }

  dispose(): void {
    for (const id of [...this.views.keys()]) this.remove(id);
  }
}

function gridLines(w: number, d: number, step: number, material: LineBasicMaterial, y: number): LineSegments {
  const v: number[] = [];
  for (let x = step; x < w - 1e-6; x += step) v.push(x, y, 0, x, y, d);
  for (let z = step; z < d - 1e-6; z += step) v.push(0, y, z, w, y, z);
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(v, 3));
  return new LineSegments(g, material);
}

function outline(w: number, d: number): LineSegments {
  const y = 0.01;
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute([0, y, 0, w, y, 0, w, y, 0, w, y, d, w, y, d, 0, y, d, 0, y, d, 0, y, 0], 3));
  return new LineSegments(g, outlineMaterial);
}
