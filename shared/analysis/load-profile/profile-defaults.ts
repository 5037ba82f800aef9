import { LOAD_FIELDS, type AiProfile, type DemandResponseEvent, type InferenceProfile, type TrainingProfile } from './inputs.ts';

// What a hall's AI load and a demand-response event start from, each figure with where it comes from. REFERENCE has no
// utilisation, checkpoint or inference-curve figures, so every one is assumed and says so: enter the tenant's own.

type TrainingShape = Omit<TrainingProfile, 'kind'>;
type InferenceShape = Omit<InferenceProfile, 'kind'>;

/** Hour of the year of 27 July 16:00 (day 207 counted from 1 January = day 0): a summer-afternoon peak. */
const SUMMER_PEAK_HOUR = 207 * 24 + 16;

export const TRAINING_DEFAULT: TrainingShape = {
  utilisationPct: 0.9,
  checkpointPeriodHours: 2,
  checkpointDurationHours: 0.1,
  checkpointDepthPct: 0.6,
  // One 24-hour stop a quarter, 1,000 hours into it.
  maintenance: [0, 1, 2, 3].map((q) => ({ startHour: q * 2190 + 1000, hours: 24, loadPct: 0.1 })),
};

export const INFERENCE_DEFAULT: InferenceShape = { peakUtilisationPct: 0.85, troughUtilisationPct: 0.45, peakHourOfDay: 14, weekendPct: 0.85 };

const TRAINING_SHARE_DEFAULT = 0.5;

export const DEMAND_RESPONSE_DEFAULT: DemandResponseEvent = { startHour: SUMMER_PEAK_HOUR, hours: 4, miningMaxMw: 0 };

type ProfileFieldKey = Extract<keyof typeof LOAD_FIELDS, keyof TrainingShape | keyof InferenceShape | 'trainingSharePct' | 'maintenanceStartHour' | 'maintenanceHours' | 'maintenanceLoadPct'>;

export const PROFILE_SOURCES: Record<ProfileFieldKey, string> = {
  utilisationPct: 'assumed: no utilisation figure in REFERENCE; a training tenant drawing 90% of its contracted IT',
  checkpointPeriodHours: 'assumed: no figure in REFERENCE; a large training run checkpointing every 2 hours',
  checkpointDurationHours: 'assumed: no figure in REFERENCE; a 6-minute checkpoint (0.1 h)',
  checkpointDepthPct: 'assumed: no figure in REFERENCE; the load falls by 60% while the GPUs wait on storage',
  maintenanceStartHour: 'assumed: no figure in REFERENCE; one planned stop a quarter, 1,000 hours into it',
  maintenanceHours: 'assumed: no figure in REFERENCE; 24 hours a stop',
  maintenanceLoadPct: 'assumed: no figure in REFERENCE; 10% of the IT load (storage and network) during a stop',
  peakUtilisationPct: 'assumed: no inference curve in REFERENCE; 85% of the IT load at the daily peak',
  troughUtilisationPct: 'assumed: no inference curve in REFERENCE; 45% at night',
  peakHourOfDay: 'assumed: no inference curve in REFERENCE; the peak at 14:00 site time',
  weekendPct: 'assumed: no inference curve in REFERENCE; weekends at 85% of a weekday',
  trainingSharePct: 'assumed: half training, half inference; enter the tenant mix',
};

/** An event's fields in the order a table lists them, with their label, unit and limits. */
export const DEMAND_RESPONSE_FIELDS = [
  ['startHour', LOAD_FIELDS.eventStartHour],
  ['hours', LOAD_FIELDS.eventHours],
  ['miningMaxMw', LOAD_FIELDS.eventMiningMaxMw],
] as const satisfies readonly (readonly [keyof DemandResponseEvent, (typeof LOAD_FIELDS)[keyof typeof LOAD_FIELDS]])[];

export const DEMAND_RESPONSE_SOURCE =
  'assumed: no event list in REFERENCE; a 4-hour summer-afternoon event (27 July 16:00–20:00, the kind of peak a utility calls) with the mining switched off; enter the programme\'s events';

/** The profile a hall starts from, or switches to, for each kind (the hall record's aiProfile absent: training). */
export function defaultAiProfile(kind: AiProfile['kind']): AiProfile {
  switch (kind) {
    case 'training':
      return { kind, ...TRAINING_DEFAULT };
    case 'inference':
      return { kind, ...INFERENCE_DEFAULT };
    case 'mix':
      return { kind, trainingSharePct: TRAINING_SHARE_DEFAULT, training: TRAINING_DEFAULT, inference: INFERENCE_DEFAULT };
    default: {
      const never: never = kind;
      throw new Error(`unknown AI profile kind ${String(never)}`);
    }
  }
}
