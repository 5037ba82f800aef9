// The Lake Mariner sample (shared/analysis/economics/sample.ts, arithmetic in its header) lands where the public
// figures put it: lease year 1 = 151 ÷ 1.1464 = $131.7/kW-month → $94.84M; AI power 75 MW × 86.45% × 8,760 h × $45
// = $25.56M; fixed opex $15.36M → EBITDA ≈ $53.9M (≈ 57% margin, ≈ $0.9M per MW of IT) on $420M of capex.
import { describe, expect, it } from 'vitest';
import { analysePhaseEconomics, parsePhaseEconomicsCase, SAMPLE_LAKE_MARINER_PHASE } from '../../../shared/analysis/economics/index.ts';

describe('the Lake Mariner sample', () => {
  it('is a valid case', () => {
    expect(parsePhaseEconomicsCase(SAMPLE_LAKE_MARINER_PHASE).ok).toBe(true);
  });

  const r = analysePhaseEconomics(SAMPLE_LAKE_MARINER_PHASE);
  const s = r.summary;

  it('reproduces the hand arithmetic of its stabilised year', () => {
    const lease = 60_000 * (151 / ((1.03 ** 10 - 1) / 0.3)) * 12;
    const utilisation = 0.9 * (1 - (0.6 * 0.1) / 2) - (96 * (0.9 * 0.97 - 0.1)) / 8760;
    const power = 75 * utilisation * 8760 * 45;
    const fixed = 60 * 60_000 + (0.015 + 0.003 + 0.01) * 420e6;
    expect(r.stabilisedYear.dataCenterRevenueUsd).toBeCloseTo(lease, 3);
    // By hand every 2-hour period has its checkpoint; the simulated year's first falls at hour 2 (1 in 4,380 fewer).
    expect(r.stabilisedYear.aiPowerCostUsd / power).toBeCloseTo(1, 4);
    expect(s.ebitdaStabilisedUsd / (lease - power - fixed)).toBeCloseTo(1, 4);
  });

  it('gives the order of magnitude of a public conversion', () => {
    expect(s.capexUsd).toBe(420e6);
    expect(s.ebitdaStabilisedUsd / 60).toBeGreaterThan(0.5e6);
    expect(s.ebitdaStabilisedUsd / 60).toBeLessThan(1.5e6);
    expect(s.ebitdaMarginStabilisedPct!).toBeGreaterThan(0.4);
    expect(s.ebitdaMarginStabilisedPct!).toBeLessThan(0.7);
    expect(s.irrUnlevered.kind).toBe('rate');
    if (s.irrUnlevered.kind === 'rate') {
      expect(s.irrUnlevered.rate).toBeGreaterThan(0.02);
      expect(s.irrUnlevered.rate).toBeLessThan(0.15);
    }
    expect(s.paybackYears!).toBeGreaterThan(4);
    expect(s.paybackYears!).toBeLessThan(10);
    expect(s.minDscr!).toBeGreaterThan(1);
  });

  it('re-rates the site by the data-center multiple, the mining fleet untouched', () => {
    expect(r.loadAfter.totals.curtailedMwh).toBeCloseTo(0, 6);
    expect(r.loadAfter.totals.miningMwh).toBeCloseTo(245 * 8760, 3);
    expect(r.valuation.miningValueAfterUsd).toBeCloseTo(r.valuation.valueBeforeUsd, 3);
    expect(s.reratingUsd).toBeCloseTo(s.ebitdaStabilisedUsd * 22.5 - 420e6, 0);
    expect(s.reratingUsd).toBeGreaterThan(0.5e9);
    expect(s.reratingUsd).toBeLessThan(1.2e9);
  });
});
