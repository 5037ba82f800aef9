import type { CatalogIndex } from '../catalog/catalog-index.ts';
import type { EquipmentRecord, RecordSource } from '../model/index.ts';
import { equipmentRect, type Rect } from './plan.ts';

/** Clear ground kept around outdoor equipment for access, drawn as part of the yard. */
export const YARD_MARGIN_M = 2;

/** The ground around a set of outdoor equipment, in site coordinates; null when there is none. */
export function yardRectOf(yard: readonly EquipmentRecord[], catalog: CatalogIndex): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const eq of yard) {
    const r = equipmentRect(eq, catalog);
    minX = Math.min(minX, r.minX);
    minY = Math.min(minY, r.minY);
    maxX = Math.max(maxX, r.maxX);
    maxY = Math.max(maxY, r.maxY);
  }
  if (!Number.isFinite(minX)) return null;
  return { minX: minX - YARD_MARGIN_M, minY: minY - YARD_MARGIN_M, maxX: maxX + YARD_MARGIN_M, maxY: maxY + YARD_MARGIN_M };
}

/**
 * The outdoor yard of a scenario: the ground around its equipment that stands outside every hall (heat
 * rejection, power skids), in site coordinates; null while nothing stands outside.
 */
export function yardRect(store: RecordSource, catalog: CatalogIndex, scenarioId: string): Rect | null {
  return yardRectOf(store.all('equipment').filter((e) => e.hallId === null && e.scenarioId === scenarioId), catalog);
}
