import type { Check } from '../../shared/engine/bill-schema.ts';
import type { RowRecord } from '../../shared/model/index.ts';
import { FALLBACK_RACK, type CatalogIndex } from '../../shared/catalog/catalog-index.ts';
import { equipmentRect, rectOf, rectsOverlap, rowRectInHall, toParent, type Rect } from '../../shared/geometry/plan.ts';
import type { DocumentStore } from './store.ts';

interface Obstacle {
  id: string;
  name: string;
  rect: Rect;
}

/** Every row's depth (its deepest rack) in one pass over the racks, cheaper than asking row by row. */
function rowDepths(store: DocumentStore, catalog: CatalogIndex): Map<string, number> {
  const depths = new Map<string, number>();
  for (const rack of store.all('rack')) {
    const depth = catalog.rackSize(rack.profileId).depthM;
    if (depth > (depths.get(rack.rowId) ?? 0)) depths.set(rack.rowId, depth);
  }
  return depths;
}

/** Strips in front of and behind a row, in hall coordinates, as deep as the working clearances. */
function clearanceZones(row: RowRecord, depth: number, need: { front: number; rear: number }): { front: Rect; rear: Rect } {
  const length = row.slotCount * row.slotWidthM;
  return {
    front: rectOf(toParent({ x: 0, y: depth }, row.origin, row.rotation), row.rotation, length, need.front),
    rear: rectOf(toParent({ x: 0, y: -need.rear }, row.origin, row.rotation), row.rotation, length, need.rear),
  };
}

const CELL = 6;

/** Obstacles bucketed on a coarse grid, so each zone meets only its neighbours. */
function bucket(obstacles: Obstacle[]): (r: Rect) => Obstacle[] {
  const cells = new Map<number, Obstacle[]>();
  // Cells within ±2^20 on each axis pack into one number: cheaper keys than strings.
  const key = (i: number, k: number) => (i + 0x100000) * 0x200000 + (k + 0x100000);
  for (const o of obstacles) {
    for (let i = Math.floor(o.rect.minX / CELL); i <= Math.floor(o.rect.maxX / CELL); i++) {
      for (let k = Math.floor(o.rect.minY / CELL); k <= Math.floor(o.rect.maxY / CELL); k++) {
        const list = cells.get(key(i, k));
        if (list) list.push(o);
        else cells.set(key(i, k), [o]);
      }
    }
  }
  return (r) => {
    const out = new Set<Obstacle>();
    for (let i = Math.floor(r.minX / CELL); i <= Math.floor(r.maxX / CELL); i++) {
      for (let k = Math.floor(r.minY / CELL); k <= Math.floor(r.maxY / CELL); k++) for (const o of cells.get(key(i, k)) ?? []) out.add(o);
    }
    return [...out];
  };
}

/**
 * Rows of a scenario whose front or rear working clearance (the catalog's sourced factors, TIA-942) is blocked by
 * another row, equipment or the hall wall: below it, racks cannot be installed or serviced.
 */
export function clearanceChecks(store: DocumentStore, catalog: CatalogIndex, scenarioId: string): Check[] {
  const checks: Check[] = [];
  const clearance = { front: catalog.factor('front-clearance-m'), rear: catalog.factor('rear-clearance-m') };
  const depths = rowDepths(store, catalog);
  for (const hall of store.all('hall')) {
    if (hall.scenarioId !== scenarioId) continue;
    const rows = store.childrenOf(hall.id, 'row').map((row) => ({ row, depth: depths.get(row.id) ?? FALLBACK_RACK.depthM }));
    const obstacles: Obstacle[] = [
      ...rows.map(({ row, depth }) => ({ id: row.id, name: row.name, rect: rowRectInHall(row, depth) })),
      ...store.childrenOf(hall.id, 'equipment').map((e) => ({ id: e.id, name: e.name, rect: equipmentRect(e, catalog) })),
    ];
    const near = bucket(obstacles);
    for (const { row, depth } of rows) {
      const zones = clearanceZones(row, depth, clearance);
      for (const side of ['front', 'rear'] as const) {
        const zone = zones[side];
        const need = clearance[side];
        const wall = zone.minX < -1e-6 || zone.minY < -1e-6 || zone.maxX > hall.widthM + 1e-6 || zone.maxY > hall.depthM + 1e-6;
        const blocker = near(zone).find((o) => o.id !== row.id && rectsOverlap(zone, o.rect));
        if (!wall && !blocker) continue;
        checks.push({
          id: `aisle-clearance/${row.id}/${side}`,
          severity: 'warning',
          code: 'aisle-clearance',
          message: `Row ${row.name} has less than ${need} m clear ${side === 'front' ? 'in front' : 'behind'} (${blocker ? blocker.name : 'the hall wall'} is closer; TIA-942 minimum)`,
          subject: { type: 'row', id: row.id },
        });
      }
    }
  }
  return checks;
}
