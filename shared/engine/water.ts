import type { HeatRejectionType } from '../catalog/schema.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';

/**
 * Site water use by heat-rejection type, at the IT heat all year (8,760 h):
 *   cooling towers evaporate the heat they reject, m = Q / h_fg (3,600 kJ per kWh / 2,430 kJ/kg = 1.48 L/kWh),
 *     and blow down evaporation / (cycles − 1) to hold the concentration;
 *   adiabatic dry coolers evaporate only in their adiabatic hours (a stated share of the year);
 *   closed dry coolers and air-cooled chillers use none.
 */
export interface WaterUse {
  m3PerYear: number;
  text: string;
}

export function waterUse(bill: BillBuilder, type: HeatRejectionType, adiabatic: boolean, heatKw: number, path: string): WaterUse {
  const f = bill.index;
  if (heatKw <= 0) return { m3PerYear: 0, text: '' };
  const evapLPerKwh = 3600 / f.factor('water-latent-kj-per-kg');
  const kwh = heatKw * 8760;
  if (type === 'cooling-tower') {
    const cycles = f.factor('tower-cycles');
    const evap = (kwh * evapLPerKwh) / 1000;
    const blowdown = evap / (cycles - 1);
    return {
      m3PerYear: evap + blowdown,
      text: `${path}: towers evaporate ${fmt(heatKw)} kWt × 8,760 h × ${fmt(evapLPerKwh, 3)} L/kWh = ${fmt(evap, 0)} m³ and blow down ${fmt(evap, 0)} / (${fmt(cycles)} − 1) = ${fmt(blowdown, 0)} m³`,
    };
  }
  if (type === 'dry-cooler' && adiabatic) {
    const share = f.factor('adiabatic-hours-fraction');
    const m3 = (kwh * share * evapLPerKwh) / 1000;
    return { m3PerYear: m3, text: `${path}: adiabatic dry coolers spray in ${fmt(share * 100)}% of the year: ${fmt(heatKw)} kWt × 8,760 h × ${fmt(share)} × ${fmt(evapLPerKwh, 3)} L/kWh = ${fmt(m3, 0)} m³` };
  }
  return { m3PerYear: 0, text: `${path}: ${type === 'chiller' ? 'air-cooled chillers' : 'closed dry coolers'} use no water` };
}
