import type { HeatRejectionType } from '../catalog/schema.ts';
import type { BillBuilder } from './bill-builder.ts';
import { hoursAbove } from './climate-hours.ts';
import { fmt } from './format.ts';

/**
 * Site water use by heat-rejection type, at the IT heat all year (8,760 h):
 *   cooling towers evaporate the heat they reject, m = Q / h_fg (3,600 kJ per kWh / 2,430 kJ/kg = 1.48 L/kWh),
 *     and blow down evaporation / (cycles − 1) to hold the concentration;
 *   adiabatic dry coolers evaporate only in their adiabatic hours: the hours the dry bulb is above what they can
 *     reject at dry (the water they make less their minimum approach), counted from the site's climate;
 *   closed dry coolers and air-cooled chillers use none.
 */
export interface WaterUse {
  m3PerYear: number;
  text: string;
}

/** The climate a path rejects into: the site's design dry bulb and the water the path makes. */
export interface WaterClimate {
  designDryBulbC: number;
  supplyC: number;
}

export function waterUse(bill: BillBuilder, type: HeatRejectionType, adiabatic: boolean, heatKw: number, path: string, climate: WaterClimate): WaterUse {
  const f = bill.index;
  if (heatKw <= 0) return { m3PerYear: 0, text: '' };
  const evapLPerKwh = 3600 / f.factor('water-latent-kj-per-kg');
  if (type === 'cooling-tower') {
    const kwh = heatKw * 8760;
    const cycles = f.factor('tower-cycles');
    const evap = (kwh * evapLPerKwh) / 1000;
    const blowdown = evap / (cycles - 1);
    return {
      m3PerYear: evap + blowdown,
      text: `${path}: towers evaporate ${fmt(heatKw)} kWt × 8,760 h × ${fmt(evapLPerKwh, 3)} L/kWh = ${fmt(evap, 0)} m³ and blow down ${fmt(evap, 0)} / (${fmt(cycles)} − 1) = ${fmt(blowdown, 0)} m³`,
    };
  }
  if (type === 'dry-cooler' && adiabatic) {
    const switchOnC = climate.supplyC - f.factor('dry-cooler-approach-k');
    const spray = hoursAbove(f, climate.designDryBulbC, switchOnC);
    const m3 = (heatKw * spray.hours * evapLPerKwh) / 1000;
    return {
      m3PerYear: m3,
      text: `${path}: adiabatic dry coolers spray above ${fmt(climate.supplyC)} °C water − ${fmt(f.factor('dry-cooler-approach-k'))} K approach = ${fmt(switchOnC)} °C, ${spray.text}: ${fmt(heatKw)} kWt × ${fmt(spray.hours, 1)} h × ${fmt(evapLPerKwh, 3)} L/kWh = ${fmt(m3, 1)} m³`,
    };
  }
  return { m3PerYear: 0, text: `${path}: ${type === 'chiller' ? 'air-cooled chillers' : 'closed dry coolers'} use no water` };
}
