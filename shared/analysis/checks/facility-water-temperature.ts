import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import type { CheckInput } from '../../engine/bill-builder.ts';
import { fmt } from '../../engine/format.ts';
import type { HallLoad } from '../../engine/loads.ts';

/** Facility water against each liquid rack profile's W class (its highest facility-water supply). */
export function facilityWaterChecks(hall: HallLoad, supplyC: number, index: CatalogIndex): CheckInput[] {
  const tooWarm = new Map<string, number>();
  for (const row of hall.rows) {
    if (row.liquidKw <= 0) continue;
    for (const { profile } of row.feedRacks.keys()) {
      const max = index.findProfile(profile.id)?.facilityWaterMaxC;
      if (max !== undefined && supplyC > max) tooWarm.set(profile.id, max);
    }
  }
  return [...tooWarm].map(([profileId, max]) => ({
    severity: 'error',
    code: 'facility-water-too-warm',
    message: `${hall.hall.name}: facility water at ${fmt(supplyC)} °C is above the ${fmt(max)} °C (W${fmt(max)}) that ${index.requireProfile(profileId).name} racks take; their loop supply would be ${fmt(supplyC + index.factor('cdu-approach-k'))} °C after the CDU approach`,
    subject: { type: 'hall', id: hall.hall.id },
  }));
}
