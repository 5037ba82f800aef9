import { HOURS_PER_YEAR } from './inputs.ts';

// Sums of an hourly year: the monthly energy table and the load-duration curve. One MW for one hour is one MWh.

const DAYS_PER_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** First hour of each month and the end of the year: [0, 744, 1416, ..., 8760]. */
export const MONTH_START_HOURS: readonly number[] = DAYS_PER_MONTH.reduce<number[]>((starts, days) => [...starts, starts.at(-1)! + days * 24], [0]);

export interface MonthlyEnergyRow {
  readonly month: (typeof MONTH_NAMES)[number];
  readonly hours: number;
  readonly aiMwh: number;
  readonly miningMwh: number;
  readonly curtailedMwh: number;
  readonly miningRevenueUsd: number;
  /** null when no power price is set. */
  readonly powerCostUsd: number | null;
  readonly peakMw: number;
}

export interface HourlySeries {
  readonly aiMw: Float64Array;
  readonly miningMw: Float64Array;
  readonly curtailedMw: Float64Array;
  readonly priceUsdPerMwh: Float64Array | null;
}

export function monthlyEnergy(series: HourlySeries, miningRevenueUsdPerMwh: number): MonthlyEnergyRow[] {
  return MONTH_NAMES.map((month, i) => {
    const from = MONTH_START_HOURS[i]!;
    const to = MONTH_START_HOURS[i + 1]!;
    let aiMwh = 0;
    let miningMwh = 0;
    let curtailedMwh = 0;
    let cost = 0;
    let peakMw = 0;
    for (let h = from; h < to; h += 1) {
      const ai = series.aiMw[h]!;
      const mining = series.miningMw[h]!;
      aiMwh += ai;
      miningMwh += mining;
      curtailedMwh += series.curtailedMw[h]!;
      if (series.priceUsdPerMwh) cost += (ai + mining) * series.priceUsdPerMwh[h]!;
      peakMw = Math.max(peakMw, ai + mining);
    }
    return {
      month,
      hours: to - from,
      aiMwh,
      miningMwh,
      curtailedMwh,
      miningRevenueUsd: miningMwh * miningRevenueUsdPerMwh,
      powerCostUsd: series.priceUsdPerMwh ? cost : null,
      peakMw,
    };
  });
}

/** Site load sorted from the highest hour to the lowest: the x axis is hours of the year at or above that load. */
export function loadDurationCurve(aiMw: Float64Array, miningMw: Float64Array): Float64Array {
  const total = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < HOURS_PER_YEAR; h += 1) total[h] = aiMw[h]! + miningMw[h]!;
  return total.sort().reverse();
}

/** Hour h of the year as the calendar reads it (a 365-day year from 1 January 00:00): 4,984 → "27 Jul 16:00". */
export function hourOfYearText(hour: number): string {
  let month = MONTH_NAMES.length - 1;
  while (month > 0 && MONTH_START_HOURS[month]! > hour) month -= 1;
  const day = Math.floor((hour - MONTH_START_HOURS[month]!) / 24) + 1;
  return `${day} ${MONTH_NAMES[month]} ${String(hour % 24).padStart(2, '0')}:00`;
}
