import { z } from 'zod';
import { DemandResponseEvent, HallLoad, HOURS_PER_YEAR, LOAD_FIELDS, SiteLimits, type FieldIssue, type Parsed } from '../load-profile/inputs.ts';
import { fieldName, formatNumber, isWithin, limitMessage, numberField, type NumberFieldSpec } from '../load-profile/number-field.ts';
import { ECONOMICS_FIELDS, type EconomicsFieldKey } from './fields.ts';

// What the economics of one phase are computed from: the economics inputs (project records with sourced defaults),
// the phase figures the report and the schedule supply, and the site the hybrid load runs on.

const f = (key: EconomicsFieldKey) => numberField(ECONOMICS_FIELDS[key]);

export const LeaseRevenue = z.object({
  kind: z.literal('lease'),
  leaseUsdPerKwMonth: f('leaseUsdPerKwMonth'),
  leaseEscalatorPct: f('leaseEscalatorPct'),
  leaseTermYears: f('leaseTermYears'),
  leaseRampMonths: f('leaseRampMonths'),
});
export const GpuHoursRevenue = z.object({
  kind: z.literal('gpu-hours'),
  usdPerGpuHour: f('usdPerGpuHour'),
  gpusPerMwIt: f('gpusPerMwIt'),
  gpuUtilisationPct: f('gpuUtilisationPct'),
  gpuCapexUsdPerGpu: f('gpuCapexUsdPerGpu'),
  gpuDepreciationYears: f('gpuDepreciationYears'),
  operatingYears: f('operatingYears'),
});
const REVENUE_KIND = { error: "Revenue must be a lease (kind 'lease') or self-operated GPU hours (kind 'gpu-hours')" };
export const Revenue = z.discriminatedUnion('kind', [LeaseRevenue, GpuHoursRevenue], REVENUE_KIND);
export type LeaseRevenue = z.infer<typeof LeaseRevenue>;
export type GpuHoursRevenue = z.infer<typeof GpuHoursRevenue>;
export type Revenue = z.infer<typeof Revenue>;

/** The GPU-hours fields that have no public default (ECONOMICS_FIELDS default null): stored empty until entered. */
export const GPU_FIELDS_TO_ENTER = ['usdPerGpuHour', 'gpuUtilisationPct', 'gpuCapexUsdPerGpu', 'gpuDepreciationYears', 'operatingYears'] as const satisfies readonly (keyof GpuHoursRevenue & EconomicsFieldKey)[];
const toEnter = (key: (typeof GPU_FIELDS_TO_ENTER)[number]) => f(key).nullable();
/** GPU hours as the project stores them: a field with no public default is null until the engineer enters it. */
export const StoredGpuHoursRevenue = GpuHoursRevenue.extend({
  usdPerGpuHour: toEnter('usdPerGpuHour'),
  gpuUtilisationPct: toEnter('gpuUtilisationPct'),
  gpuCapexUsdPerGpu: toEnter('gpuCapexUsdPerGpu'),
  gpuDepreciationYears: toEnter('gpuDepreciationYears'),
  operatingYears: toEnter('operatingYears'),
});
export const StoredRevenue = z.discriminatedUnion('kind', [LeaseRevenue, StoredGpuHoursRevenue], REVENUE_KIND);
export type StoredGpuHoursRevenue = z.infer<typeof StoredGpuHoursRevenue>;
export type StoredRevenue = z.infer<typeof StoredRevenue>;

export const PowerPrice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flat'), usdPerKwh: f('powerUsdPerKwh') }),
  z.object({ kind: z.literal('hourly'), usdPerMwhByHour: z.array(z.number({ error: 'Hourly power price ($/MWh) must be numbers' })) }),
], { error: "Power price must be flat (kind 'flat', $/kWh) or hourly (kind 'hourly', 8,760 values in $/MWh)" });
export type PowerPrice = z.infer<typeof PowerPrice>;

export const Amortisation = z.enum(['annuity', 'straight-line'], { error: "Amortisation must be 'annuity' (level debt service) or 'straight-line' (equal principal)" });
export type Amortisation = z.infer<typeof Amortisation>;

/** Everything but the revenue, the same for the inputs the project stores and the inputs the economics run on. */
const inputFields = {
    power: PowerPrice,
    powerPassThroughPct: f('powerPassThroughPct'),
    opex: z.object({
      staffUsdPerMwItYear: f('staffUsdPerMwItYear'),
      maintenancePctOfCapexPerYear: f('maintenancePctOfCapexPerYear'),
      insurancePctOfCapexPerYear: f('insurancePctOfCapexPerYear'),
      propertyTaxPctOfCapexPerYear: f('propertyTaxPctOfCapexPerYear'),
    }),
    tax: z.object({ depreciationYears: f('depreciationYears'), taxRatePct: f('taxRatePct') }),
    financing: z.object({
      debtSharePct: f('debtSharePct'),
      sofrPct: f('sofrPct'),
      spreadPct: f('spreadPct'),
      debtTenorYears: f('debtTenorYears'),
      amortisation: Amortisation,
    }),
    discountRatePct: f('discountRatePct'),
    multiples: z.object({ miningEvPerEbitda: f('miningEvPerEbitda'), dataCenterEvPerEbitda: f('dataCenterEvPerEbitda') }),
    mining: z.object({
      fleetHashratePhPerS: f('fleetHashratePhPerS').nullable(),
      efficiencyJPerTh: f('efficiencyJPerTh'),
      hashpriceUsdPerPhDay: f('hashpriceUsdPerPhDay'),
      poolFeePct: f('poolFeePct'),
      rampPctOfFleetPerHour: f('rampPctOfFleetPerHour'),
      minRunHours: f('minRunHours'),
    }),
    /** The site's demand-response events (curtailment of the mining kept); absent in older files: none. */
    demandResponse: z.array(DemandResponseEvent).max(8760).optional(),
};

export const EconomicsInputs = z
  .object({ revenue: Revenue, ...inputFields })
  .superRefine((v, ctx) => {
    for (const issue of economicsCrossFieldIssues(v)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type EconomicsInputs = z.infer<typeof EconomicsInputs>;

/** The inputs as a project stores them (the economics record): GPU-hours fields without a public default may wait to be entered. */
export const StoredEconomicsInputs = z
  .object({ revenue: StoredRevenue, ...inputFields })
  .superRefine((v, ctx) => {
    for (const issue of economicsCrossFieldIssues(v)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type StoredEconomicsInputs = z.infer<typeof StoredEconomicsInputs>;

/** Years the revenue runs from first power: the lease term, or the operating period of self-operated GPUs. */
export const revenueYears = (revenue: Revenue): number => (revenue.kind === 'lease' ? revenue.leaseTermYears : revenue.operatingYears);

/**
 * The stored inputs ready to cost, or one message per GPU-hours field still to enter, naming the field and why it has
 * no default (so the panel and the CLI ask for it instead of computing with nothing).
 */
export function completeEconomicsInputs(stored: StoredEconomicsInputs): Parsed<EconomicsInputs> {
  const revenue = stored.revenue;
  if (revenue.kind === 'gpu-hours') {
    const missing = GPU_FIELDS_TO_ENTER.filter((key) => revenue[key] === null);
    if (missing.length > 0) {
      return { ok: false, issues: missing.map((key) => ({ path: ['revenue', key], message: `${fieldName(ECONOMICS_FIELDS[key])} is to be entered for self-operated GPU hours: ${ECONOMICS_FIELDS[key].source.replace(/^unknown: /, '')}` })) };
    }
  }
  return { ok: true, value: stored as EconomicsInputs };
}

function economicsCrossFieldIssues(v: StoredEconomicsInputs): FieldIssue[] {
  const issues: FieldIssue[] = [];
  // The operating period of GPU hours may be still to enter (null): then there is no term to check the tenor against yet.
  const years = v.revenue.kind === 'lease' ? v.revenue.leaseTermYears : v.revenue.operatingYears;
  if (years !== null && v.financing.debtTenorYears > years) {
    const term = v.revenue.kind === 'lease' ? `the lease term (${years} years)` : `the operating period (${years} years)`;
    issues.push({
      path: ['financing', 'debtTenorYears'],
      message: `${fieldName(ECONOMICS_FIELDS.debtTenorYears)} must not be longer than ${term}: the debt is repaid from the contracted revenue; got ${v.financing.debtTenorYears}`,
    });
  }
  if (v.power.kind === 'hourly') {
    const series = v.power.usdPerMwhByHour;
    if (series.length !== HOURS_PER_YEAR) {
      issues.push({ path: ['power', 'usdPerMwhByHour'], message: `Hourly power price must have 8,760 hourly values in $/MWh; it has ${formatNumber(series.length)}` });
    } else {
      const bad = series.findIndex((p) => !isWithin(LOAD_FIELDS.hourlyPriceUsdPerMwh, p));
      if (bad >= 0) issues.push({ path: ['power', 'usdPerMwhByHour', bad], message: `Hour ${bad}: ${limitMessage(LOAD_FIELDS.hourlyPriceUsdPerMwh, series[bad])}` });
    }
  }
  return issues;
}

const PHASE_FIELDS = {
  capexUsd: { label: 'Phase capex', unit: '$', min: 0, max: 1e12 },
  capexQuarterUsd: { label: 'Capex of a quarter', unit: '$', min: 0, max: 1e12 },
  designStartWeek: { label: 'Design start', unit: 'week from the start of year 1', min: 0, max: 520, integer: true },
  energisationWeek: { label: 'Energisation (first power)', unit: 'week from the start of year 1', min: 0, max: 520, integer: true },
  fullPowerWeek: { label: 'Full power', unit: 'week from the start of year 1', min: 0, max: 520, integer: true },
  itMw: { label: 'Phase IT load', unit: 'MW of critical IT', min: 0, max: 5000, minExclusive: true },
  pue: LOAD_FIELDS.pue,
  miningMwBefore: { label: 'Mining load before the phase', unit: 'MW', min: 0, max: 20000 },
} as const satisfies Record<string, NumberFieldSpec>;
const p = (key: keyof typeof PHASE_FIELDS) => numberField(PHASE_FIELDS[key]);

export const PhaseSchedule = z.object({ designStartWeek: p('designStartWeek'), energisationWeek: p('energisationWeek'), fullPowerWeek: p('fullPowerWeek') });
export type PhaseSchedule = z.infer<typeof PhaseSchedule>;

/** What the report (capex = the phase's landlord bill, IT MW, PUE) and the schedule (weeks) supply. */
export const PhaseInputs = z
  .object({
    capexUsd: p('capexUsd'),
    /** Spend per 13-week quarter from week 0; when absent, capex is spread evenly from design start to full power. */
    capexByQuarterUsd: z.array(p('capexQuarterUsd')).max(40).optional(),
    schedule: PhaseSchedule,
    itMw: p('itMw'),
    pue: p('pue'),
    miningMwBefore: p('miningMwBefore'),
  })
  .superRefine((v, ctx) => {
    const s = v.schedule;
    if (s.energisationWeek < s.designStartWeek) {
      ctx.addIssue({ code: 'custom', path: ['schedule', 'energisationWeek'], message: `${fieldName(PHASE_FIELDS.energisationWeek)} (${s.energisationWeek}) must not come before design start (week ${s.designStartWeek})` });
    }
    if (s.fullPowerWeek < s.energisationWeek) {
      ctx.addIssue({ code: 'custom', path: ['schedule', 'fullPowerWeek'], message: `${fieldName(PHASE_FIELDS.fullPowerWeek)} (${s.fullPowerWeek}) must not come before energisation (week ${s.energisationWeek})` });
    }
    if (v.capexByQuarterUsd) {
      const sum = v.capexByQuarterUsd.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - v.capexUsd) > Math.max(1, v.capexUsd * 1e-9)) {
        ctx.addIssue({ code: 'custom', path: ['capexByQuarterUsd'], message: `Capex by quarter must add up to the phase capex ($${formatNumber(v.capexUsd)}); it adds up to $${formatNumber(sum)}` });
      }
    }
  });
export type PhaseInputs = z.infer<typeof PhaseInputs>;

/** The site the hybrid load runs on: firm limits, the phase's halls and their AI profiles, demand response. */
export const SiteLoad = z.object({
  limits: SiteLimits,
  halls: z.array(HallLoad).min(1, 'The phase needs at least one hall with an AI load profile'),
  demandResponse: z.array(DemandResponseEvent),
  yearStartsOnWeekday: numberField(LOAD_FIELDS.yearStartsOnWeekday),
});
export type SiteLoad = z.infer<typeof SiteLoad>;

export const PhaseEconomicsCase = z
  .object({ economics: EconomicsInputs, phase: PhaseInputs, site: SiteLoad })
  .superRefine((v, ctx) => {
    const hallsMw = v.site.halls.reduce((s, h) => s + h.itMw, 0);
    if (Math.abs(hallsMw - v.phase.itMw) > 1e-3) {
      ctx.addIssue({ code: 'custom', path: ['site', 'halls'], message: `The halls' IT load (${formatNumber(hallsMw)} MW) must equal the phase IT load (${formatNumber(v.phase.itMw)} MW)` });
    }
  });
export type PhaseEconomicsCase = z.infer<typeof PhaseEconomicsCase>;

export { PHASE_FIELDS };
