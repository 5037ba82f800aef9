import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import type { CheckInput } from '../../engine/bill-builder.ts';
import { airSupplyC } from '../../engine/chilled-water.ts';
import type { CoolingContext } from '../../engine/cooling.ts';
import { fmt } from '../../engine/format.ts';
import { sumRows, type HallLoad } from '../../engine/loads.ts';

/**
 * The air path's water plus the coil approach against the rack inlet limit: chilled water, or facility water when
 * placed heat rejection has no chillers and the climate allows no economiser. Mining halls are not checked.
 */
export function airSupplyChecks(hall: HallLoad, ctx: CoolingContext, index: CatalogIndex): CheckInput[] {
  const airKw = sumRows(hall.rows, 'airKw');
  // A mining hall ventilates with outside air: its ASICs take the ambient, not a data-center inlet limit.
  if (airKw <= 0 || hall.hall.kind === 'mining') return [];
  const noChilledWater = ctx.placedRejection && !ctx.placedChillers && ctx.airPlant.kind === 'chiller';
  const air = airSupplyC(index, noChilledWater ? ctx.conditions.supplyC : index.factor('chw-supply-c'));
  if (air.ok) return [];
  return [{
    severity: 'error',
    code: 'air-supply-too-warm',
    message: `${hall.hall.name}: the air share (${fmt(airKw)} kWt) gets ${noChilledWater ? 'facility water (the placed heat rejection has no chillers and the climate allows no economiser)' : 'chilled water'}: ${air.text}`,
    subject: { type: 'hall', id: hall.hall.id },
  }];
}
