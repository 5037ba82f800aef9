import { z } from 'zod';
import { fieldName, formatNumber, isWithin, limitMessage, numberField, type NumberFieldSpec } from './number-field.ts';

// The inputs of one year of hourly site load: the AI halls' profiles, the firm limits, the mining that fills the
// headroom, demand-response events and (optionally) an hourly power price. Hours run 0..8759 of a 365-day year.

export const HOURS_PER_YEAR = 8760;

export const LOAD_FIELDS = {
  utilisationPct: { label: 'Training utilisation', unit: 'fraction of the hall IT MW, 0–1', min: 0, max: 1 },
  checkpointPeriodHours: { label: 'Checkpoint period', unit: 'hours', min: 0.25, max: HOURS_PER_YEAR },
  checkpointDurationHours: { label: 'Checkpoint duration', unit: 'hours', min: 0, max: 24 },
  checkpointDepthPct: { label: 'Checkpoint dip depth', unit: 'fraction of the training load, 0–1', min: 0, max: 1 },
  maintenanceStartHour: { label: 'Maintenance start', unit: 'hour of the year, 0–8759', min: 0, max: HOURS_PER_YEAR - 1, integer: true },
  maintenanceHours: { label: 'Maintenance length', unit: 'hours', min: 1, max: HOURS_PER_YEAR, integer: true },
  maintenanceLoadPct: { label: 'Load during maintenance', unit: 'fraction of the hall IT MW, 0–1', min: 0, max: 1 },
  peakUtilisationPct: { label: 'Inference peak utilisation', unit: 'fraction of the hall IT MW, 0–1', min: 0, max: 1 },
  troughUtilisationPct: { label: 'Inference trough utilisation', unit: 'fraction of the hall IT MW, 0–1', min: 0, max: 1 },
  peakHourOfDay: { label: 'Inference peak hour', unit: 'hour of the day, 0–23', min: 0, max: 23, integer: true },
  weekendPct: { label: 'Inference weekend level', unit: 'fraction of the weekday load, 0–1', min: 0, max: 1 },
  trainingSharePct: { label: 'Training share of the mix', unit: 'fraction, 0–1', min: 0, max: 1 },
  hallItMw: { label: 'Hall IT load', unit: 'MW', min: 0, max: 5000, minExclusive: true },
  interconnectMw: { label: 'Firm interconnect', unit: 'MW', min: 0, max: 20000, minExclusive: true },
  substationMw: { label: 'Substation limit', unit: 'MW', min: 0, max: 20000, minExclusive: true },
  siteElectricalMw: { label: 'Site electrical limit', unit: 'MW', min: 0, max: 20000, minExclusive: true },
  pue: { label: 'PUE', unit: 'facility ÷ IT power, 1–3', min: 1, max: 3 },
  fleetMw: { label: 'Mining fleet', unit: 'MW', min: 0, max: 20000 },
  rampMwPerHour: { label: 'Mining ramp rate', unit: 'MW per hour', min: 0, max: 20000, minExclusive: true },
  minRunHours: { label: 'Mining minimum run time', unit: 'hours', min: 1, max: 168, integer: true },
  revenueUsdPerMwh: { label: 'Mining revenue', unit: '$/MWh', min: 0, max: 100000 },
  breakevenUsdPerMwh: { label: 'Mining breakeven power price', unit: '$/MWh', min: 0, max: 100000 },
  flatPriceUsdPerMwh: { label: 'Power price', unit: '$/MWh', min: 0, max: 10000 },
  // Wholesale markets clear below zero in windy hours (ERCOT, SPP), so an hourly series may be negative; the
  // bounds only catch a misplaced unit or a typo.
  hourlyPriceUsdPerMwh: { label: 'Hourly power price', unit: '$/MWh', min: -1000, max: 10000 },
  eventStartHour: { label: 'Demand-response start', unit: 'hour of the year, 0–8759', min: 0, max: HOURS_PER_YEAR - 1, integer: true },
  eventHours: { label: 'Demand-response length', unit: 'hours', min: 1, max: HOURS_PER_YEAR, integer: true },
  eventMiningMaxMw: { label: 'Mining allowed during demand response', unit: 'MW', min: 0, max: 20000 },
  yearStartsOnWeekday: { label: 'Weekday of 1 January', unit: '0 = Monday … 6 = Sunday', min: 0, max: 6, integer: true },
} as const satisfies Record<string, NumberFieldSpec>;

const f = (key: keyof typeof LOAD_FIELDS) => numberField(LOAD_FIELDS[key]);

const MaintenanceWindow = z.object({
  startHour: f('maintenanceStartHour'),
  hours: f('maintenanceHours'),
  loadPct: f('maintenanceLoadPct'),
});

const TrainingFields = z.object({
  utilisationPct: f('utilisationPct'),
  checkpointPeriodHours: f('checkpointPeriodHours'),
  checkpointDurationHours: f('checkpointDurationHours'),
  checkpointDepthPct: f('checkpointDepthPct'),
  maintenance: z.array(MaintenanceWindow).max(366),
});
const InferenceFields = z.object({
  peakUtilisationPct: f('peakUtilisationPct'),
  troughUtilisationPct: f('troughUtilisationPct'),
  peakHourOfDay: f('peakHourOfDay'),
  weekendPct: f('weekendPct'),
});

export const TrainingProfile = TrainingFields.extend({ kind: z.literal('training') });
export const InferenceProfile = InferenceFields.extend({ kind: z.literal('inference') });
export const MixProfile = z.object({
  kind: z.literal('mix'),
  trainingSharePct: f('trainingSharePct'),
  training: TrainingFields,
  inference: InferenceFields,
});
export const AiProfile = z.discriminatedUnion('kind', [TrainingProfile, InferenceProfile, MixProfile], { error: "AI profile must be 'training', 'inference' or 'mix'" });
export type TrainingProfile = z.infer<typeof TrainingProfile>;
export type InferenceProfile = z.infer<typeof InferenceProfile>;
export type AiProfile = z.infer<typeof AiProfile>;

export const HallLoad = z.object({ name: z.string().min(1, 'A hall needs a name'), itMw: f('hallItMw'), profile: AiProfile });
export type HallLoad = z.infer<typeof HallLoad>;

export const SiteLimits = z.object({
  interconnectMw: f('interconnectMw'),
  substationMw: f('substationMw'),
  siteElectricalMw: f('siteElectricalMw'),
});
export type SiteLimits = z.infer<typeof SiteLimits>;

export const MiningDispatch = z.object({
  fleetMw: f('fleetMw'),
  rampMwPerHour: f('rampMwPerHour'),
  minRunHours: f('minRunHours'),
  revenueUsdPerMwh: f('revenueUsdPerMwh'),
  breakevenUsdPerMwh: f('breakevenUsdPerMwh'),
});
export type MiningDispatch = z.infer<typeof MiningDispatch>;

export const DemandResponseEvent = z.object({
  startHour: f('eventStartHour'),
  hours: f('eventHours'),
  miningMaxMw: f('eventMiningMaxMw'),
});
export type DemandResponseEvent = z.infer<typeof DemandResponseEvent>;

const hourlySeries = z.custom<ArrayLike<number>>((v) => Array.isArray(v) || v instanceof Float64Array, {
  error: 'Hourly power price must be a list of 8,760 numbers in $/MWh',
});
export const HourlyPrices = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flat'), usdPerMwh: f('flatPriceUsdPerMwh') }),
  z.object({ kind: z.literal('hourly'), usdPerMwh: hourlySeries }),
], { error: "Power price must be flat (kind 'flat') or hourly (kind 'hourly')" });
export type HourlyPrices = z.infer<typeof HourlyPrices>;

export const LoadProfileInputs = z
  .object({
    pue: f('pue'),
    halls: z.array(HallLoad),
    limits: SiteLimits,
    mining: MiningDispatch.nullable(),
    prices: HourlyPrices.nullable(),
    demandResponse: z.array(DemandResponseEvent),
    yearStartsOnWeekday: f('yearStartsOnWeekday'),
  })
  .superRefine((v, ctx) => {
    for (const issue of crossFieldIssues(v)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type LoadProfileInputs = z.infer<typeof LoadProfileInputs>;

export interface FieldIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

export const firmLimitMw = (limits: SiteLimits): number => Math.min(limits.interconnectMw, limits.substationMw, limits.siteElectricalMw);
export const aiFullPowerMw = (v: Pick<LoadProfileInputs, 'halls' | 'pue'>): number => v.halls.reduce((s, h) => s + h.itMw, 0) * v.pue;

/** Checks that span fields; also run by the simulation itself, so a variant built in code is held to them too. */
export function crossFieldIssues(v: LoadProfileInputs): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const limit = firmLimitMw(v.limits);
  const aiMw = aiFullPowerMw(v);
  if (aiMw > limit + 1e-9) {
    issues.push({
      path: ['halls'],
      message: `AI load at full power (${formatNumber(aiMw)} MW = IT MW × PUE ${formatNumber(v.pue)}) exceeds the firm limit of ${formatNumber(limit)} MW (the least of interconnect, substation and site electrical limits)`,
    });
  }
  v.halls.forEach((hall, i) => {
    const training = hall.profile.kind === 'training' ? hall.profile : hall.profile.kind === 'mix' ? hall.profile.training : null;
    if (training && training.checkpointDurationHours > training.checkpointPeriodHours) {
      issues.push({
        path: ['halls', i, 'profile', 'checkpointDurationHours'],
        message: `${fieldName(LOAD_FIELDS.checkpointDurationHours)} of hall ${hall.name} (${formatNumber(training.checkpointDurationHours)}) must not exceed its checkpoint period (${formatNumber(training.checkpointPeriodHours)} hours)`,
      });
    }
    training?.maintenance.forEach((w, j) => {
      if (w.startHour + w.hours > HOURS_PER_YEAR) issues.push({ path: ['halls', i, 'profile', 'maintenance', j, 'hours'], message: `Maintenance of hall ${hall.name} starting at hour ${w.startHour} must end within the year (hour 8,760); it is ${w.hours} hours long` });
    });
    const inference = hall.profile.kind === 'inference' ? hall.profile : hall.profile.kind === 'mix' ? hall.profile.inference : null;
    if (inference && inference.troughUtilisationPct > inference.peakUtilisationPct) {
      issues.push({ path: ['halls', i, 'profile', 'troughUtilisationPct'], message: `${fieldName(LOAD_FIELDS.troughUtilisationPct)} of hall ${hall.name} must not exceed its peak utilisation` });
    }
  });
  v.demandResponse.forEach((e, i) => {
    if (e.startHour + e.hours > HOURS_PER_YEAR) issues.push({ path: ['demandResponse', i, 'hours'], message: `Demand-response event ${i + 1} starting at hour ${e.startHour} must end within the year (hour 8,760); it is ${e.hours} hours long` });
  });
  if (v.mining && v.mining.fleetMw > limit + 1e-9) {
    issues.push({ path: ['mining', 'fleetMw'], message: `${fieldName(LOAD_FIELDS.fleetMw)} (${formatNumber(v.mining.fleetMw)}) must not exceed the firm limit of ${formatNumber(limit)} MW` });
  }
  if (v.prices?.kind === 'hourly') issues.push(...hourlySeriesIssues(v.prices.usdPerMwh));
  return issues;
}

function hourlySeriesIssues(series: ArrayLike<number>): FieldIssue[] {
  if (series.length !== HOURS_PER_YEAR) {
    return [{ path: ['prices', 'usdPerMwh'], message: `Hourly power price must have 8,760 hourly values; it has ${formatNumber(series.length)}` }];
  }
  for (let h = 0; h < series.length; h += 1) {
    const p = series[h]!;
    if (!isWithin(LOAD_FIELDS.hourlyPriceUsdPerMwh, p)) {
      return [{ path: ['prices', 'usdPerMwh', h], message: `Hour ${h}: ${limitMessage(LOAD_FIELDS.hourlyPriceUsdPerMwh, p)}` }];
    }
  }
  return [];
}

export class LoadProfileInputError extends Error {
  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((i) => i.message).join('; '));
    this.name = 'LoadProfileInputError';
  }
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export function parseLoadProfileInputs(raw: unknown): Parsed<LoadProfileInputs> {
  const r = LoadProfileInputs.safeParse(raw);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })) };
}
