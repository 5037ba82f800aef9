import { HOURS_PER_YEAR, type AiProfile, type InferenceProfile, type TrainingProfile } from './inputs.ts';

// The AI load of one hall as a fraction of its IT MW for each hour of the year. Hour h is the interval
// [h, h + 1); a dip shorter than an hour lowers that hour's average by its share of the hour.

type TrainingShape = Omit<TrainingProfile, 'kind'>;
type InferenceShape = Omit<InferenceProfile, 'kind'>;

export function trainingUtilisation(p: TrainingShape): Float64Array {
  const out = new Float64Array(HOURS_PER_YEAR).fill(p.utilisationPct);
  if (p.checkpointDurationHours > 0 && p.checkpointDepthPct > 0) {
    const dip = p.utilisationPct * p.checkpointDepthPct;
    // The first checkpoint falls one period into the year; dips never overlap because duration ≤ period.
    for (let start = p.checkpointPeriodHours; start < HOURS_PER_YEAR; start += p.checkpointPeriodHours) {
      const end = Math.min(start + p.checkpointDurationHours, HOURS_PER_YEAR);
      for (let h = Math.floor(start); h < end; h += 1) {
        const overlap = Math.min(end, h + 1) - Math.max(start, h);
        if (overlap > 0) out[h] = Math.max(0, out[h]! - dip * overlap);
      }
    }
  }
  for (const w of p.maintenance) {
    for (let h = w.startHour; h < w.startHour + w.hours; h += 1) out[h] = Math.min(out[h]!, w.loadPct);
  }
  return out;
}

const isWeekend = (weekday: number): boolean => weekday >= 5;

/** Diurnal curve: a cosine between trough and peak, highest at the peak hour; weekends scaled down. */
export function inferenceUtilisation(p: InferenceShape, yearStartsOnWeekday: number): Float64Array {
  const out = new Float64Array(HOURS_PER_YEAR);
  const swing = p.peakUtilisationPct - p.troughUtilisationPct;
  const byHourOfDay = new Float64Array(24);
  for (let hod = 0; hod < 24; hod += 1) {
    byHourOfDay[hod] = p.troughUtilisationPct + (swing * (1 + Math.cos((2 * Math.PI * (hod - p.peakHourOfDay)) / 24))) / 2;
  }
  for (let h = 0; h < HOURS_PER_YEAR; h += 1) {
    const day = Math.floor(h / 24);
    const weekend = isWeekend((yearStartsOnWeekday + day) % 7);
    out[h] = byHourOfDay[h % 24]! * (weekend ? p.weekendPct : 1);
  }
  return out;
}

export function aiUtilisation(profile: AiProfile, yearStartsOnWeekday: number): Float64Array {
  switch (profile.kind) {
    case 'training':
      return trainingUtilisation(profile);
    case 'inference':
      return inferenceUtilisation(profile, yearStartsOnWeekday);
    case 'mix': {
      const t = trainingUtilisation(profile.training);
      const i = inferenceUtilisation(profile.inference, yearStartsOnWeekday);
      const share = profile.trainingSharePct;
      for (let h = 0; h < HOURS_PER_YEAR; h += 1) t[h] = share * t[h]! + (1 - share) * i[h]!;
      return t;
    }
    default: {
      const never: never = profile;
      throw new Error(`unknown AI profile ${JSON.stringify(never)}`);
    }
  }
}
