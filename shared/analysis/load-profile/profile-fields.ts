import { LOAD_FIELDS, type AiProfile } from './inputs.ts';
import type { PROFILE_SOURCES } from './profile-defaults.ts';

// Every number of a hall's AI profile with where it sits, so a form can list them with their label, unit, limits and
// the source of their default, and write one back by its path.

export type ProfileFieldKey = keyof typeof PROFILE_SOURCES;

export interface ProfileField {
  readonly key: ProfileFieldKey;
  /** Path inside the profile, e.g. ['training', 'maintenance', 0, 'hours'] in a mix. */
  readonly path: readonly (string | number)[];
  /** The field's label, with the maintenance stop it belongs to. */
  readonly label: string;
  readonly value: number;
}

const TRAINING_KEYS = ['utilisationPct', 'checkpointPeriodHours', 'checkpointDurationHours', 'checkpointDepthPct'] as const;
const INFERENCE_KEYS = ['peakUtilisationPct', 'troughUtilisationPct', 'peakHourOfDay', 'weekendPct'] as const;
const MAINTENANCE_KEYS = { startHour: 'maintenanceStartHour', hours: 'maintenanceHours', loadPct: 'maintenanceLoadPct' } as const;

type TrainingPart = Extract<AiProfile, { kind: 'training' }>;
type InferencePart = Extract<AiProfile, { kind: 'inference' }>;

function trainingFields(p: Omit<TrainingPart, 'kind'>, at: readonly string[]): ProfileField[] {
  const out: ProfileField[] = TRAINING_KEYS.map((key) => ({ key, path: [...at, key], label: LOAD_FIELDS[key].label, value: p[key] }));
  p.maintenance.forEach((w, j) => {
    for (const [leaf, key] of Object.entries(MAINTENANCE_KEYS) as [keyof typeof MAINTENANCE_KEYS, ProfileFieldKey][]) {
      out.push({ key, path: [...at, 'maintenance', j, leaf], label: `${LOAD_FIELDS[key].label}, stop ${j + 1}`, value: w[leaf] });
    }
  });
  return out;
}

const inferenceFields = (p: Omit<InferencePart, 'kind'>, at: readonly string[]): ProfileField[] =>
  INFERENCE_KEYS.map((key) => ({ key, path: [...at, key], label: LOAD_FIELDS[key].label, value: p[key] }));

/** The profile's numbers in the order a form lists them: a mix's share, then its training part, then its inference part. */
export function aiProfileFields(profile: AiProfile): ProfileField[] {
  switch (profile.kind) {
    case 'training':
      return trainingFields(profile, []);
    case 'inference':
      return inferenceFields(profile, []);
    case 'mix':
      return [
        { key: 'trainingSharePct', path: ['trainingSharePct'], label: LOAD_FIELDS.trainingSharePct.label, value: profile.trainingSharePct },
        ...trainingFields(profile.training, ['training']),
        ...inferenceFields(profile.inference, ['inference']),
      ];
    default: {
      const never: never = profile;
      throw new Error(`unknown AI profile ${JSON.stringify(never)}`);
    }
  }
}

/** The profile with one number set (a copy; the hall record's schema validates it). */
export function withProfileValue(profile: AiProfile, path: readonly (string | number)[], value: number): AiProfile {
  const set = (node: unknown, i: number): unknown => {
    const key = path[i]!;
    const next = i === path.length - 1 ? value : set((node as Record<string | number, unknown>)[key], i + 1);
    if (Array.isArray(node)) return node.map((item, j) => (j === key ? next : item));
    return { ...(node as Record<string, unknown>), [key]: next };
  };
  return set(profile, 0) as AiProfile;
}

type MaintenanceWindow = TrainingPart['maintenance'][number];

/** The training part's planned stops (a training profile's own, a mix's training part's), or null for inference. */
export function maintenanceOf(profile: AiProfile): readonly MaintenanceWindow[] | null {
  return profile.kind === 'training' ? profile.maintenance : profile.kind === 'mix' ? profile.training.maintenance : null;
}

/** The profile with its training part's planned stops replaced (a copy; an inference profile has none and is returned as it is). */
export function withMaintenance(profile: AiProfile, maintenance: readonly MaintenanceWindow[]): AiProfile {
  if (profile.kind === 'training') return { ...profile, maintenance: [...maintenance] };
  if (profile.kind === 'mix') return { ...profile, training: { ...profile.training, maintenance: [...maintenance] } };
  return profile;
}
