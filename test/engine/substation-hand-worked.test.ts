import { describe, expect, it } from 'vitest';
import { analyze, type ScenarioReport } from '../../shared/analysis/index.ts';
import type { Redundancy, SiteRecord } from '../../shared/model/index.ts';
import { sizeBlock } from '../../shared/analysis/size-block.ts';
import { BLOCK_SCENARIO, blockProject, catalog, linesOf, quantityOf } from './fixtures.ts';

/*
 * The HV side. Ten GB200 racks, design day 1,570.18 kW / 0.95 = 1,652.83 kVA, on a 345 kV site whose existing
 * substation gives the project 1 MVA: 1,652.83 − 1,000 = 652.83 kVA to add at 345 kV.
 *   One 60 MVA large power transformer carries it (the cheapest single unit, $4.5M) → N: 1, N+1: 2, 2N: 2 (two
 *   independent utility paths, one transformer each).
 *   HV bays: one per transformer + one line bay per utility source: N 1 + 1 = 2; N+1 2 + 1 = 3; 2N 2 + 2 = 4.
 * Lead times: large power transformers 128 weeks (Wood Mackenzie); MV/LV distribution transformers of 500 kVA–2.5 MVA
 *   28 weeks and 2.5–10 MVA 36 weeks (top of FluxCo's 2026 ranges). With the extension the longest lead is 128
 *   weeks; without it, the 48 weeks of switchgear.
 * A site whose existing substation carries the load gets no HV lines; a 500 kV site with no 500 kV unit in the
 *   catalog gets a catalog-gap error.
 * A sized block (`powerhall size`) has no existing substation: it brings its own at the assumed 138 kV
 *   (block-utility-kv). The same ten racks at 2N: 1,652.83 kVA at 138 kV → ⌈1,652.83 / 60,000⌉ = 1 → 2N: 2 LPTs
 *   ("up to 345 kV" units serve 138 kV), 2 + 2 = 4 bays; no substation-exceeded warning (there is nothing to
 *   exceed), and 1,652.83 kVA on a 60,000 kVA transformer (2.8%) is named in the small-block info check.
 */
function bill(powerRedundancy: Redundancy, site: Partial<SiteRecord> = { substationMva: 1, utilityVoltageKv: 345 }): ScenarioReport {
  return analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }, { scenario: { powerRedundancy }, site }), catalog, BLOCK_SCENARIO);
}

describe('substation extension at the utility voltage, worked by hand', () => {
  it('large power transformers and HV bays by redundancy; a second utility source at 2N', () => {
    const expected: [Redundancy, number, number][] = [['N', 1, 2], ['N+1', 2, 3], ['2N', 2, 4]];
    for (const [r, transformers, bays] of expected) {
      const b = bill(r);
      expect(quantityOf(b, 'xfmr-hv-345kv-60mva'), r).toBe(transformers);
      expect(quantityOf(b, 'hv-bay-345kv'), r).toBe(bays);
    }
    const b = bill('2N');
    expect(linesOf(b, 'xfmr-hv-345kv-60mva')[0]!.derivation).toContain('design-day load 1,652.83 kVA − existing substation 1,000 kVA = 652.83 kVA to add at 345 kV');
    expect(linesOf(b, 'hv-bay-345kv')[0]!.derivation).toContain('needs two independent utility paths');
    expect(b.summary.longestLeadWeeks).toBe(128);
    expect(b.checks.find((c) => c.code === 'substation-exceeded')!.severity).toBe('warning');
  });

  it('distribution transformers carry their own lead time; no extension when the substation suffices', () => {
    const b = bill('N', { substationMva: 100 });
    expect(linesOf(b, 'xfmr-mvlv-2500kva')[0]!.leadTimeWeeks).toBe(28);
    expect(linesOf(b, 'xfmr-mvlv-2500kva')[0]!.source).toContain('fluxco-2026');
    expect(quantityOf(b, 'xfmr-hv-345kv-60mva') + quantityOf(b, 'hv-bay-345kv')).toBe(0);
    expect(b.summary.longestLeadWeeks).toBe(48);
  });

  it('a utility voltage above every catalog unit is a catalog gap', () => {
    const b = bill('N', { substationMva: 1, utilityVoltageKv: 500 });
    expect(b.checks.some((c) => c.code === 'catalog-gap' && c.message.includes('500 kV'))).toBe(true);
  });

  it('a sized block brings its own substation at the assumed utility voltage', () => {
    const b = sizeBlock({ profileId: 'gb200-nvl72', count: 10, powerRedundancy: '2N', coolingRedundancy: 'N+1' }, catalog);
    expect(quantityOf(b, 'xfmr-hv-345kv-60mva')).toBe(2);
    expect(quantityOf(b, 'hv-bay-345kv')).toBe(4);
    expect(linesOf(b, 'xfmr-hv-345kv-60mva')[0]!.derivation).toContain('Substation: no existing substation: design-day load 1,652.83 kVA at 138 kV');
    expect(b.checks.some((c) => c.code === 'substation-exceeded')).toBe(false);
    expect(b.checks.find((c) => c.code === 'below-catalog-granularity')?.message ?? '').toContain('1,652.83 kVA on the smallest hv-transformer of 60,000 kVA (2.8%)');
    expect(b.checks.find((c) => c.id === 'assumed-input/block-site')!.message).toContain('its own substation at 138 kV');
  });
});
