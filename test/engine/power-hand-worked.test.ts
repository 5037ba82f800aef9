import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import type { Redundancy } from '../../shared/model/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog, linesOf, quantityOf } from './fixtures.ts';

/*
 * Ten GB200 NVL72 racks in one row of the block layout (16 slots of 0.6 m), site of the block defaults.
 *
 * IT load        10 × 132 kW                                   = 1,320 kW
 * Heat split     liquid 1,320 × 0.85 = 1,122 kWt; air 1,320 − 1,122 = 198 kWt
 * Heat rejection dry coolers at (45 − 35) / 15 K rated approach = 0.667 of rating; towers at (45 − 24) / 8 K = 2.625
 *                → cooling towers, the lowest-PUE type at or above its rating (heat-rejection.test.ts works the units)
 * Overhead       liquid 1,122 × (1.13 − 1) = 145.86 kW; the air share 198 kWt needs chilled water (18 °C; an economiser
 *                at 35 °C dry bulb has 18 − 35 K approach: refused) → air-cooled chillers (chilled-water-hand-worked.test.ts):
 *                annual 198 × 0.17 + 198 / 3.737 (IPLV COP) = 33.66 + 52.98 = 86.64 kW;
 *                design day 198 × 0.17 + 198 / 2.802 (full-load COP) = 33.66 + 70.66 = 104.32 kW
 * Facility       annual 1,320 + 145.86 + 86.64 = 1,552.50 kW → PUE 1.176; 1,552.50 / 0.95 = 1,634.21 kVA
 *                design day 1,320 + 145.86 + 104.32 = 1,570.18 kW → PUE 1.19 (what transformers and generators carry)
 * Model rule: the cheapest single unit if one carries the load, else the model needing fewest units (ties: cheaper).
 * UPS on kVA (ups-kva-hand-worked.test.ts): 1,320 kW / pf 0.95 = 1,389.47 kVA in one lineup (it fits the 3,622.8 kVA
 *   bus); 500 kVA needs ⌈1,389.47/500⌉ = 3, 750/1,000/1,250 kVA need 2 each. The cheapest lineup as built wins
 *   (ups-lineup-hand-worked.test.ts: frame + 5-minute batteries, 500 $204,166.67, 750 $283,750, 1,000 $358,333.33,
 *   1,250 $432,916.67; one $342,000 output board with its feeder):
 *   N     750: 2 × 283,750 = $567,500 < 500: 3 × 204,166.67 = $612,500 → 2 × 750 kVA
 *   N+1   750: 3 × 283,750 = $851,250 > 500: 4 × 204,166.67 = $816,667 → 3 + 1 = 4 × 500 kVA (the modular N+1)
 *   2N    750: 4 × 283,750 = $1,135,000 < 500: 6 × 204,166.67 = $1,225,000 → 2 × 2 = 4 × 750 kVA
 * Transformers: one 2,500 kVA unit carries 1,570.18 / 0.95 = 1,652.83 kVA and is cheaper ($250k) than one 3,500 kVA ($330k).
 *   N: 1    N+1: 2    2N: 2
 * Generators: one 2,000 kW set carries 1,570.18 kW ($900k < $1.1M for 2,500 kW). Generator redundancy follows the
 *   Uptime tier of the power redundancy (REFERENCE §6), not the UPS topology: N → N; N+1, block and 2N are
 *   concurrently maintainable (Tier III) → N+1; only 2(N+1) (fault tolerant, Tier IV) → 2N.
 *   N: 1    N+1: 1 + 1 = 2    2N (generators N+1): 1 + 1 = 2    2(N+1) (generators 2N): 2 × 1 = 2
 *
 * Thirty GB200 racks tell N+1 from 2N generators: IT 30 × 132 = 3,960 kW; liquid 3,366, air 594 kWt; design-day
 *   overhead 3,366 × 0.13 + 594 × 0.17 + 594 / 2.802 = 437.58 + 100.98 + 211.99 = 750.55 kW; facility 4,710.55 kW.
 *   No set carries it alone: 1,000 kW ⌈4.71⌉ = 5, 2,000 kW ⌈2.36⌉ = 3, 2,500 kW ⌈1.88⌉ = 2 → fewest: 2 × 2,500 kW.
 *   N: 2    N+1: 3    2N (generators N+1): 2 + 1 = 3, not 2 × 2 = 4    2(N+1) (generators 2N): 2 × 2 = 4
 * Busway: run rating √3 × 415 V × I × 0.95 × 0.8: 800 A = 437.0 kW, 1,600 A = 874.1 kW, 2,500 A = 1,365.7 kW.
 *   Per side: 800 A 4 runs × 12.6 m × $700 = $35,280; 1,600 A 2 × 12.6 × $1,100 = $27,720;
 *   2,500 A 1 × 12.6 × $1,600 = $20,160 → 2,500 A, 9.6 m row + 3 m = 12.6 m per side. N: 12.6 m, 2N (A+B): 25.2 m
 */
function bill(powerRedundancy: Redundancy, count = 10) {
  const doc = blockProject({ profileId: 'gb200-nvl72', count }, { scenario: { powerRedundancy } });
  return analyze(doc, catalog, BLOCK_SCENARIO);
}

describe('power chain, worked by hand', () => {
  it('loads and PUE', () => {
    const s = bill('N').summary;
    expect(s.itKw).toBe(1320);
    expect(s.liquidKw).toBeCloseTo(1122, 9);
    expect(s.airKw).toBeCloseTo(198, 9);
    expect(s.cooling.heatRejection).toBe('cooling-tower');
    expect(s.facilityKw).toBeCloseTo(1552.504, 3);
    expect(s.pue).toBe(1.176);
    expect(s.facilityKva).toBeCloseTo(1634.214, 2);
    expect(s.designDayFacilityKw).toBeCloseTo(1570.184, 3);
    expect(s.designDayPue).toBe(1.19);
  });

  it('N: 2 UPS, 1 transformer, 1 generator, 12.6 m of busway', () => {
    const b = bill('N');
    expect(quantityOf(b, 'ups-750kw')).toBe(2);
    expect(quantityOf(b, 'xfmr-mvlv-2500kva')).toBe(1);
    expect(quantityOf(b, 'gen-2000kw')).toBe(1);
    expect(quantityOf(b, 'swbd-lv-5000a')).toBe(1);
    expect(quantityOf(b, 'swgr-mv-lineup')).toBe(1);
    expect(quantityOf(b, 'busway-2500a')).toBeCloseTo(12.6, 9);
    const ups = linesOf(b, 'ups-750kw')[0]!;
    expect(ups.totalUsd).toBe(480_000);
    expect(ups.derivation).toContain('⌈1,389.47 kVA / 750 kVA⌉ = 2');
  });

  it('N+1: one spare per group: 3 + 1 UPS of 500 kVA, 2 transformers, 2 generators', () => {
    const b = bill('N+1');
    expect(quantityOf(b, 'ups-750kw')).toBe(0);
    expect(linesOf(b, 'ups-500kw').find((l) => l.group === 'block-hall')!.quantity).toBe(4);
    expect(quantityOf(b, 'xfmr-mvlv-2500kva')).toBe(2);
    expect(quantityOf(b, 'gen-2000kw')).toBe(2);
    expect(quantityOf(b, 'busway-2500a')).toBeCloseTo(12.6, 9);
  });

  it('2N: two full systems: 4 UPS, 2 transformers, A and B busway, two MV lineups; generators N+1 (Tier III): 2', () => {
    const b = bill('2N');
    expect(quantityOf(b, 'ups-750kw')).toBe(4);
    expect(quantityOf(b, 'xfmr-mvlv-2500kva')).toBe(2);
    expect(quantityOf(b, 'gen-2000kw')).toBe(2);
    const gen = linesOf(b, 'gen-2000kw')[0]!;
    expect(gen.redundancy).toBe('N+1');
    expect(gen.derivation).toContain('⌈1,570.18 kW / 2,000 kW⌉ = 1; power at 2N is concurrently maintainable (Uptime Tier III: N+1 engine generators), so generators at N+1: N+1: 1 + 1 spare = 2');
    expect(gen.source).toContain('uptime-tiers');
    expect(quantityOf(b, 'swgr-mv-lineup')).toBe(2);
    expect(quantityOf(b, 'busway-2500a')).toBeCloseTo(25.2, 9);
  });

  it('generators by tier at 30 racks (4,710.55 kW on 2,500 kW sets): N 2, N+1 3, 2N 3 (N+1), 2(N+1) 4 (2N)', () => {
    expect(bill('N', 30).summary.designDayFacilityKw).toBeCloseTo(4710.551, 3);
    const gens = (r: Redundancy) => quantityOf(bill(r, 30), 'gen-2500kw');
    expect(gens('N')).toBe(2);
    expect(gens('N+1')).toBe(3);
    expect(gens('block')).toBe(3);
    expect(gens('2N')).toBe(3);
    expect(gens('2(N+1)')).toBe(4);
    const ft = linesOf(bill('2(N+1)', 30), 'gen-2500kw')[0]!;
    expect(ft.redundancy).toBe('2N');
    expect(ft.derivation).toContain('⌈4,710.55 kW / 2,500 kW⌉ = 2; power at 2(N+1) is fault tolerant (Uptime Tier IV: two active paths), so generators at 2N: 2N: 2 × 2 (two independent systems) = 4');
  });

  it('a project price override replaces the default price and says so', () => {
    const doc = blockProject({ profileId: 'gb200-nvl72', count: 10 }, { site: { priceOverrides: { 'ups-750kw': 200_000 } } });
    const ups = linesOf(analyze(doc, catalog, BLOCK_SCENARIO), 'ups-750kw')[0]!;
    expect(ups.unitCostUsd).toBe(200_000);
    expect(ups.totalUsd).toBe(400_000);
    expect(ups.derivation).toContain('project price override');
    expect(ups.source).toContain('site.priceOverrides');
  });
});
