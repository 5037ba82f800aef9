import { BufferGeometry, Float32BufferAttribute, Group, LineBasicMaterial, LineSegments, Mesh, MeshLambertMaterial, PlaneGeometry, type Sprite } from 'three';
import type { HallRecord } from '../../shared/model/index.ts';
import { hallToSite } from '../../shared/geometry/plan.ts';
import type { LengthUnit } from '../editor/session.ts';
import { formatLength } from '../editor/format-length.ts';
import { disposeLabel, makeLabel } from './labels.ts';

interface HallView {
  group: Group;
  labels: Sprite[];
}

const floorMaterial = new MeshLambertMaterial({ color: 0x2b3038 });
const gridMaterial = new LineBasicMaterial({ color: 0x3a414c });
const majorMaterial = new LineBasicMaterial({ color: 0x4a5260 });
const outlineMaterial = new LineBasicMaterial({ color: 0x9aa5b5 });

/** Hall floors with a 1 m grid (5 m major lines), an outline, the name and the two dimensions. */
export class HallLayer {
  readonly root = new Group();
  private readonly views = new Map<string, HallView>();

  set(hall: HallRecord, unit: LengthUnit): void {
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
    const labels = [
      placed(makeLabel(hall.name, { color: '#ffffff', pixelHeight: 16 }), hall, { x: 0, y: -2.5 }, 'start'),
      placed(makeLabel(formatLength(hall.widthM, unit), { color: '#9aa5b5' }), hall, { x: hall.widthM / 2, y: -0.6 }, 'centre'),
      placed(makeLabel(formatLength(hall.depthM, unit), { color: '#9aa5b5' }), hall, { x: -0.8, y: hall.depthM / 2 }, 'end'),
    ];
    this.root.add(group, ...labels);
    this.views.set(hall.id, { group, labels });
  }

  remove(id: string): void {
    const view = this.views.get(id);
    if (!view) return;
    this.root.remove(view.group, ...view.labels);
    view.group.traverse((o) => {
      if (o instanceof Mesh || o instanceof LineSegments) o.geometry.dispose();
    });
    view.labels.forEach(disposeLabel);
    this.views.delete(id);
  }

  dispose(): void {
    for (const id of [...this.views.keys()]) this.remove(id);
  }
}

function placed(sprite: Sprite, hall: HallRecord, local: { x: number; y: number }, align: 'start' | 'centre' | 'end'): Sprite {
  const p = hallToSite(hall, local);
  sprite.position.set(p.x, 0.05, p.y);
  sprite.center.set(align === 'start' ? 0 : align === 'end' ? 1 : 0.5, 0.5);
  return sprite;
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
