import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import { ScenarioRecord } from '../../shared/model/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog, linesOf, quantityOf } from './fixtures.ts';
import { scenario } from './layout-fixture.ts';

/*
 * 800 VDC distribution for racks of 200 kW and more (Vera Rubin, Kyber-class; NVIDIA's 800 VDC architecture):
 * ten Vera Rubin NVL144 racks (210 kW) in one 16-slot row of 0.6 m, at 2N:
 *   IT 10 × 210 = 2,100 kW; centralised rectifiers ⌈2,100 / 1,500⌉ = 2 → 2N: 4.
 *   DC busway run 800 V × 2,500 A × 0.8 = 1,600 kW; ⌈2,100 / 1,600⌉ = 2 runs per side × 2 sides = 4 runs ×
 *   (9.6 m row + 3 m) = 50.4 m. No AC busway, rack PDUs or AC tap-offs on those rows.
 * A GB200 row (132 kW racks) stays on 415 VAC busway.
 *
 * The choice is the scenario's (dcDistribution). Under 'none' the same ten racks stay on 415 VAC: busway runs of
 * √3 × 415 V × A × pf 0.95 × 0.8, the cheapest per metre of row: 800 A 437.03 kW → ⌈2,100 / 437.03⌉ = 5 × $700 = $3,500;
 * 1,600 A 874.06 kW → 3 × $1,100 = $3,300; 2,500 A 1,365.72 kW → 2 × $1,600 = $3,200 (chosen): 2 runs × 2 sides ×
 * (9.6 + 3) m = 50.4 m, and one tap-off per rack side (own power shelves): 10 × 2 = 20; no rectifiers.
 * A scenario without the field (files from before the choice) keeps the threshold rule.
 *
 * Under 'sidecar' the same ten racks keep the AC path of 'none' (2,500 A busway 50.4 m, 20 tap-offs, no rack PDUs:
 * the sidecar takes the rack's two feeds) and each rack gets ⌈210 / 660 kW⌉ = 1 power sidecar: 10 × $220,000 =
 * $2,200,000, the same count at every redundancy; no centralised rectifiers or DC busway. A Kyber rack (600 kW)
 * also takes one; two 660 kW sidecars would be needed only above 660 kW.
 */
describe('800 VDC distribution, worked by hand', () => {
  it('ten Vera Rubin racks at 2N: 4 rectifiers and 50.4 m of DC busway, no AC busway', () => {
    const b = analyze(blockProject({ profileId: 'vr-nvl144', count: 10 }, { scenario: { powerRedundancy: '2N' } }), catalog, BLOCK_SCENARIO);
    expect(quantityOf(b, 'rectifier-800vdc-1500kw')).toBe(4);
    expect(quantityOf(b, 'busway-800vdc-2500a')).toBeCloseTo(50.4, 9);
    expect(linesOf(b, 'busway-800vdc-2500a')[0]!.derivation).toContain('800 V × 2,500 A × 0.8 continuous = 1,600 kW; 4 runs');
    for (const id of ['busway-800a', 'busway-1600a', 'busway-2500a', 'busway-tapoff', 'pdu-rack-3ph-60a']) expect(quantityOf(b, id), id).toBe(0);
  });

  it('GB200 racks below the threshold stay on AC busway', () => {
    const b = analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }), catalog, BLOCK_SCENARIO);
    expect(quantityOf(b, 'rectifier-800vdc-1500kw')).toBe(0);
    expect(quantityOf(b, 'busway-2500a')).toBeCloseTo(12.6, 9);
  });

  it("a scenario choosing no 800 VDC keeps 200 kW racks on 415 VAC busway", () => {
    const b = analyze(blockProject({ profileId: 'vr-nvl144', count: 10 }, { scenario: { powerRedundancy: '2N', dcDistribution: 'none' } }), catalog, BLOCK_SCENARIO);
    expect(quantityOf(b, 'rectifier-800vdc-1500kw')).toBe(0);
    expect(quantityOf(b, 'busway-800vdc-2500a')).toBe(0);
    expect(quantityOf(b, 'busway-2500a')).toBeCloseTo(50.4, 9);
    expect(quantityOf(b, 'busway-tapoff')).toBe(20);
    const explicit = analyze(blockProject({ profileId: 'vr-nvl144', count: 10 }, { scenario: { powerRedundancy: '2N', dcDistribution: 'high-density-racks' } }), catalog, BLOCK_SCENARIO);
    expect(quantityOf(explicit, 'rectifier-800vdc-1500kw')).toBe(4);
  });

  it('a scenario choosing power sidecars: one beside each 210 kW rack on the AC busway, no central rectifiers', () => {
    for (const powerRedundancy of ['N', '2N'] as const) {
      const b = analyze(blockProject({ profileId: 'vr-nvl144', count: 10 }, { scenario: { powerRedundancy, dcDistribution: 'sidecar' } }), catalog, BLOCK_SCENARIO);
      const [line] = linesOf(b, 'sidecar-800vdc-660kw');
      expect([line!.quantity, line!.totalUsd], powerRedundancy).toEqual([10, 2_200_000]);
      expect(line!.derivation).toContain('Vera Rubin NVL144 210 kW: ⌈210 / 660 kW⌉ = 1 per rack; 10 sidecars');
      expect(quantityOf(b, 'rectifier-800vdc-1500kw')).toBe(0);
      expect(quantityOf(b, 'busway-800vdc-2500a')).toBe(0);
      expect(quantityOf(b, 'pdu-rack-3ph-60a')).toBe(0);
    }
    const b = analyze(blockProject({ profileId: 'vr-nvl144', count: 10 }, { scenario: { powerRedundancy: '2N', dcDistribution: 'sidecar' } }), catalog, BLOCK_SCENARIO);
    expect(quantityOf(b, 'busway-2500a')).toBeCloseTo(50.4, 9);
    expect(quantityOf(b, 'busway-tapoff')).toBe(20);
  });

  it('old files without the field read, and keep the threshold rule; an unknown choice is refused', () => {
    expect(ScenarioRecord.parse(scenario).dcDistribution).toBeUndefined();
    expect(ScenarioRecord.parse({ ...scenario, dcDistribution: 'none' }).dcDistribution).toBe('none');
    expect(ScenarioRecord.parse({ ...scenario, dcDistribution: 'sidecar' }).dcDistribution).toBe('sidecar');
    expect(() => ScenarioRecord.parse({ ...scenario, dcDistribution: '1500vdc' })).toThrow();
  });
});
