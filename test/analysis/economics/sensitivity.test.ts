import { describe, expect, it } from 'vitest';
import { analysePhaseEconomics, SAMPLE_LAKE_MARINER_PHASE, type SensitivityRow } from '../../../shared/analysis/economics/index.ts';
import { handCase } from './fixtures.ts';

describe('tornado', () => {
  const r = analysePhaseEconomics(SAMPLE_LAKE_MARINER_PHASE);
  const row = (input: SensitivityRow['input']) => r.sensitivity.find((s) => s.input === input)!;
  const base = r.summary.npvUsd;

  it('swings the seven inputs, widest NPV swing first', () => {
    expect(r.sensitivity.map((s) => s.input).sort()).toEqual(['capex', 'data-center-multiple', 'delay-months', 'lease-rate', 'mining-multiple', 'power-price', 'pue']);
    const swings = r.sensitivity.map((s) => Math.abs(s.npvHighUsd! - s.npvLowUsd!));
    for (let i = 1; i < swings.length; i += 1) expect(swings[i]!).toBeLessThanOrEqual(swings[i - 1]!);
  });

  it('moves the NPV the way each input should', () => {
    expect(row('lease-rate').npvHighUsd!).toBeGreaterThan(base);
    expect(row('lease-rate').npvLowUsd!).toBeLessThan(base);
    expect(row('capex').npvHighUsd!).toBeLessThan(base);
    expect(row('power-price').npvHighUsd!).toBeLessThan(base);
    expect(row('pue').npvHighUsd!).toBeLessThan(base);
    expect(row('delay-months').npvLowUsd!).toBeCloseTo(base, 3);
    expect(row('delay-months').npvHighUsd!).toBeLessThan(base);
    expect(row('lease-rate').low).toBeCloseTo(SAMPLE_LAKE_MARINER_PHASE.economics.revenue.kind === 'lease' ? SAMPLE_LAKE_MARINER_PHASE.economics.revenue.leaseUsdPerKwMonth * (121 / 154) : 0, 9);
    expect(row('pue').high).toBeCloseTo(1.25 * (1.19 / 1.14), 12);
  });

  it('multiples move the re-rating, not the cash', () => {
    const dc = row('data-center-multiple');
    expect(dc.npvLowUsd).toBeCloseTo(base, 3);
    expect(dc.npvHighUsd).toBeCloseTo(base, 3);
    expect(dc.highCase!.reratingUsd - dc.lowCase!.reratingUsd).toBeCloseTo(r.stabilisedYear.dataCenterEbitdaUsd * 5, 0);
    const mining = row('mining-multiple');
    // The fleet is untouched, so mining value before and after cancel at any multiple.
    expect(mining.highCase!.reratingUsd).toBeCloseTo(mining.lowCase!.reratingUsd, 0);
  });

  it('reports a swing that breaks the firm limit instead of failing', () => {
    const c = handCase();
    // AI 10 MW × PUE 1.2 = 12 MW under a 12.2 MW limit; PUE × 1.044 = 1.253 puts it at 12.53 MW.
    const tight = { ...c, site: { ...c.site, limits: { interconnectMw: 12.2, substationMw: 100, siteElectricalMw: 100 } } };
    const pue = analysePhaseEconomics(tight).sensitivity.find((s) => s.input === 'pue')!;
    expect(pue.npvHighUsd).toBeNull();
    expect(pue.npvLowUsd).not.toBeNull();
    expect(pue.note).toContain('exceeds the firm limit of 12.2 MW');
  });
});
