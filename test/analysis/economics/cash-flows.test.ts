// The yearly table of a round-number phase, by hand (fixtures.ts handCase):
//   10 MW IT, PUE 1.2, flat out → 12 MW × 8,760 h = 105,120 MWh × $50 = $5,256,000 of power a year.
//   Lease $150/kW-month, no escalator, 2 years from week 52 (energisation = full power): $18,000,000 a full year.
//   Lease ramp 1 month = 52/12 = 4.333 weeks; weeks 52–55 are billed at their middles 0.5, 1.5, 2.5, 3.5 ÷ 4.333,
//   short by 4 − 8/4.333 = 2.1538 weeks → year 2 revenue = 18,000,000 × (1 − 2.1538/52) = $17,254,437.87.
//   Opex: staff 10 MW × $100,000 = $1,000,000; maintenance 1% × $50M = $500,000 → with power $6,756,000.
//   EBITDA: year 2 $10,498,437.87, year 3 $11,244,000. Depreciation $50M ÷ 10 = $5M a year from week 52.
//   Debt: 50% of $50M = $25M drawn in year 1 (quarters 1–2) at SOFR 5% + 0: year-1 interest 5% × $25M/2 = $625,000.
//   Annuity over 2 years: 25M × 0.05 ÷ (1 − 1.05⁻²) = $13,445,121.95 a year; year 2 interest $1,250,000, principal
//   $12,195,121.95; year 3 interest 5% × $12,804,878.05 = $640,243.90, principal $12,804,878.05.
//   Tax 20%: unlevered year 2 (10,498,437.87 − 5M) × 0.2 = $1,099,687.57; year 3 (11,244,000 − 5M) × 0.2 = $1,248,800.
//   Levered: year 1 loses $625,000 (carried), year 2 (5,498,437.87 − 1,250,000 − 625,000) × 0.2 = $724,687.57,
//   year 3 (6,244,000 − 640,243.90) × 0.2 = $1,120,751.22.
//   DSCR year 2 (10,498,437.87 − 724,687.57) ÷ 13,445,121.95 = 0.72694; year 3 (11,244,000 − 1,120,751.22) ÷ 13,445,121.95 = 0.75293.
//   Free cash flow: −$50,000,000; $9,398,750.30; $9,995,200.
import { irr as libIrr, npv as libNpv } from 'financial';
import { describe, expect, it } from 'vitest';
import { analysePhaseEconomics, SAMPLE_LAKE_MARINER_PHASE, type CashFlowYear } from '../../../shared/analysis/economics/index.ts';
import { handCase } from './fixtures.ts';

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(Math.max(1e-6, Math.abs(expected) * 1e-9));

describe('a hand-worked phase', () => {
  const r = analysePhaseEconomics(handCase(), { sensitivity: [] });
  const [y1, y2, y3] = r.cashFlows as [CashFlowYear, CashFlowYear, CashFlowYear];
  const shortWeeks = 4 - 8 / (52 / 12);
  const year2Revenue = 18_000_000 * (1 - shortWeeks / 52);
  const payment = (25e6 * 0.05) / (1 - 1.05 ** -2);

  it('has three years: build, then the two lease years', () => {
    expect(r.cashFlows.map((c) => c.year)).toEqual([1, 2, 3]);
    expect(r.capexByQuarter.slice(0, 3).map((q) => q.capexUsd)).toEqual([25e6, 25e6, 0].map((x) => expect.closeTo(x, 3)));
  });

  it('revenue, opex and EBITDA', () => {
    close(y1.revenueUsd, 0);
    close(y2.revenueUsd, year2Revenue);
    close(y3.revenueUsd, 18_000_000);
    close(y2.aiPowerCostUsd, 5_256_000);
    close(y3.opexUsd, 6_756_000);
    close(y2.ebitdaUsd, year2Revenue - 6_756_000);
    close(y3.ebitdaUsd, 11_244_000);
    close(y3.ebitdaMarginPct!, 11_244_000 / 18_000_000);
    expect(y1.ebitdaMarginPct).toBeNull();
  });

  it('debt service and DSCR', () => {
    close(y1.interestUsd, 625_000);
    close(y2.interestUsd, 1_250_000);
    close(y2.principalUsd, payment - 1_250_000);
    close(y3.interestUsd, 0.05 * (25e6 - (payment - 1_250_000)));
    close(y3.debtBalanceEndUsd, 0);
    close(y2.debtServiceUsd, payment);
    expect(y1.dscr).toBeNull();
    close(y2.dscr!, (y2.ebitdaUsd - y2.taxLeveredUsd) / payment);
    expect(y2.dscr!).toBeCloseTo(0.72694, 5);
    expect(y3.dscr!).toBeCloseTo(0.75293, 5);
    close(r.summary.minDscr!, y2.dscr!);
  });

  it('tax with the construction-year loss carried forward, and free cash flows', () => {
    close(y2.taxUnleveredUsd, (year2Revenue - 6_756_000 - 5e6) * 0.2);
    close(y3.taxUnleveredUsd, 1_248_800);
    close(y2.taxLeveredUsd, (year2Revenue - 6_756_000 - 5e6 - 1_250_000 - 625_000) * 0.2);
    close(y1.freeCashFlowUsd, -50e6);
    close(y3.freeCashFlowUsd, 9_995_200);
    close(y1.leveredFreeCashFlowUsd, -25e6 - 625_000);
  });
});

describe('the table adds up to the headline figures', () => {
  const r = analysePhaseEconomics(SAMPLE_LAKE_MARINER_PHASE, { sensitivity: [] });
  const sum = (k: keyof CashFlowYear) => r.cashFlows.reduce((s, c) => s + (c[k] as number), 0);

  it('row identities hold every year', () => {
    for (const c of r.cashFlows) {
      close(c.revenueUsd, c.dataCenterRevenueUsd + c.powerRecoveredUsd + c.miningRevenueChangeUsd);
      close(c.opexUsd, c.aiPowerCostUsd + c.miningPowerCostChangeUsd + c.staffUsd + c.maintenanceUsd + c.insuranceUsd + c.propertyTaxUsd);
      close(c.ebitdaUsd, c.revenueUsd - c.opexUsd);
      close(c.ebitUsd, c.ebitdaUsd - c.depreciationUsd);
      close(c.freeCashFlowUsd, c.ebitdaUsd - c.capexUsd - c.taxUnleveredUsd);
      close(c.leveredFreeCashFlowUsd, c.ebitdaUsd - c.capexUsd + c.debtDrawnUsd - c.debtServiceUsd - c.taxLeveredUsd);
    }
  });

  it('the totals row is the column sums and carries the headline capex and debt', () => {
    for (const key of ['capexUsd', 'revenueUsd', 'opexUsd', 'ebitdaUsd', 'freeCashFlowUsd', 'leveredFreeCashFlowUsd', 'debtServiceUsd', 'taxUnleveredUsd'] as const) {
      close(r.cashFlowTotals[key], sum(key));
    }
    close(r.cashFlowTotals.ebitdaUsd, r.cashFlowTotals.revenueUsd - r.cashFlowTotals.opexUsd);
    expect(r.summary.capexUsd).toBe(r.cashFlowTotals.capexUsd);
    expect(r.summary.debtUsd).toBe(r.cashFlowTotals.debtDrawnUsd);
  });

  it('capex, debt and depreciation total what was spent and borrowed', () => {
    close(sum('capexUsd'), SAMPLE_LAKE_MARINER_PHASE.phase.capexUsd);
    close(r.summary.capexUsd, sum('capexUsd'));
    close(r.capexByQuarter.reduce((s, q) => s + q.capexUsd, 0), sum('capexUsd'));
    close(sum('debtDrawnUsd'), 0.6 * sum('capexUsd'));
    close(sum('principalUsd'), sum('debtDrawnUsd'));
    // 15-year life, revenue ends after 10 years and 35 weeks: depreciation taken is the in-service weeks' share.
    close(sum('depreciationUsd'), (SAMPLE_LAKE_MARINER_PHASE.phase.capexUsd / (15 * 52)) * (r.timeline.years * 52 - 35));
  });

  it('NPV, IRR and payback are those of the table, also by numpy-financial', () => {
    const flows = r.cashFlows.map((c) => c.freeCashFlowUsd);
    close(r.summary.npvUsd, libNpv(0.1, flows));
    expect(r.summary.irrUnlevered.kind).toBe('rate');
    if (r.summary.irrUnlevered.kind === 'rate') expect(r.summary.irrUnlevered.rate).toBeCloseTo(libIrr(flows), 9);
    const levered = r.cashFlows.map((c) => c.leveredFreeCashFlowUsd);
    if (r.summary.irrLevered.kind === 'rate') expect(r.summary.irrLevered.rate).toBeCloseTo(libIrr(levered), 9);
    let cumulative = 0;
    const year = flows.findIndex((f) => (cumulative += f) >= 0);
    const before = flows.slice(0, year).reduce((a, b) => a + b, 0);
    close(r.summary.paybackYears!, year - 1 + -before / flows[year]!);
  });
});
