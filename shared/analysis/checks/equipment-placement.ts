import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import type { CheckInput } from '../../engine/bill-builder.ts';
import { equipmentRect, hallRectOnSite, rectsOverlap } from '../../geometry/plan.ts';
import type { EquipmentRecord, HallRecord } from '../../model/index.ts';
import { leavesHall, obstacleName, type FirstOverlap } from './zones.ts';

/** Equipment in a hall that leaves the hall or stands on a row or on other equipment. */
export function hallEquipmentChecks(
  hall: HallRecord,
  equipment: readonly EquipmentRecord[],
  near: FirstOverlap,
  index: CatalogIndex,
): CheckInput[] {
  const checks: CheckInput[] = [];
  for (const e of equipment) {
    const rect = equipmentRect(e, index);
    if (leavesHall(rect, hall.widthM, hall.depthM)) {
      checks.push({ severity: 'error', code: 'equipment-outside-hall', message: `${e.name} stands partly outside ${hall.name}`, subject: { type: 'equipment', id: e.id } });
    }
    const other = near(rect, e.id);
    if (other) {
      checks.push({ severity: 'error', code: 'equipment-overlap', message: `${e.name} overlaps ${obstacleName(other)} in ${hall.name}`, subject: { type: 'equipment', id: e.id } });
    }
  }
  return checks;
}

/** Yard equipment that stands on a hall or on other yard equipment (site coordinates). */
export function yardEquipmentChecks(halls: readonly HallRecord[], yard: readonly EquipmentRecord[], index: CatalogIndex): CheckInput[] {
  const checks: CheckInput[] = [];
  const hallRects = halls.map((h) => ({ name: h.name, rect: hallRectOnSite(h) }));
  const rects = yard.map((e) => ({ e, rect: equipmentRect(e, index) }));
  rects.forEach(({ e, rect }, i) => {
    const hall = hallRects.find((h) => rectsOverlap(rect, h.rect));
    const other = rects.find((o, k) => k !== i && rectsOverlap(rect, o.rect));
    const what = hall ? hall.name : other ? other.e.name : null;
    if (what !== null) {
      checks.push({ severity: 'error', code: 'equipment-overlap', message: `${e.name} in the yard overlaps ${what}`, subject: { type: 'equipment', id: e.id } });
    }
  });
  return checks;
}
