// Self-operated GPU hours instead of a lease, by hand (fixtures.ts handCase otherwise):
//   10 MW IT × 500 GPUs/MW × 80% sold × $2/GPU-hour × 8,760 h = $70,080,000 a year.
//   GPUs: 5,000 × $30,000 = $150M, bought in week 51 for energisation at week 52 → year-1 capex $200M.
//   Depreciation year 2: $50M ÷ 10 + $150M ÷ 5 = $35M.
import { describe, expect, it } from 'vitest';
import { analysePhaseEconomics, parsePhaseEconomicsCase } from '../../../shared/analysis/economics/index.ts';
import { handCase } from './fixtures.ts';

describe('self-operated GPU hours', () => {
  const c = handCase({ economics: { revenue: { kind: 'gpu-hours', usdPerGpuHour: 2, gpusPerMwIt: 500, gpuUtilisationPct: 0.8, gpuCapexUsdPerGpu: 30_000, gpuDepreciationYears: 5, operatingYears: 2 } } });
  const r = analysePhaseEconomics(c, { sensitivity: [] });

  it('parses', () => expect(parsePhaseEconomicsCase(c).ok).toBe(true));

  it('earns GPU hours and buys the GPUs with the capacity', () => {
    expect(r.stabilisedYear.dataCenterRevenueUsd).toBeCloseTo(70_080_000, 3);
    expect(r.cashFlows[2]!.dataCenterRevenueUsd).toBeCloseTo(70_080_000, 3);
    expect(r.cashFlows[0]!.capexUsd).toBeCloseTo(200e6, 3);
    expect(r.summary.capexUsd).toBeCloseTo(200e6, 3);
    expect(r.cashFlows[1]!.depreciationUsd).toBeCloseTo(35e6, 3);
    expect(r.stabilisedYear.powerRecoveredUsd).toBe(0);
  });
});
