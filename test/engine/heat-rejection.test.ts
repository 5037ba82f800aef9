import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type ScenarioReport } from '../../shared/analysis/index.ts';
import type { ProjectDocument, SiteRecord } from '../../shared/model/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog, catalogWithOnly, linesOf, quantityOf } from './fixtures.ts';
import { equipment, hall, project, racks, row, SCENARIO } from './layout-fixture.ts';

/*
 * Heat rejection sized at the site's design ambient (REFERENCE §3 approaches, §7 PUE by type).
 * Ten GB200 NVL72 racks: 10 × 132 = 1,320 kWt of IT heat, 1,320 × 0.85 = 1,122 kWt of it to liquid (the 198 kWt air
 * share goes to chilled water: chilled-water-hand-worked.test.ts); block defaults: dry bulb 35 °C, wet bulb 24 °C,
 * supply 45 °C.
 *
 * Dry cooler   rated at 15 K approach (supply − dry bulb); site 45 − 35 = 10 K → factor 10 / 15 = 0.667 (below rating)
 * Tower        rated at 8 K approach (supply − wet bulb); site 45 − 24 = 21 K → factor min(1, 21 / 8) = 1 (no credit above rating)
 * Choice       the lowest-PUE type at or above its rating → cooling tower (dry 1.09 is derated, tower 1.13 is not)
 * Unit         tower 1,500 kWt × 1 = 1,500 kWt: one carries the design-day 1,122 + 1,122 × 0.015 CDU pump heat =
 *              1,138.83 kWt and is the cheapest single unit ($300k)
 *
 * Chillers (chiller-only catalog), rated to 35 °C dry bulb, −1.5%/K above, at most 50 °C; twelve racks:
 *   liquid 12 × 132 × 0.85 = 1,346.4 kWt + 1.5% CDU pump heat = 1,366.6 kWt
 *   at 35 °C: factor 1; 1,500 kWt carries 1,366.6 alone → 1 × chiller-air-1500kw
 *   at 45 °C: factor 1 − 10 × 0.015 = 0.85; 1,500 × 0.85 = 1,275 kWt → ⌈1,366.6 / 1,275⌉ = 2 (500 kWt: 425 → 4)
 *   at 52 °C: past 50 °C, refused → no chiller line, a heat-rejection-infeasible check
 */
const DRY = ['drycooler-adiabatic-500kw', 'drycooler-adiabatic-1500kw'];
const CHILLERS = ['chiller-air-500kw', 'chiller-air-1500kw'];

function block(site: Partial<SiteRecord>, supplyC = 45, cat = catalog, count = 10): ScenarioReport {
  const doc = blockProject({ profileId: 'gb200-nvl72', count }, { site, scenario: { liquidSupplyC: supplyC } }, cat);
  return analyze(doc, cat, BLOCK_SCENARIO);
}

function rejectionLines(b: ScenarioReport, cat = catalog) {
  const ids = new Set(cat.equipment.filter((e) => e.kind === 'heat-rejection').map((e) => e.id));
  return b.lines.filter((l) => l.catalogId !== null && ids.has(l.catalogId));
}

/** Heat rejection of the liquid heat only (the air share's chilled water is its own plant). */
const liquidLines = (b: ScenarioReport) => rejectionLines(b).filter((l) => l.derivation.includes('heat rejection for the liquid heat'));
const units = (b: ScenarioReport) => liquidLines(b).reduce((s, l) => s + l.quantity, 0);
const cost = (b: ScenarioReport) => liquidLines(b).reduce((s, l) => s + l.totalUsd, 0);

describe('heat rejection at the design ambient, worked by hand', () => {
  it('block defaults: towers at their rating (21 K approach is margin over the rated 8 K); the derivation shows rating, factor and capacity used', () => {
    const b = block({});
    expect(b.summary.cooling.heatRejection).toBe('cooling-tower');
    const [line] = linesOf(b, 'tower-1500kw');
    expect(line!.quantity).toBe(1);
    expect(line!.capacity).toEqual({ value: 1500, unit: 'kWt' });
    expect(line!.derivation).toContain('rated 1,500 kWt at 8 K approach (supply − wet bulb); site approach 45 − 24 °C = 21 K; factor min(1, 21 / 8) = 1 (no credit above rating); 1,500 × 1 = 1,500 kWt used');
    expect(line!.derivation).toContain('⌈1,138.83 kWt / 1,500 kWt⌉ = 1');
    expect(line!.derivation).toContain('dry cooler: 45 − 35 °C dry bulb = 10 K approach vs 15 K rated → × 0.667');
    expect(line!.source).toContain('lbnl-2024');
    expect(line!.source).toContain('ph-heat-rejection');
    const assumed = b.checks.find((c) => c.code === 'assumed-input' && c.message.includes('Minimum approach of a cooling tower with plate HX'));
    expect(assumed).toBeDefined();
  });

  it('a hot site (dry bulb 40 °C, supply 32 °C) cannot use dry coolers: towers where the wet bulb allows', () => {
    const b = block({ designDryBulbC: 40, designWetBulbC: 24 }, 32);
    expect(b.summary.cooling.heatRejection).toBe('cooling-tower');
    expect(DRY.reduce((s, id) => s + quantityOf(b, id), 0)).toBe(0);
    expect(rejectionLines(b)[0]!.derivation).toContain('dry cooler: 32 − 40 °C dry bulb = -8 K approach, below the 5 K minimum: refused');
  });

  it('a hot site with only dry coolers in the catalog gets no dry coolers and an error check naming the reason', () => {
    const cat = catalogWithOnly('heat-rejection', DRY);
    const b = block({ designDryBulbC: 40, designWetBulbC: 24 }, 32, cat);
    expect(rejectionLines(b, cat)).toEqual([]);
    const check = b.checks.find((c) => c.code === 'heat-rejection-infeasible');
    expect(check?.severity).toBe('error');
    expect(check?.message).toContain('below the 5 K minimum: refused');
  });

  it('a cold site needs fewer dry coolers than a hot one for the same heat', () => {
    const cat = catalogWithOnly('heat-rejection', DRY);
    // Cold: 45 − 10 = 35 K → × 2.333; hot: 45 − 38 = 7 K → × 0.467 (40 racks, 5,280 kWt).
    const cold = block({ designDryBulbC: 10, designWetBulbC: 8 }, 45, cat, 40);
    const hot = block({ designDryBulbC: 38, designWetBulbC: 24 }, 45, cat, 40);
    expect(cold.summary.cooling.heatRejection).toBe('dry-cooler');
    expect(hot.summary.cooling.heatRejection).toBe('dry-cooler');
    expect(units(cold)).toBeLessThan(units(hot));
    expect(cost(cold)).toBeLessThan(cost(hot));
  });

  it('a cold dry site prefers dry coolers over towers (lowest PUE at full rating)', () => {
    const b = block({ designDryBulbC: 25, designWetBulbC: 18 });
    expect(b.summary.cooling.heatRejection).toBe('dry-cooler');
    expect(b.summary.pue).toBeLessThan(block({}).summary.pue);
  });

  it('air-cooled chillers lose capacity above their rated ambient and are refused past their limit', () => {
    const cat = catalogWithOnly('heat-rejection', CHILLERS);
    const liquidLine = (b: ScenarioReport) => linesOf(b, 'chiller-air-1500kw').find((l) => l.derivation.includes('liquid heat'));
    expect(liquidLine(block({ designDryBulbC: 35, designWetBulbC: 30 }, 45, cat, 12))!.quantity).toBe(1);
    const hot = block({ designDryBulbC: 45, designWetBulbC: 30 }, 45, cat, 12);
    const line = liquidLine(hot);
    expect(line!.quantity).toBe(2);
    expect(line!.derivation).toContain('factor 1 − 10 K × 0.015 = 0.85; 1,500 × 0.85 = 1,275 kWt used');
    const past = block({ designDryBulbC: 52, designWetBulbC: 30 }, 45, cat);
    expect(rejectionLines(past, cat)).toEqual([]);
    expect(past.checks.map((c) => c.code)).toContain('heat-rejection-infeasible');
  });

  it('placed heat rejection is checked at its derated capacity', () => {
    // Layout site: wet bulb 26 °C, supply 45 °C → towers at min(1, (45 − 26) / 8) = 1: a 1,500 kWt cell gives 1,500 kWt.
    // Three cells at N+1 leave two: 3,000 kWt carries 20 GB200 racks (2,640 kWt) but not 30 (3,960 kWt).
    const doc = (n: number): ProjectDocument =>
      project({
        halls: [hall('h1')], rows: [row('a', 'h1'), row('b', 'h1')], racks: [...racks('a', 'gb200-nvl72', 16), ...racks('b', 'gb200-nvl72', n - 16)],
        equipment: [equipment('t1', 'tower-1500kw'), equipment('t2', 'tower-1500kw'), equipment('t3', 'tower-1500kw')],
      });
    const codes = (n: number) => analyze(doc(n), catalog, SCENARIO).checks.map((c) => c.code);
    expect(codes(20)).not.toContain('heat-rejection-over-capacity');
    expect(codes(30)).toContain('heat-rejection-over-capacity');
    const line = linesOf(analyze(doc(20), catalog, SCENARIO), 'tower-1500kw')[0]!;
    expect(line.capacity).toEqual({ value: 1500, unit: 'kWt' });
  });
});

describe('heat rejection properties at any design ambient', () => {
  const conditions = fc
    .record({ dry: fc.integer({ min: -5, max: 48 }), depression: fc.integer({ min: 0, max: 20 }), supply: fc.integer({ min: 20, max: 50 }) })
    .map(({ dry, depression, supply }) => ({ site: { designDryBulbC: dry, designWetBulbC: dry - depression }, supply }));

  it('more heat never needs less heat rejection, and what is installed at N covers the heat at design ambient', () => {
    fc.assert(
      fc.property(conditions, fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 100 }), ({ site, supply }, n, extra) => {
        const small = block(site, supply, catalog, n);
        const large = block(site, supply, catalog, n + extra);
        expect(cost(large)).toBeGreaterThanOrEqual(cost(small));
        if (!small.checks.some((c) => c.code === 'heat-rejection-infeasible')) {
          const installed = liquidLines(small).reduce((s, l) => s + l.quantity * (l.capacity?.value ?? 0), 0);
          expect(installed).toBeGreaterThanOrEqual(small.summary.liquidKw - 1e-6);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('a hotter design day never needs fewer dry coolers for the same heat', () => {
    const cat = catalogWithOnly('heat-rejection', DRY);
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 38 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 200 }), (dry, warmer, n) => {
        const a = block({ designDryBulbC: dry, designWetBulbC: dry }, 45, cat, n);
        const b = block({ designDryBulbC: Math.min(dry + warmer, 40), designWetBulbC: dry }, 45, cat, n);
        expect(cost(b)).toBeGreaterThanOrEqual(cost(a));
      }),
      { numRuns: 25 },
    );
  });
});
