import { aiUtilisation } from './ai-profile.ts';
import {
  crossFieldIssues,
  firmLimitMw,
  HOURS_PER_YEAR,
  LoadProfileInputError,
  type HourlyPrices,
  type LoadProfileInputs,
  type SiteLimits,
} from './inputs.ts';
import { dispatchMining } from './mining-dispatch.ts';
import { monthlyEnergy, type MonthlyEnergyRow } from './summary.ts';

// One year of hourly site load: the AI halls at the meter (IT × PUE), mining in the headroom under the firm limit,
// and what mining gave up to demand response, to prices above its breakeven and to its ramp and run-time limits.
// Mining stops in any hour priced above its breakeven; with a flat price that is every hour or none.
// The load-duration curve is left to loadDurationCurve(result.aiMw, result.miningMw): sorting the year costs more
// than the rest of the simulation, and the economics, which re-runs it for its sensitivity cases, never reads it.

/** An hour counts as at the limit when the site draws within this of it. */
export const AT_LIMIT_TOLERANCE_MW = 1e-6;

export type LimitingConstraint = 'interconnect' | 'substation' | 'site-electrical';

export interface LoadProfileTotals {
  readonly aiMwh: number;
  readonly miningMwh: number;
  readonly miningRevenueUsd: number;
  /** Mining the fleet and the headroom allowed but did not run: the three reasons below sum to it. */
  readonly curtailedMwh: number;
  readonly curtailedForDemandResponseMwh: number;
  readonly curtailedForPriceMwh: number;
  readonly curtailedForRampMwh: number;
  readonly hoursAtLimit: number;
  readonly peakMw: number;
  readonly peakPctOfLimit: number;
  /** Average ÷ peak site load. */
  readonly loadFactorPct: number;
  /** Average site load ÷ the firm limit. */
  readonly limitUtilisationPct: number;
  readonly largestHourlyRampMw: number;
  readonly miningStarts: number;
  readonly miningOnHours: number;
  /** null when no power price is set. */
  readonly aiPowerCostUsd: number | null;
  readonly miningPowerCostUsd: number | null;
  /** The site's power cost (AI and mining), the monthly table's column sum; null when no power price is set. */
  readonly powerCostUsd: number | null;
}

export interface LoadProfileResult {
  readonly limitMw: number;
  readonly limitingConstraint: LimitingConstraint;
  readonly aiMw: Float64Array;
  readonly miningMw: Float64Array;
  readonly curtailedMw: Float64Array;
  readonly priceUsdPerMwh: Float64Array | null;
  readonly totals: LoadProfileTotals;
  readonly monthly: MonthlyEnergyRow[];
}

function limitingConstraint(limits: SiteLimits): LimitingConstraint {
  const limit = firmLimitMw(limits);
  if (limits.interconnectMw === limit) return 'interconnect';
  return limits.substationMw === limit ? 'substation' : 'site-electrical';
}

function priceSeries(prices: HourlyPrices | null): Float64Array | null {
  if (prices === null) return null;
  if (prices.kind === 'flat') return new Float64Array(HOURS_PER_YEAR).fill(prices.usdPerMwh);
  return Float64Array.from(prices.usdPerMwh);
}

function siteAiMw(inputs: LoadProfileInputs): Float64Array {
  const aiMw = new Float64Array(HOURS_PER_YEAR);
  for (const hall of inputs.halls) {
    const utilisation = aiUtilisation(hall.profile, inputs.yearStartsOnWeekday);
    const hallMw = hall.itMw * inputs.pue;
    for (let h = 0; h < HOURS_PER_YEAR; h += 1) aiMw[h] = aiMw[h]! + hallMw * utilisation[h]!;
  }
  return aiMw;
}

function demandResponseCapMw(inputs: LoadProfileInputs): Float64Array {
  const cap = new Float64Array(HOURS_PER_YEAR).fill(Number.POSITIVE_INFINITY);
  for (const e of inputs.demandResponse) {
    for (let h = e.startHour; h < e.startHour + e.hours; h += 1) cap[h] = Math.min(cap[h]!, e.miningMaxMw);
  }
  return cap;
}

export function simulateLoadProfile(inputs: LoadProfileInputs): LoadProfileResult {
  const issues = crossFieldIssues(inputs);
  if (issues.length > 0) throw new LoadProfileInputError(issues);
  const limitMw = firmLimitMw(inputs.limits);
  const aiMw = siteAiMw(inputs);
  const price = priceSeries(inputs.prices);
  const drCap = demandResponseCapMw(inputs);
  const mining = inputs.mining;
  const availableMw = new Float64Array(HOURS_PER_YEAR);
  const capMw = new Float64Array(HOURS_PER_YEAR);
  const priceOff = new Uint8Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h += 1) {
    const available = mining ? Math.max(0, Math.min(mining.fleetMw, limitMw - aiMw[h]!)) : 0;
    availableMw[h] = available;
    priceOff[h] = mining && price && price[h]! > mining.breakevenUsdPerMwh ? 1 : 0;
    capMw[h] = priceOff[h] ? 0 : Math.min(available, drCap[h]!);
  }
  const dispatch = mining ? dispatchMining(capMw, mining.rampMwPerHour, mining.minRunHours) : { miningMw: new Float64Array(HOURS_PER_YEAR), starts: 0, onHours: 0 };
  const miningMw = dispatch.miningMw;
  const curtailedMw = new Float64Array(HOURS_PER_YEAR);
  let aiMwh = 0, miningMwh = 0, drMwh = 0, priceMwh = 0, rampMwh = 0, hoursAtLimit = 0, peakMw = 0, largestRampMw = 0;
  let aiCost = 0, miningCost = 0;
  for (let h = 0; h < HOURS_PER_YEAR; h += 1) {
    const ai = aiMw[h]!;
    const m = miningMw[h]!;
    const curtailed = availableMw[h]! - m;
    curtailedMw[h] = curtailed;
    if (drCap[h]! < availableMw[h]!) drMwh += curtailed;
    else if (priceOff[h]) priceMwh += curtailed;
    else rampMwh += curtailed;
    aiMwh += ai;
    miningMwh += m;
    const total = ai + m;
    if (total >= limitMw - AT_LIMIT_TOLERANCE_MW) hoursAtLimit += 1;
    peakMw = Math.max(peakMw, total);
    if (h > 0) largestRampMw = Math.max(largestRampMw, Math.abs(total - aiMw[h - 1]! - miningMw[h - 1]!));
    if (price) {
      aiCost += ai * price[h]!;
      miningCost += m * price[h]!;
    }
  }
  const revenuePerMwh = mining?.revenueUsdPerMwh ?? 0;
  const averageMw = (aiMwh + miningMwh) / HOURS_PER_YEAR;
  const totals: LoadProfileTotals = {
    aiMwh,
    miningMwh,
    miningRevenueUsd: miningMwh * revenuePerMwh,
    curtailedMwh: drMwh + priceMwh + rampMwh,
    curtailedForDemandResponseMwh: drMwh,
    curtailedForPriceMwh: priceMwh,
    curtailedForRampMwh: rampMwh,
    hoursAtLimit,
    peakMw,
    peakPctOfLimit: peakMw / limitMw,
    loadFactorPct: peakMw > 0 ? averageMw / peakMw : 0,
    limitUtilisationPct: averageMw / limitMw,
    largestHourlyRampMw: largestRampMw,
    miningStarts: dispatch.starts,
    miningOnHours: dispatch.onHours,
    aiPowerCostUsd: price ? aiCost : null,
    miningPowerCostUsd: price ? miningCost : null,
    powerCostUsd: price ? aiCost + miningCost : null,
  };
  const series = { aiMw, miningMw, curtailedMw, priceUsdPerMwh: price };
  return {
    limitMw,
    limitingConstraint: limitingConstraint(inputs.limits),
    ...series,
    totals,
    monthly: monthlyEnergy(series, revenuePerMwh),
  };
}
