import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import type { Catalog } from '../../shared/catalog/schema.ts';
import { catalogIndexOf } from '../../shared/catalog/catalog-index.ts';
import { hoursAbove } from '../../shared/engine/climate-hours.ts';
import { BLOCK_SCENARIO, blockProject, catalog } from './fixtures.ts';

/*
 * Water use by heat-rejection type, ten GB200 racks (liquid 1,122 kWt, air 198 kWt) at the IT heat all year:
 *   Towers (block site): evaporation 1,122 × 8,760 h × 3,600 / 2,430 (1.481 L/kWh) = 14,561 m³; blowdown at 4 cycles
 *     14,561 / (4 − 1) = 4,854 m³; the air share on air-cooled chillers uses none → 19,415 m³/year.
 *   Adiabatic dry coolers (10 °C site, liquid and economiser) spray only in the hours the dry bulb is above what they
 *     reject at dry: the water they make less their 5 K minimum approach. Those hours come from the site's climate;
 *     with no hourly data in the model they are derived from the design dry bulb, read as the ASHRAE 0.4% annual
 *     cooling value (exceeded 0.4% of 8,760 h = 35.04 h), with the hourly dry bulb normal about its mean, σ 8 K
 *     (assumed): z(0.4%) = 2.652, mean = 10 − 2.652 × 8 = −11.216 °C.
 *     Liquid heat, 45 °C water: above 40 °C, z = (40 + 11.216) / 8 = 6.40, 8,760 × 7.7e-11 ≈ 0 h → 0 m³.
 *     Air share, 18 °C chilled water: above 13 °C, z = (13 + 11.216) / 8 = 3.027, 8,760 × 0.001235 = 10.82 h;
 *     198 kWt × 10.82 h × 1.481 L/kWh = 3.17 m³ → 3 m³/year.
 *   At a 35 °C design site the hours above 35 °C are the 35.04 h of the definition, and above 30 °C:
 *     mean 35 − 21.216 = 13.784, z = (30 − 13.784) / 8 = 2.027, 8,760 × 0.02133 = 186.8 h.
 *   Closed dry coolers (the same catalog without adiabatic pre-cooling): none → 0.
 */
describe('water use by heat-rejection type, worked by hand', () => {
  it('towers: evaporation and blowdown; chillers none', () => {
    const s = analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }), catalog, BLOCK_SCENARIO).summary.cooling;
    expect(s.waterM3PerYear).toBe(19_415);
    expect(s.waterDerivation).toContain('= 14,561 m³ and blow down 14,561 / (4 − 1) = 4,854 m³');
    expect(s.waterDerivation).toContain('air-cooled chillers use no water');
  });

  it('adiabatic dry coolers in their adiabatic hours; closed dry coolers none', () => {
    const cold = { designDryBulbC: 10, designWetBulbC: 8 };
    const s = analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }, { site: cold }), catalog, BLOCK_SCENARIO).summary.cooling;
    expect(s.heatRejection).toBe('dry-cooler');
    expect(s.waterM3PerYear).toBe(3);
    expect(s.waterDerivation).toContain('spray above 45 °C water − 5 K approach = 40 °C');
    expect(s.waterDerivation).toContain('1,122 kWt × 0 h');
    expect(s.waterDerivation).toContain('dry bulb above 13 °C for 8,760 × (1 − Φ((13 − (-11.2)) / 8)) = 10.8 h');
    expect(s.waterDerivation).toContain('198 kWt × 10.8 h × 1.481 L/kWh = 3.2 m³');
    const closed: Catalog = { ...catalog, equipment: catalog.equipment.map((e) => ({ ...e, adiabatic: undefined })) };
    const c = analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }, { site: cold }, closed), closed, BLOCK_SCENARIO).summary.cooling;
    expect(c.waterM3PerYear).toBe(0);
    expect(c.waterDerivation).toContain('closed dry coolers use no water');
  });

  it('hours above a dry bulb from the design value: the 0.4% definition at the design point, more below it', () => {
    const index = catalogIndexOf(catalog);
    expect(hoursAbove(index, 35, 35).hours).toBeCloseTo(35.04, 2);
    expect(hoursAbove(index, 35, 30).hours).toBeCloseTo(186.8, 1);
    expect(hoursAbove(index, 10, 13).hours).toBeCloseTo(10.82, 2);
  });
});
