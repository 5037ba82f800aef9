import type { EquipmentRecord, HallRecord, Point, Rotation, RowRecord, RecordSource } from '../model/index.ts';
import { FALLBACK_RACK, type CatalogIndex } from '../catalog/catalog-index.ts';

// Plan coordinates: x east, y south (as on a drawing seen from above), metres; rotations turn x towards y.

export interface Rect {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export function rotatePoint(p: Point, rotation: Rotation): Point {
  switch (rotation) {
    case 0:
      return p;
    case 90:
      return { x: -p.y, y: p.x };
    case 180:
      return { x: -p.x, y: -p.y };
    case 270:
      return { x: p.y, y: -p.x };
  }
}

export function inverseRotation(rotation: Rotation): Rotation {
  return ((360 - rotation) % 360) as Rotation;
}

export function addRotation(a: Rotation, b: Rotation): Rotation {
  return ((a + b) % 360) as Rotation;
}

/** A point given in a frame at `origin` turned by `rotation`, in the parent frame. */
export function toParent(local: Point, origin: Point, rotation: Rotation): Point {
  const r = rotatePoint(local, rotation);
  return { x: origin.x + r.x, y: origin.y + r.y };
}

export function toLocal(parent: Point, origin: Point, rotation: Rotation): Point {
  return rotatePoint({ x: parent.x - origin.x, y: parent.y - origin.y }, inverseRotation(rotation));
}

export function hallToSite(hall: HallRecord, p: Point): Point {
  return toParent(p, hall.origin, hall.rotation);
}

export function siteToHall(hall: HallRecord, p: Point): Point {
  return toLocal(p, hall.origin, hall.rotation);
}

/** Bounding rectangle of a local w × d box at the origin of a rotated frame (called per row on every edit). */
export function rectOf(origin: Point, rotation: Rotation, width: number, depth: number): Rect {
  const { x, y } = origin;
  switch (rotation) {
    case 0:
      return { minX: x, minY: y, maxX: x + width, maxY: y + depth };
    case 90:
      return { minX: x - depth, minY: y, maxX: x, maxY: y + width };
    case 180:
      return { minX: x - width, minY: y - depth, maxX: x, maxY: y };
    case 270:
      return { minX: x, minY: y - width, maxX: x + depth, maxY: y };
  }
}

export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  const eps = 1e-6;
  return a.minX < b.maxX + gap - eps && b.minX < a.maxX + gap - eps && a.minY < b.maxY + gap - eps && b.minY < a.maxY + gap - eps;
}

export function rectContains(r: Rect, p: Point): boolean {
  return p.x >= r.minX && p.x <= r.maxX && p.y >= r.minY && p.y <= r.maxY;
}

export function hallRectOnSite(hall: HallRecord): Rect {
  return rectOf(hall.origin, hall.rotation, hall.widthM, hall.depthM);
}

/** Depth of a row: its deepest rack, or a standard rack when empty. */
export function rowDepth(store: RecordSource, catalog: CatalogIndex, row: RowRecord): number {
  let depth = 0;
  for (const rack of store.childrenOf(row.id, 'rack')) depth = Math.max(depth, catalog.rackSize(rack.profileId).depthM);
  return depth || FALLBACK_RACK.depthM;
}

/** Footprint of a row in hall coordinates. */
export function rowRectInHall(row: RowRecord, depth: number): Rect {
  return rectOf(row.origin, row.rotation, row.slotCount * row.slotWidthM, depth);
}

/** Centre of a rack slot in hall coordinates, for a rack `depth` deep. */
export function slotCentreInHall(row: RowRecord, slot: number, depth: number): Point {
  return toParent({ x: (slot + 0.5) * row.slotWidthM, y: depth / 2 }, row.origin, row.rotation);
}

/** The slot of `row` under a hall point, or null when the point is off the row. */
export function slotAt(row: RowRecord, hallPoint: Point, depth: number): number | null {
  const local = toLocal(hallPoint, row.origin, row.rotation);
  if (local.y < -0.25 || local.y > depth + 0.25) return null;
  const slot = Math.floor(local.x / row.slotWidthM);
  return slot >= 0 && slot < row.slotCount ? slot : null;
}

export function equipmentRect(eq: EquipmentRecord, catalog: CatalogIndex): Rect {
  const item = catalog.findItem(eq.catalogId);
  return rectOf(eq.position, eq.rotation, Math.max(item?.widthM ?? 1, 0.1), Math.max(item?.depthM ?? 1, 0.1));
}

export function snap(value: number, step: number): number {
  return Math.round(value / step) * step;
}
