import type { DocRecord, EquipmentRecord, HallRecord } from '../../shared/model/index.ts';
import type { CatalogIndex } from '../../shared/catalog/catalog-index.ts';
import { equipmentRect, hallRectOnSite, rectOf, rectsOverlap, rowDepth, rowRectInHall, type Rect } from '../../shared/geometry/plan.ts';
import type { DocumentStore } from './store.ts';

/** Thrown inside a transaction to refuse an edit; the store rolls the transaction back. */
export class EditRefused extends Error {}

interface Placed {
  id: string;
  name: string;
  /** The exact footprint, computed only when the cheap bound says it might matter. */
  rect: () => Rect;
  /** A footprint that surely contains the exact one. */
  bound: Rect;
}

function placedInHall(store: DocumentStore, catalog: CatalogIndex, hallId: string): Placed[] {
  const rows = store.childrenOf(hallId, 'row').map((r) => ({
    id: r.id,
    name: r.name,
    rect: () => rowRectInHall(r, rowDepth(store, catalog, r)),
    bound: rowRectInHall(r, catalog.maxRackDepthM),
  }));
  const eq = store.childrenOf(hallId, 'equipment').map((e) => {
    const rect = equipmentRect(e, catalog);
    return { id: e.id, name: e.name, rect: () => rect, bound: rect };
  });
  return [...rows, ...eq];
}

/**
 * Refuses (by throwing EditRefused) a state in which a changed row or piece of equipment overlaps another
 * one or leaves its hall, a piece of yard equipment overlaps a hall or other yard equipment, or a rack sits
 * outside its row or on an occupied slot. Only the records in
 * `changed` are tested against the rest, so a drag in a 50,000-rack hall stays cheap.
 */
export function assertLayout(store: DocumentStore, catalog: CatalogIndex, changed: Iterable<DocRecord>): void {
  const halls = new Map<string, Set<string>>();
  const rowsToCheck = new Set<string>();
  const note = (hallId: string | null, id: string): void => {
    if (!hallId) return;
    let set = halls.get(hallId);
    if (!set) halls.set(hallId, (set = new Set()));
    set.add(id);
  };
  for (const r of changed) {
    const current = store.get(r.id);
    if (!current) continue;
    if (current.type === 'row') {
      note(current.hallId, current.id);
      rowsToCheck.add(current.id);
    } else if (current.type === 'equipment') {
      if (current.hallId) note(current.hallId, current.id);
      else assertYardPlace(store, catalog, current);
    }
    else if (current.type === 'rack') {
      rowsToCheck.add(current.rowId);
      const row = store.get(current.rowId, 'row');
      if (row) note(row.hallId, row.id);
    } else if (current.type === 'hall') {
      for (const row of store.childrenOf(current.id, 'row')) note(current.id, row.id);
      for (const eq of store.childrenOf(current.id, 'equipment')) note(current.id, eq.id);
    }
  }
  for (const rowId of rowsToCheck) assertRowSlots(store, rowId);
  for (const [hallId, ids] of halls) {
    const hall = store.get(hallId, 'hall');
    if (!hall) continue;
    const bounds = rectOf({ x: 0, y: 0 }, 0, hall.widthM, hall.depthM);
    const placed = placedInHall(store, catalog, hallId);
    for (const a of placed) {
      if (!ids.has(a.id)) continue;
      const ar = a.rect();
      if (ar.minX < bounds.minX - 1e-6 || ar.minY < bounds.minY - 1e-6 || ar.maxX > bounds.maxX + 1e-6 || ar.maxY > bounds.maxY + 1e-6) {
        throw new EditRefused(`${a.name} would leave ${hall.name}`);
      }
      for (const b of placed) {
        if (b.id !== a.id && rectsOverlap(ar, b.bound) && rectsOverlap(ar, b.rect())) throw new EditRefused(`${a.name} would overlap ${b.name}`);
      }
    }
  }
}

function assertRowSlots(store: DocumentStore, rowId: string): void {
  const row = store.get(rowId, 'row');
  if (!row) return;
  const used = new Set<number>();
  for (const rack of store.childrenOf(rowId, 'rack')) {
    if (rack.slot >= row.slotCount) throw new EditRefused(`${row.name} has ${row.slotCount} slots; slot ${rack.slot + 1} is beyond its end`);
    if (used.has(rack.slot)) throw new EditRefused(`slot ${rack.slot + 1} of ${row.name} is already taken`);
    used.add(rack.slot);
  }
}

/** Yard equipment (outside every hall, site coordinates) stands clear of the scenario's halls and other yard equipment. */
function assertYardPlace(store: DocumentStore, catalog: CatalogIndex, eq: EquipmentRecord): void {
  const rect = equipmentRect(eq, catalog);
  for (const hall of store.all('hall')) {
    if (hall.scenarioId === eq.scenarioId && rectsOverlap(rect, hallRectOnSite(hall))) throw new EditRefused(`${eq.name} would overlap ${hall.name}`);
  }
  for (const other of store.all('equipment')) {
    if (other.id !== eq.id && other.hallId === null && other.scenarioId === eq.scenarioId && rectsOverlap(rect, equipmentRect(other, catalog))) {
      throw new EditRefused(`${eq.name} would overlap ${other.name} in the yard`);
    }
  }
}

/** Refuses a hall that overlaps another hall of its scenario or equipment standing in the yard. */
export function assertHallFree(store: DocumentStore, catalog: CatalogIndex, hall: HallRecord): void {
  const rect = hallRectOnSite(hall);
  for (const other of store.all('hall')) {
    if (other.id !== hall.id && other.scenarioId === hall.scenarioId && rectsOverlap(rect, hallRectOnSite(other))) {
      throw new EditRefused(`${hall.name} would overlap ${other.name}`);
    }
  }
  for (const eq of store.all('equipment')) {
    if (eq.hallId === null && eq.scenarioId === hall.scenarioId && rectsOverlap(rect, equipmentRect(eq, catalog))) {
      throw new EditRefused(`${hall.name} would overlap ${eq.name} in the yard`);
    }
  }
}
