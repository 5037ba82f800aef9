import { BufferGeometry, DoubleSide, Float32BufferAttribute, Group, LineBasicMaterial, LineSegments, Mesh, MeshBasicMaterial, PlaneGeometry, SRGBColorSpace, Texture } from 'three';
import type { HallRecord, Point } from '../../shared/model/index.ts';
import { UNDERLAY_MEDIA_TYPES, type UnderlayRecord } from '../../shared/model/underlay-records.ts';
import { siteToHall } from '../../shared/geometry/plan.ts';
import type { DocumentStore } from '../editor/store.ts';
import type { Editor } from '../editor/editor.ts';
import { calibrationOf } from '../editor/tools/calibrate-tool.ts';
import { hallToSite } from '../../shared/geometry/plan.ts';
import { dxfLines } from './dxf-lines.ts';

/** Height of a drawing above the hall's floor slab (at -0.01 m) and below its grid (0.002 m): under all drawn in the hall. */
const UNDERLAY_Y = 0;
/** A DXF's lines on the floor: dark enough to trace over the light floor. */
const DXF_COLOR = 0x1f3a5f;
/** The calibration's picked points: crosses this long each way, m, in a colour no drawing uses; drawn last, over the drawing. */
const MARK_HALF_M = 1.5;
const MARK_COLOR = 0xe0007a;

interface Shown {
  readonly record: UnderlayRecord;
  readonly hall: HallRecord;
  readonly group: Group;
  /** What the drawing is drawn with: its opacity follows the record's without a rebuild. */
  readonly material: MeshBasicMaterial | LineBasicMaterial;
  readonly dispose: () => void;
}

/** Whether two versions of a record draw the same picture at the same place: they may differ in opacity, lock and name. */
function samePicture(a: UnderlayRecord, b: UnderlayRecord): boolean {
  return (
    a.source === b.source &&
    a.data === b.data &&
    a.widthUnits === b.widthUnits &&
    a.heightUnits === b.heightUnits &&
    a.origin.x === b.origin.x &&
    a.origin.y === b.origin.y &&
    a.rotationDeg === b.rotationDeg &&
    a.metresPerUnit === b.metresPerUnit
  );
}

/**
 * The drawings under the open scenario's halls, each at its placement and opacity: an image as a textured quad, a DXF
 * as its lines. A drawing is rebuilt only when its picture, placement or hall changes (the bytes are decoded once per
 * such change); a new opacity is set on the drawn one, which would otherwise be gone until its image decoded again.
 */
export class UnderlayLayer {
  readonly root = new Group();
  private readonly shown = new Map<string, Shown>();
  private readonly marks = new LineSegments(new BufferGeometry(), new LineBasicMaterial({ color: MARK_COLOR, depthTest: false, transparent: true }));

  constructor(private readonly requestRender: () => void) {
    this.root.name = 'underlays';
    this.marks.renderOrder = 10;
    this.root.add(this.marks);
  }

  /** Follows the editor's store, open scenario and calibration; returns what stops following. */
  follow(editor: Editor): () => void {
    const calibration = calibrationOf(editor);
    const update = () => {
      this.sync(editor.store, editor.session.state.scenarioId);
      this.mark(calibration.state?.points ?? [], calibration.state?.underlayId ?? null);
      this.requestRender();
    };
    const stops = [editor.store.listen(update), editor.session.subscribe(update), calibration.subscribe(update)];
    update();
    return () => {
      for (const stop of stops) stop();
      this.dispose();
    };
  }

  /** Crosses at the calibration's picked points (hall coordinates of the underlay's hall). */
  private mark(points: readonly Point[], underlayId: string | null): void {
    const hall = underlayId ? this.shown.get(underlayId)?.hall : undefined;
    const v: number[] = [];
    const d = MARK_HALF_M;
    for (const p of hall ? points : []) {
      const c = hallToSite(hall!, p);
      v.push(c.x - d, 0.05, c.y - d, c.x + d, 0.05, c.y + d, c.x - d, 0.05, c.y + d, c.x + d, 0.05, c.y - d);
    }
    this.marks.geometry.setAttribute('position', new Float32BufferAttribute(v, 3));
    this.marks.geometry.computeBoundingSphere();
  }

  /** Brings the drawings in line with the store for the open scenario. */
  private sync(store: DocumentStore, scenarioId: string): void {
    const wanted = new Set<string>();
    for (const u of store.all('underlay')) {
      const hall = store.get(u.hallId, 'hall');
      if (!hall || hall.scenarioId !== scenarioId) continue;
      wanted.add(u.id);
      const now = this.shown.get(u.id);
      if (now && now.hall === hall && samePicture(now.record, u)) {
        now.material.opacity = u.opacity;
        this.shown.set(u.id, { ...now, record: u });
        continue;
      }
      if (now) this.drop(u.id);
      this.show(u, hall);
    }
    for (const id of [...this.shown.keys()]) if (!wanted.has(id)) this.drop(id);
  }

  /** The unlocked drawing under a site point, or null: a locked one is never picked, so clicks reach the floor. */
  at(site: Point): string | null {
    for (const { record, hall } of this.shown.values()) {
      if (record.locked || record.opacity === 0) continue;
      const p = siteToHall(hall, site);
      const a = (-record.rotationDeg * Math.PI) / 180;
      const dx = p.x - record.origin.x;
      const dy = p.y - record.origin.y;
      const u = (dx * Math.cos(a) - dy * Math.sin(a)) / record.metresPerUnit;
      const v = (dx * Math.sin(a) + dy * Math.cos(a)) / record.metresPerUnit;
      if (u >= 0 && v >= 0 && u <= record.widthUnits && v <= record.heightUnits) return record.id;
    }
    return null;
  }

  dispose(): void {
    for (const id of [...this.shown.keys()]) this.drop(id);
  }

  private show(record: UnderlayRecord, hall: HallRecord): void {
    const outer = new Group();
    outer.position.set(hall.origin.x, UNDERLAY_Y, hall.origin.y);
    outer.rotation.y = (-hall.rotation * Math.PI) / 180;
    const group = new Group();
    group.position.set(record.origin.x, 0, record.origin.y);
    group.rotation.y = (-record.rotationDeg * Math.PI) / 180;
    outer.add(group);
    const { material, dispose } = record.source === 'dxf' ? this.addLines(group, record) : this.addImage(group, record);
    this.root.add(outer);
    this.shown.set(record.id, { record, hall, group: outer, material, dispose });
  }

  private addImage(group: Group, record: UnderlayRecord): Pick<Shown, 'material' | 'dispose'> {
    const w = record.widthUnits * record.metresPerUnit;
    const h = record.heightUnits * record.metresPerUnit;
    const texture = new Texture();
    texture.colorSpace = SRGBColorSpace;
    const material = new MeshBasicMaterial({ map: texture, transparent: true, opacity: record.opacity, depthWrite: false, side: DoubleSide });
    const mesh = new Mesh(new PlaneGeometry(w, h), material);
    mesh.rotation.x = -Math.PI / 2;
    mesh.position.set(w / 2, 0, h / 2);
    mesh.visible = false;
    group.add(mesh);
    const image = new Image();
    let live = true;
    image.onload = () => {
      if (!live) return;
      texture.image = image;
      texture.needsUpdate = true;
      mesh.visible = true;
      this.requestRender();
    };
    image.src = `data:${UNDERLAY_MEDIA_TYPES[record.source]};base64,${record.data}`;
    const dispose = () => {
      live = false;
      mesh.geometry.dispose();
      material.dispose();
      texture.dispose();
    };
    return { material, dispose };
  }

  private addLines(group: Group, record: UnderlayRecord): Pick<Shown, 'material' | 'dispose'> {
    const material = new LineBasicMaterial({ color: DXF_COLOR, transparent: true, opacity: record.opacity, depthWrite: false });
    const lines = dxfLines(new TextDecoder().decode(Uint8Array.from(atob(record.data), (c) => c.charCodeAt(0))));
    if ('error' in lines) return { material, dispose: () => material.dispose() };
    const s = record.metresPerUnit;
    const v: number[] = [];
    const seg = lines.segments;
    for (let i = 0; i < seg.length; i += 4) v.push(seg[i]! * s, 0, seg[i + 1]! * s, seg[i + 2]! * s, 0, seg[i + 3]! * s);
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute(v, 3));
    group.add(new LineSegments(geometry, material));
    const dispose = () => {
      geometry.dispose();
      material.dispose();
    };
    return { material, dispose };
  }

  private drop(id: string): void {
    const shown = this.shown.get(id);
    if (!shown) return;
    this.root.remove(shown.group);
    shown.dispose();
    this.shown.delete(id);
  }
}
