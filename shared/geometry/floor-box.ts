import type { EquipmentRecord, HallRecord, RackRecord, Rotation, RowRecord, RecordSource } from '../model/index.ts';
import type { CatalogIndex } from '../catalog/catalog-index.ts';
import { hallToSite, toParent } from './plan.ts';

/** cos and sin of each plan rotation: a turn maps local x to (c, s) and local y to (−s, c). */
const AXES: Record<Rotation, readonly [number, number]> = { 0: [1, 0], 90: [0, 1], 180: [-1, 0], 270: [0, -1] };

/** A box standing on the floor: plan centre (x, y), plan rotation (degrees), size w × d × h in metres. */
export interface FloorBox {
  x: number;
  y: number;
  rotation: number;
  w: number;
  d: number;
  h: number;
}

/** Where a rack stands on the site plan, or null when its row or hall is missing. */
export function rackBox(store: RecordSource, catalog: CatalogIndex, rack: RackRecord): FloorBox | null {
  const row = store.get(rack.rowId, 'row');
  const hall = row && store.get(row.hallId, 'hall');
  if (!row || !hall) return null;
  return rackBoxIn(hall, row, rack, catalog);
}

/** A rack's box when its row and hall are already at hand. */
export function rackBoxIn(hall: HallRecord, row: RowRecord, rack: RackRecord, catalog: CatalogIndex): FloorBox {
  const size = catalog.rackSize(rack.profileId);
  // The slot centre in the row's frame, turned into the hall's and then the site's (called per rack: no temporaries).
  const [ax, ay] = AXES[row.rotation];
  const along = (rack.slot + 0.5) * row.slotWidthM;
  const across = size.depthM / 2;
  const hx = row.origin.x + ax * along - ay * across;
  const hy = row.origin.y + ay * along + ax * across;
  const [bx, by] = AXES[hall.rotation];
  return {
    x: hall.origin.x + bx * hx - by * hy,
    y: hall.origin.y + by * hx + bx * hy,
    rotation: (row.rotation + hall.rotation) % 360,
    w: size.widthM,
    d: size.depthM,
    h: size.heightM,
  };
}

export function equipmentBox(store: RecordSource, catalog: CatalogIndex, eq: EquipmentRecord): FloorBox | null {
  const hall = eq.hallId ? store.get(eq.hallId, 'hall') : undefined;
  if (eq.hallId && !hall) return null;
  return equipmentBoxIn(hall, eq, catalog);
}

/** A piece of equipment's box on the site plan, given its hall (undefined for the yard). */
export function equipmentBoxIn(hall: HallRecord | undefined, eq: EquipmentRecord, catalog: CatalogIndex): FloorBox {
  const item = catalog.findItem(eq.catalogId);
  const w = Math.max(item?.widthM ?? 1, 0.1);
  const d = Math.max(item?.depthM ?? 1, 0.1);
  const h = Math.max(item?.heightM ?? 1, 0.1);
  const local = toParent({ x: w / 2, y: d / 2 }, eq.position, eq.rotation);
  const c = hall ? hallToSite(hall, local) : local;
  return { x: c.x, y: c.y, rotation: (eq.rotation + (hall?.rotation ?? 0)) % 360, w, d, h };
}

/** Axis-aligned bounds of a floor box in world space (x east, y up, z = plan y). */
export function worldBounds(b: FloorBox): [number, number, number, number, number, number] {
  const quarter = b.rotation % 180 !== 0;
  const hw = (quarter ? b.d : b.w) / 2;
  const hd = (quarter ? b.w : b.d) / 2;
  return [b.x - hw, 0, b.y - hd, b.x + hw, b.h, b.y + hd];
}

/** The floor box of a row of `depth` on the site plan (its slots' footprint, as tall as a standard rack). */
export function rowBoxIn(hall: HallRecord, row: RowRecord, depth: number, heightM: number): FloorBox {
  const length = row.slotCount * row.slotWidthM;
  const c = hallToSite(hall, toParent({ x: length / 2, y: depth / 2 }, row.origin, row.rotation));
  return { x: c.x, y: c.y, rotation: (row.rotation + hall.rotation) % 360, w: length, d: depth, h: heightM };
}

/** The floor box of a hall on the site plan. */
export function hallBox(hall: HallRecord): FloorBox {
  const c = hallToSite(hall, { x: hall.widthM / 2, y: hall.depthM / 2 });
  return { x: c.x, y: c.y, rotation: hall.rotation, w: hall.widthM, d: hall.depthM, h: hall.ceilingHeightM };
}
