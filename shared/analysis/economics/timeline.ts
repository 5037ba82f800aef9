import { revenueYears, type EconomicsInputs, type PhaseInputs } from './inputs.ts';

// The phase on a weekly grid from week 0 (the start of year 1): a year is 52 weeks and a quarter 13, so that annual
// figures spread over a year's weeks add back to exactly one year. Each week is valued at its middle.
//   delivered: share of the phase's IT capacity energised, rising evenly from energisation to full power;
//   billed:    what the tenant pays for: delivered, but no faster than the lease ramp from first power;
//   in service: from energisation until the lease term (or operating period) ends.

export const WEEKS_PER_YEAR = 52;
export const WEEKS_PER_QUARTER = 13;
const WEEKS_PER_MONTH = WEEKS_PER_YEAR / 12;

export interface Timeline {
  readonly weeks: number;
  readonly years: number;
  readonly energisationWeek: number;
  readonly fullPowerWeek: number;
  /** First week after the revenue ends. */
  readonly revenueEndWeek: number;
  /** The first year (0-based) with debt principal due: the year after the last capex is spent. */
  readonly repaymentStartYear: number;
  readonly facilityCapexUsd: Float64Array;
  readonly gpuCapexUsd: Float64Array;
  readonly delivered: Float64Array;
  readonly billed: Float64Array;
  readonly inService: Uint8Array;
  /** Lease escalation of the week: (1 + escalator)^(whole lease years since first power). */
  readonly rateFactor: Float64Array;
}

/** Facility capex by week: the quarters given, or an even spend from design start to full power. */
export function facilityCapexByWeek(phase: PhaseInputs): Float64Array {
  const quarters = phase.capexByQuarterUsd;
  if (quarters) {
    const out = new Float64Array(quarters.length * WEEKS_PER_QUARTER);
    quarters.forEach((usd, q) => out.fill(usd / WEEKS_PER_QUARTER, q * WEEKS_PER_QUARTER, (q + 1) * WEEKS_PER_QUARTER));
    return out;
  }
  const { designStartWeek: start, fullPowerWeek: end } = phase.schedule;
  const out = new Float64Array(end + 1);
  if (end === start) out[start] = phase.capexUsd;
  else out.fill(phase.capexUsd / (end - start), start, end);
  return out;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

export function deliveredAt(weekMiddle: number, energisationWeek: number, fullPowerWeek: number): number {
  if (weekMiddle < energisationWeek) return 0;
  if (fullPowerWeek === energisationWeek) return 1;
  return clamp01((weekMiddle - energisationWeek) / (fullPowerWeek - energisationWeek));
}

export interface TimelineOptions {
  /** Facility capex by week, when it must not move with the schedule (a delay to first power spends as planned). */
  readonly facilityCapexUsd?: Float64Array;
  readonly delayWeeks?: number;
}

export function buildTimeline(economics: EconomicsInputs, phase: PhaseInputs, options: TimelineOptions = {}): Timeline {
  const delay = options.delayWeeks ?? 0;
  const energisationWeek = phase.schedule.energisationWeek + delay;
  const fullPowerWeek = phase.schedule.fullPowerWeek + delay;
  const facility = options.facilityCapexUsd ?? facilityCapexByWeek(phase);
  const revenueEndWeek = energisationWeek + revenueYears(economics.revenue) * WEEKS_PER_YEAR;
  const revenue = economics.revenue;
  const gpuTotalUsd = revenue.kind === 'gpu-hours' ? phase.itMw * revenue.gpusPerMwIt * revenue.gpuCapexUsdPerGpu : 0;
  let lastFacilityWeek = facility.length - 1;
  while (lastFacilityWeek > 0 && facility[lastFacilityWeek]! <= 0) lastFacilityWeek -= 1;
  const lastCapexWeek = Math.max(lastFacilityWeek, gpuTotalUsd > 0 ? fullPowerWeek : 0);
  const repaymentStartYear = Math.floor(lastCapexWeek / WEEKS_PER_YEAR) + 1;
  const years = Math.max(Math.ceil(revenueEndWeek / WEEKS_PER_YEAR), repaymentStartYear + economics.financing.debtTenorYears);
  const weeks = years * WEEKS_PER_YEAR;

  const facilityCapexUsd = new Float64Array(weeks);
  facilityCapexUsd.set(facility.subarray(0, Math.min(facility.length, weeks)));
  const gpuCapexUsd = new Float64Array(weeks);
  const delivered = new Float64Array(weeks);
  const billed = new Float64Array(weeks);
  const inService = new Uint8Array(weeks);
  const rateFactor = new Float64Array(weeks);
  const rampWeeks = revenue.kind === 'lease' ? revenue.leaseRampMonths * WEEKS_PER_MONTH : 0;
  const escalator = revenue.kind === 'lease' ? revenue.leaseEscalatorPct : 0;
  let previousDelivered = 0;
  for (let w = 0; w < weeks; w += 1) {
    const middle = w + 0.5;
    const d = deliveredAt(middle, energisationWeek, fullPowerWeek);
    const service = w >= energisationWeek && w < revenueEndWeek;
    // GPUs are bought as capacity is delivered: one week's new capacity, one week's servers.
    const deliveredByWeekEnd = deliveredAt(w + 1, energisationWeek, fullPowerWeek);
    gpuCapexUsd[w] = gpuTotalUsd * (deliveredByWeekEnd - previousDelivered);
    previousDelivered = deliveredByWeekEnd;
    delivered[w] = service ? d : 0;
    inService[w] = service ? 1 : 0;
    const ramp = rampWeeks > 0 ? clamp01((middle - energisationWeek) / rampWeeks) : 1;
    billed[w] = service ? Math.min(d, ramp) : 0;
    rateFactor[w] = service ? Math.pow(1 + escalator, Math.floor((w - energisationWeek) / WEEKS_PER_YEAR)) : 0;
  }
  return { weeks, years, energisationWeek, fullPowerWeek, revenueEndWeek, repaymentStartYear, facilityCapexUsd, gpuCapexUsd, delivered, billed, inService, rateFactor };
}
