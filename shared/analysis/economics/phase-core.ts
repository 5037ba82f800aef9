import { simulateLoadProfile, type LoadProfileResult } from '../load-profile/simulate.ts';
import { capexByQuarter, cashFlowTable, cashFlowTotals, type CapexQuarter, type CashFlowTotals, type CashFlowYear } from './cash-flows.ts';
import type { PhaseEconomicsCase } from './inputs.ts';
import { irr, npv, paybackYears, type IrrResult } from './irr.ts';
import { loadInputs } from './load-inputs.ts';
import { fleetMwAfter, miningRevenueUsdPerMwh } from './mining.ts';
import { dataCenterEbitdaOf, ebitdaOf, opexOf, operatingYear, revenueOf, type OperatingBasis, type OperatingYear } from './operations.ts';
import { buildTimeline, facilityCapexByWeek } from './timeline.ts';
import { valuation, type Valuation } from './valuation.ts';

// One evaluation of a phase: the two load years, the weekly timeline, the yearly table and the headline figures
// read from it. A variant moves the inputs a sensitivity swings; the base case is the variant that moves nothing.

export interface PhaseVariant {
  readonly revenueFactor: number;
  readonly capexFactor: number;
  readonly priceFactor: number;
  readonly pue: number;
  readonly miningEvPerEbitda: number;
  readonly dataCenterEvPerEbitda: number;
  /** Weeks first power (and full power) slip while capex is spent as planned. */
  readonly delayWeeks: number;
}

export const baseVariant = (c: PhaseEconomicsCase): PhaseVariant => ({
  revenueFactor: 1,
  capexFactor: 1,
  priceFactor: 1,
  pue: c.phase.pue,
  miningEvPerEbitda: c.economics.multiples.miningEvPerEbitda,
  dataCenterEvPerEbitda: c.economics.multiples.dataCenterEvPerEbitda,
  delayWeeks: 0,
});

export interface StabilisedYear extends OperatingYear {
  readonly revenueUsd: number;
  readonly opexUsd: number;
  readonly ebitdaUsd: number;
  readonly ebitdaMarginPct: number | null;
  readonly dataCenterEbitdaUsd: number;
}

export interface EconomicsSummary {
  readonly capexUsd: number;
  readonly debtUsd: number;
  readonly irrUnlevered: IrrResult;
  readonly irrLevered: IrrResult;
  readonly npvUsd: number;
  readonly discountRatePct: number;
  readonly paybackYears: number | null;
  /** Full power, full billing, lease year 1: the run-rate a multiple is applied to. */
  readonly ebitdaStabilisedUsd: number;
  readonly ebitdaMarginStabilisedPct: number | null;
  readonly valuationBeforeUsd: number;
  readonly valuationAfterUsd: number;
  readonly reratingUsd: number;
  /** Lowest and average DSCR over the years principal is due; null without debt. */
  readonly minDscr: number | null;
  readonly averageDscr: number | null;
}

export interface PhaseCore {
  readonly summary: EconomicsSummary;
  readonly cashFlows: CashFlowYear[];
  /** The table's column sums: capex, EBITDA and free cash flow totals are the headline figures' own. */
  readonly cashFlowTotals: CashFlowTotals;
  readonly capexByQuarter: CapexQuarter[];
  readonly stabilisedYear: StabilisedYear;
  readonly valuation: Valuation;
  readonly loadBefore: LoadProfileResult;
  readonly loadAfter: LoadProfileResult;
  readonly timeline: { readonly years: number; readonly energisationWeek: number; readonly fullPowerWeek: number; readonly revenueEndWeek: number; readonly repaymentStartYear: number };
  readonly mining: { readonly revenueUsdPerMwh: number; readonly fleetMwBefore: number; readonly fleetMwAfter: number };
}

/** Load years by case: sensitivity cases that leave PUE and price alone reuse the base simulations, and the year
 * before the phase (no AI halls) depends on the price only. */
export type LoadCache = Map<string, LoadProfileResult>;

function cachedLoad(c: PhaseEconomicsCase, which: 'before' | 'after', v: PhaseVariant, cache: LoadCache): LoadProfileResult {
  const key = which === 'before' ? `before|${v.priceFactor}` : `after|${v.pue}|${v.priceFactor}`;
  let year = cache.get(key);
  if (!year) {
    year = simulateLoadProfile(loadInputs(c, which, { pue: v.pue, priceFactor: v.priceFactor }));
    cache.set(key, year);
  }
  return year;
}

function loadYears(c: PhaseEconomicsCase, v: PhaseVariant, cache: LoadCache) {
  return { before: cachedLoad(c, 'before', v, cache), after: cachedLoad(c, 'after', v, cache) };
}

const miningEbitda = (load: LoadProfileResult): number => load.totals.miningRevenueUsd - (load.totals.miningPowerCostUsd ?? 0);

function dscrStats(rows: readonly CashFlowYear[]): { min: number | null; average: number | null } {
  const values = rows.map((r) => r.dscr).filter((d): d is number => d !== null);
  if (values.length === 0) return { min: null, average: null };
  return { min: Math.min(...values), average: values.reduce((a, b) => a + b, 0) / values.length };
}

export function evaluatePhase(c: PhaseEconomicsCase, v: PhaseVariant, cache: LoadCache = new Map()): PhaseCore {
  const { economics } = c;
  const { before, after } = loadYears(c, v, cache);
  const plannedCapex = facilityCapexByWeek(c.phase).map((usd) => usd * v.capexFactor);
  const t = buildTimeline(economics, c.phase, { facilityCapexUsd: plannedCapex, delayWeeks: v.delayWeeks });
  const basis: OperatingBasis = {
    economics,
    phase: { ...c.phase, pue: v.pue },
    revenueFactor: v.revenueFactor,
    facilityCapexUsd: c.phase.capexUsd * v.capexFactor,
    after: after.totals,
    before: before.totals,
  };
  const cashFlows = cashFlowTable(economics, basis, t);
  const stable = operatingYear(basis, { delivered: 1, billed: 1, rateFactor: 1, inService: true });
  const stabilisedYear: StabilisedYear = {
    ...stable,
    revenueUsd: revenueOf(stable),
    opexUsd: opexOf(stable),
    ebitdaUsd: ebitdaOf(stable),
    ebitdaMarginPct: revenueOf(stable) > 0 ? ebitdaOf(stable) / revenueOf(stable) : null,
    dataCenterEbitdaUsd: dataCenterEbitdaOf(stable),
  };
  const totals = cashFlowTotals(cashFlows);
  const capexUsd = totals.capexUsd;
  const value = valuation({
    miningEbitdaBeforeUsd: miningEbitda(before),
    miningEbitdaAfterUsd: miningEbitda(after),
    dataCenterEbitdaUsd: stabilisedYear.dataCenterEbitdaUsd,
    miningEvPerEbitda: v.miningEvPerEbitda,
    dataCenterEvPerEbitda: v.dataCenterEvPerEbitda,
    capexUsd,
  });
  const unlevered = cashFlows.map((r) => r.freeCashFlowUsd);
  const levered = cashFlows.map((r) => r.leveredFreeCashFlowUsd);
  const dscr = dscrStats(cashFlows);
  return {
    summary: {
      capexUsd,
      debtUsd: totals.debtDrawnUsd,
      irrUnlevered: irr(unlevered),
      irrLevered: irr(levered),
      npvUsd: npv(economics.discountRatePct, unlevered),
      discountRatePct: economics.discountRatePct,
      paybackYears: paybackYears(unlevered),
      ebitdaStabilisedUsd: stabilisedYear.ebitdaUsd,
      ebitdaMarginStabilisedPct: stabilisedYear.ebitdaMarginPct,
      valuationBeforeUsd: value.valueBeforeUsd,
      valuationAfterUsd: value.valueAfterUsd,
      reratingUsd: value.reratingUsd,
      minDscr: dscr.min,
      averageDscr: dscr.average,
    },
    cashFlows,
    cashFlowTotals: totals,
    capexByQuarter: capexByQuarter(t),
    stabilisedYear,
    valuation: value,
    loadBefore: before,
    loadAfter: after,
    timeline: { years: t.years, energisationWeek: t.energisationWeek, fullPowerWeek: t.fullPowerWeek, revenueEndWeek: t.revenueEndWeek, repaymentStartYear: t.repaymentStartYear },
    mining: { revenueUsdPerMwh: miningRevenueUsdPerMwh(economics.mining), fleetMwBefore: c.phase.miningMwBefore, fleetMwAfter: fleetMwAfter(economics.mining, c.phase.miningMwBefore) },
  };
}
