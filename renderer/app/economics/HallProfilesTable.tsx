import {
  aiProfileFields,
  defaultAiProfile,
  LOAD_FIELDS,
  maintenanceOf,
  PROFILE_SOURCES,
  TRAINING_DEFAULT,
  withMaintenance,
  withProfileValue,
  type AiProfile,
} from '../../../shared/analysis/load-profile/index.ts';
import { hallAiProfile } from '../../../shared/analysis/phase-economics.ts';
import type { HallRecord } from '../../../shared/model/index.ts';
import { runAction } from '../../editor/actions/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { NumberField } from '../fields.tsx';
import { useSession } from '../hooks.ts';

const KINDS: readonly [AiProfile['kind'], string][] = [
  ['training', 'Training'],
  ['inference', 'Inference'],
  ['mix', 'Mix of both'],
];

const STOP_COLUMNS = [
  ['startHour', 'maintenanceStartHour'],
  ['hours', 'maintenanceHours'],
  ['loadPct', 'maintenanceLoadPct'],
] as const;

/** A new planned stop: the first of the assumed defaults (1,000 hours into the year, 24 hours at 10%). */
const NEW_STOP = TRAINING_DEFAULT.maintenance[0]!;

/** The planned stops of a hall's training load, a row each: add, edit, remove, each one undoable step. */
function MaintenanceStops(props: { editor: Editor; hall: HallRecord; profile: AiProfile }) {
  const { editor, hall, profile } = props;
  const lengthUnit = useSession(editor).lengthUnit;
  const stops = maintenanceOf(profile);
  if (!stops) return null;
  const at = profile.kind === 'mix' ? ['training'] : [];
  const write = (next: typeof stops, label: string) => runAction(editor, 'record.update', { id: hall.id, patch: { aiProfile: withMaintenance(profile, next) }, label });
  return (
    <table className="bill econ-table econ-stops">
      <thead>
        <tr>
          <th>Planned stop</th>
          {STOP_COLUMNS.map(([leaf, key]) => (
            <th key={leaf}>
              {LOAD_FIELDS[key].label} ({LOAD_FIELDS[key].unit})
            </th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>
        {stops.map((stop, j) => (
          <tr key={j} data-stop={j}>
            <td>{j + 1}</td>
            {STOP_COLUMNS.map(([leaf, key]) => {
              const path = [...at, 'maintenance', j, leaf];
              return (
                <td key={leaf} className="econ-input" data-stop-input={leaf}>
                  <NumberField
                    editor={editor}
                    id={hall.id}
                    field={`aiProfile.${path.join('.')}`}
                    label={`${LOAD_FIELDS[key].label}, stop ${j + 1}`}
                    unit="count"
                    lengthUnit={lengthUnit}
                    value={stop[leaf]}
                    toPatch={(v) => ({ aiProfile: withProfileValue(profile, path, v ?? stop[leaf]) })}
                  />
                </td>
              );
            })}
            <td>
              <button type="button" className="tb-button" onClick={() => write(stops.filter((_, i) => i !== j), 'Remove planned stop')}>
                Remove
              </button>
            </td>
          </tr>
        ))}
        <tr>
          <td colSpan={STOP_COLUMNS.length + 2} className="source">
            <button type="button" className="tb-button" onClick={() => write([...stops, NEW_STOP], 'Add planned stop')}>
              Add a stop
            </button>{' '}
            {PROFILE_SOURCES.maintenanceStartHour}; {PROFILE_SOURCES.maintenanceHours}; {PROFILE_SOURCES.maintenanceLoadPct}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/**
 * The AI load profile of each AI hall of the scenario, stored on its hall record: the kind (one undoable step, the
 * new kind on its assumed defaults) and every figure with its unit, limits and source. A hall without a profile runs
 * on the assumed training tenant, shown as such until it is edited.
 */
export function HallProfilesTable(props: { editor: Editor; halls: readonly HallRecord[] }) {
  const { editor, halls } = props;
  const lengthUnit = useSession(editor).lengthUnit;
  if (halls.length === 0) return <p className="basis">The scenario has no AI hall.</p>;
  return (
    <div className="econ-profiles" data-testid="hall-profiles">
      {halls.map((hall) => {
        const profile = hallAiProfile(hall);
        const setKind = (kind: AiProfile['kind']) => runAction(editor, 'record.update', { id: hall.id, patch: { aiProfile: defaultAiProfile(kind) }, label: `AI load of ${hall.name}` });
        return (
          <div key={hall.id} data-hall-profile={hall.id}>
            <table className="bill econ-table">
              <thead>
                <tr>
                  <th>
                    <label className="econ-kind">
                      {hall.name}
                      <select value={profile.kind} data-testid="hall-profile-kind" onChange={(e) => setKind(e.target.value as AiProfile['kind'])}>
                        {KINDS.map(([kind, label]) => (
                          <option key={kind} value={kind}>
                            {label}
                          </option>
                        ))}
                      </select>
                    </label>
                  </th>
                  <th>{hall.aiProfile ? 'Unit and source of the default' : 'Unit and source (no profile entered: the assumed training tenant)'}</th>
                </tr>
              </thead>
              <tbody>
                {aiProfileFields(profile)
                  .filter((f) => !f.path.includes('maintenance'))
                  .map((f) => {
                    const path = f.path.join('.');
                    return (
                      <tr key={path} data-profile-input={path}>
                        <td className="econ-input">
                          <NumberField
                            editor={editor}
                            id={hall.id}
                            field={`aiProfile.${path}`}
                            label={f.label}
                            unit="count"
                            lengthUnit={lengthUnit}
                            value={f.value}
                            toPatch={(v) => ({ aiProfile: withProfileValue(profile, f.path, v ?? f.value) })}
                          />
                        </td>
                        <td className="source">
                          <span className="unit">{LOAD_FIELDS[f.key].unit}</span>
                          {PROFILE_SOURCES[f.key]}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
            <MaintenanceStops editor={editor} hall={hall} profile={profile} />
          </div>
        );
      })}
    </div>
  );
}
