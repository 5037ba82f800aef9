import type { BillBuilder } from './bill-builder.ts';
import { airSupplyC } from './chilled-water.ts';
import type { CoolingContext } from './cooling.ts';
import { fmt } from './format.ts';
import type { ScenarioLayout } from './layout.ts';
import type { HallLoad } from './loads.ts';

/**
 * Each cooling path's supply against what it feeds: facility water against each liquid rack profile's W class;
 * the air path's water (chilled water, or facility water when placed heat rejection has no chillers and the
 * climate allows no economiser) plus the coil approach against the rack inlet limit.
 */
export function supplyChecks(hall: HallLoad, layout: ScenarioLayout, ctx: CoolingContext, airKw: number, bill: BillBuilder): void {
  const f = bill.index;
  const supplyC = layout.scenario.liquidSupplyC;
  const tooWarm = new Map<string, number>();
  for (const row of hall.rows) {
    if (row.liquidKw <= 0) continue;
    for (const rack of row.members) {
      const max = f.findProfile(rack.profileId)?.facilityWaterMaxC;
      if (max !== undefined && supplyC > max) tooWarm.set(rack.profileId, max);
    }
  }
  for (const [profileId, max] of tooWarm) {
    bill.check({
      severity: 'error', code: 'facility-water-too-warm',
      message: `${hall.hall.name}: facility water at ${fmt(supplyC)} °C is above the ${fmt(max)} °C (W${fmt(max)}) that ${f.requireProfile(profileId).name} racks take; their loop supply would be ${fmt(supplyC + f.factor('cdu-approach-k'))} °C after the CDU approach`,
      subject: { type: 'hall', id: hall.hall.id },
    });
  }
  if (airKw <= 0) return;
  const noChilledWater = ctx.placedRejection && !ctx.placedChillers && ctx.airPlant.kind === 'chiller';
  const water = noChilledWater ? supplyC : f.factor('chw-supply-c');
  const air = airSupplyC(f, water);
  if (!air.ok) {
    bill.check({
      severity: 'error', code: 'air-supply-too-warm',
      message: `${hall.hall.name}: the air share (${fmt(airKw)} kWt) gets ${noChilledWater ? 'facility water (the placed heat rejection has no chillers and the climate allows no economiser)' : 'chilled water'}: ${air.text}`,
      subject: { type: 'hall', id: hall.hall.id },
    });
  }
}
