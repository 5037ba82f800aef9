import type { HallRecord, Point, RowRecord } from '../../shared/model/index.ts';
import type { CatalogIndex } from '../../shared/catalog/catalog-index.ts';
import { equipmentRect, hallRectOnSite, hallToSite, rectContains, rowDepth, siteToHall, slotAt, slotCentreInHall, type Rect } from '../../shared/geometry/plan.ts';
import type { DocumentStore } from './store.ts';

/** The hall of the scenario whose floor contains a site point. */
export function hallAt(store: DocumentStore, scenarioId: string, site: Point): HallRecord | undefined {
  return store.all('hall').find((h) => h.scenarioId === scenarioId && rectContains(hallRectOnSite(h), site));
}

/** The row and slot under a site point. */
export function slotAtSite(store: DocumentStore, catalog: CatalogIndex, hall: HallRecord, site: Point): { row: RowRecord; slot: number } | null {
  const p = siteToHall(hall, site);
  for (const row of store.childrenOf(hall.id, 'row')) {
    const slot = slotAt(row, p, rowDepth(store, catalog, row));
    if (slot !== null) return { row, slot };
  }
  return null;
}

/** Racks and equipment whose centre lies in a site rectangle. */
export function idsInRect(store: DocumentStore, catalog: CatalogIndex, scenarioId: string, rect: Rect): string[] {
  const out: string[] = [];
  for (const hall of store.all('hall')) {
    if (hall.scenarioId !== scenarioId) continue;
    for (const row of store.childrenOf(hall.id, 'row')) {
      for (const rack of store.childrenOf(row.id, 'rack')) {
        const c = hallToSite(hall, slotCentreInHall(row, rack.slot, catalog.rackSize(rack.profileId).depthM));
        if (rectContains(rect, c)) out.push(rack.id);
      }
    }
  }
  for (const eq of store.all('equipment')) {
    if (eq.scenarioId !== scenarioId) continue;
    const hall = eq.hallId ? store.get(eq.hallId, 'hall') : undefined;
    if (eq.hallId && !hall) continue;
    const r = equipmentRect(eq, catalog);
    const local = { x: (r.minX + r.maxX) / 2, y: (r.minY + r.maxY) / 2 };
    if (rectContains(rect, hall ? hallToSite(hall, local) : local)) out.push(eq.id);
  }
  return out;
}
