import { describe, expect, it } from 'vitest';
import { analyze, type ScenarioReport } from '../../shared/analysis/index.ts';
import type { SiteRecord } from '../../shared/model/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog, linesOf } from './fixtures.ts';
import { equipment, hall, project, racks, row, SCENARIO } from './layout-fixture.ts';

/*
 * The air share needs cold air: CRAHs, fan walls and rear doors need chilled water at 18 °C (supply air 18 + 6 K coil
 * approach = 24 °C ≤ the 27 °C ASHRAE recommended inlet), which 45 °C facility water cannot give.
 *
 * Ten GB200 racks, block site (35 °C dry bulb): air share 10 × 132 × 0.15 = 198 kWt.
 *   Economiser? dry cooler at 18 − 35 = −17 K approach, below the 5 K minimum → air-cooled chillers.
 *   Design-day chilled-water load: air share 198 + fan heat 198 × 0.02 (3.96) + UPS losses 1,320 × (1 / 0.9625 − 1)
 *   (51.43, the electrical rooms) = 253.39 kWt. Chillers rated to 35 °C → factor 1; one 500 kWt unit carries it (the
 *   cheapest single unit) → 1 at N. Pumps: 253.39 × 60 / (0.997 × 4.18 × 6 K) = 608 L/min → one 2,000 L/min set.
 *   Chilled-water mains from the plant yard to the hall over the 150 m facility-water route: 608 L/min at ≤ 2 m/s
 *   needs √(4 × 608 / 60,000 / 2 / π) = 80.3 mm → DN100; supply and return 2 × 150 = 300 m of DN100 pipe.
 *   Towers take the liquid heat only, with the CDU pump heat: 1,122 + 1,122 × 0.015 = 1,138.83 kWt.
 *   (The annual PUE factors already count fan, pump and UPS energy; the overhead below is on the air share.)
 *   PUE contribution of the air share: annual 198 × 0.17 + 198 / 3.737 = 33.66 + 52.98 = 86.64 kW;
 *   design day 33.66 + 198 / 2.802 = 33.66 + 70.66 = 104.32 kW (ASHRAE 90.1 COPs: 12.75 IPLV and 9.562 EER / 3.412).
 * Same racks at a 10 °C design dry bulb: 18 − 10 = 8 K ≥ 5 K → dry-cooler economiser at 8 / 15 = 0.533 of rating:
 *   500 × 0.533 = 266.7 kWt ≥ 253.39 → one 500 kWt dry cooler, no chillers; air overhead 33.66 kW all year.
 * A hall that stays a mining hall (ten hydro ASIC racks, 10 × 43.2 = 432 kW, liquid 0.95 → 410.4 kWt, air 21.6 kWt)
 *   ventilates its air share with outside air as mining sheds do: fans (CRAHs) but no chillers, chilled-water pumps
 *   or mains, no compressor power and no water for the air share: facility 432 + 410.4 × 0.13 + 21.6 × 0.17 =
 *   432 + 53.35 + 3.67 = 489.02 kW.
 * Supply checks: facility water at 50 °C is above the W45 class of GB200 racks (facility-water-too-warm); placed towers
 *   without chillers at a 40 °C site leave the air share on 45 °C facility water: 45 + 6 = 51 °C > 27 °C
 *   (air-supply-too-warm).
 */
function block(site: Partial<SiteRecord> = {}, supplyC = 45): ScenarioReport {
  return analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }, { site, scenario: { liquidSupplyC: supplyC } }), catalog, BLOCK_SCENARIO);
}

describe('chilled water for the air share, worked by hand', () => {
  it('a 35 °C site: one 500 kWt chiller and one pump set for 253.39 kWt; towers for 1,138.83 kWt', () => {
    const b = block();
    const chiller = linesOf(b, 'chiller-air-500kw')[0]!;
    expect(chiller.quantity).toBe(1);
    expect(chiller.derivation).toContain('air share 198 kWt + fan heat 198 × 0.02 + UPS losses 1,320 kW × (1 / 0.9625 − 1) = 253.39 kWt');
    expect(chiller.derivation).toContain('economiser at design dry bulb 35 °C has 18 − 35 = -17 K approach, below the 5 K minimum');
    expect(linesOf(b, 'pump-chw-2000lpm')[0]!.derivation).toContain('= 608 L/min; ⌈608 L/min / 2,000 L/min⌉ = 1');
    const mains = b.lines.find((l) => l.derivation.includes('chilled-water mains'))!;
    expect(mains.catalogId).toBe('pipe-dn100-m');
    expect(mains.quantity).toBe(300);
    expect(mains.derivation).toContain('(plant to the air units, 608 L/min): DN100');
    expect(linesOf(b, 'tower-1500kw')[0]!.derivation).toContain('liquid heat 1,122 kWt + CDU pump heat 1,122 × 0.015 = 1,138.83 kWt');
    expect(b.summary.facilityKw - b.summary.itKw).toBeCloseTo(145.86 + 86.644, 2);
    expect(b.summary.designDayFacilityKw - b.summary.itKw).toBeCloseTo(145.86 + 104.324, 2);
  });

  it('a hall that stays a mining hall ventilates its air share with outside air: no chilled-water plant', () => {
    const b = analyze(project({ halls: [hall('h1', { kind: 'mining' })], rows: [row('a', 'h1')], racks: racks('a', 'btc-hydro-asic', 10) }), catalog, SCENARIO);
    expect(b.lines.filter((l) => /^(chiller|pump-chw)/.test(l.catalogId ?? '') || l.derivation.includes('chilled-water mains'))).toEqual([]);
    expect(b.lines.some((l) => l.catalogId?.startsWith('crah-'))).toBe(true);
    expect(b.summary.facilityKw).toBeCloseTo(489.024, 3);
    expect(b.summary.cooling.waterDerivation).toContain('outside-air ventilation (a mining hall) uses no water');
  });

  it('a 10 °C site economises: one dry cooler at 8 K approach, no chillers, no compressor power', () => {
    const b = block({ designDryBulbC: 10, designWetBulbC: 8 });
    const chillers = b.lines.filter((l) => l.catalogId?.startsWith('chiller-'));
    expect(chillers).toEqual([]);
    const economiser = b.lines.filter((l) => l.derivation.includes('chilled water for the air share'));
    expect(economiser.map((l) => [l.catalogId, l.quantity])).toEqual([['drycooler-adiabatic-500kw', 1]]);
    expect(economiser[0]!.derivation).toContain('8 / 15 = 0.533');
    // Liquid side on dry coolers too (45 − 10 = 35 K ≥ 15 K): 1,122 × 0.09 = 100.98 kW; air 198 × 0.17 = 33.66 kW.
    expect(b.summary.facilityKw - b.summary.itKw).toBeCloseTo(100.98 + 33.66, 6);
    expect(b.summary.designDayFacilityKw).toBeCloseTo(b.summary.facilityKw, 6);
  });

  it('facility water warmer than the racks\' W class is an error on the hall', () => {
    const warm = block({}, 50).checks.filter((c) => c.code === 'facility-water-too-warm');
    expect(warm.map((c) => c.subject?.id)).toEqual(['block-hall']);
    expect(warm[0]!.message).toContain('50 °C is above the 45 °C (W45)');
    expect(block().checks.some((c) => c.code === 'facility-water-too-warm')).toBe(false);
  });

  it('placed towers without chillers leave the air share without cold air', () => {
    const doc = project({ halls: [hall('h1')], rows: [row('a', 'h1')], racks: racks('a', 'gb200-nvl72', 4), equipment: [equipment('t1', 'tower-1500kw')] });
    const air = analyze(doc, catalog, SCENARIO).checks.filter((c) => c.code === 'air-supply-too-warm');
    expect(air).toHaveLength(1);
    expect(air[0]!.message).toContain('water 45 °C + coil approach 6 K = 51 °C supply air against the 27 °C rack inlet limit');
    const withChiller = { ...doc, equipment: [...doc.equipment, equipment('c1', 'chiller-air-500kw')] };
    expect(analyze(withChiller, catalog, SCENARIO).checks.some((c) => c.code === 'air-supply-too-warm')).toBe(false);
  });
});
