import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import type { Catalog } from '../../shared/catalog/schema.ts';
import { BLOCK_SCENARIO, blockProject, catalog } from './fixtures.ts';

/*
 * Water use by heat-rejection type, ten GB200 racks (liquid 1,122 kWt, air 198 kWt) at the IT heat all year:
 *   Towers (block site): evaporation 1,122 × 8,760 h × 3,600 / 2,430 (1.481 L/kWh) = 14,561 m³; blowdown at 4 cycles
 *     14,561 / (4 − 1) = 4,854 m³; the air share on air-cooled chillers uses none → 19,415 m³/year.
 *   Adiabatic dry coolers (10 °C site, liquid and economiser): spraying 10% of the year:
 *     1,122 × 8,760 × 0.1 × 1.481 = 1,456 m³ + 198 × 8,760 × 0.1 × 1.481 = 257 m³ → 1,713 m³/year.
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
    expect(s.waterM3PerYear).toBe(1_713);
    const closed: Catalog = { ...catalog, equipment: catalog.equipment.map((e) => ({ ...e, adiabatic: undefined })) };
    const c = analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }, { site: cold }, closed), closed, BLOCK_SCENARIO).summary.cooling;
    expect(c.waterM3PerYear).toBe(0);
    expect(c.waterDerivation).toContain('closed dry coolers use no water');
  });
});
