import { aiProfileFields, defaultAiProfile, LOAD_FIELDS, PROFILE_SOURCES, withProfileValue, type AiProfile } from '../../../shared/analysis/load-profile/index.ts';
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
          <table key={hall.id} className="bill econ-table" data-hall-profile={hall.id}>
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
              {aiProfileFields(profile).map((f) => {
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
        );
      })}
    </div>
  );
}
