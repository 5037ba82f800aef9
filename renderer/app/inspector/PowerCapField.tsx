import { useState } from 'react';
import type { RackRecord } from '../../../shared/model/index.ts';
import { runAction } from '../../editor/actions/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { ReadOnly } from '../fields.tsx';
import { formatNumber } from '../format.ts';

const NONE = '';
const MIXED = '\u0000mixed';

/**
 * The power-capping preset of one rack or of a multi-selection of racks of one profile: the profile's presets, each
 * with the rack kW the analyzer gives it, or uncapped. One pick is one undo step (action rack.powerCap).
 */
export function PowerCapField({ editor, racks }: { editor: Editor; racks: readonly RackRecord[] }) {
  const [error, setError] = useState<string | null>(null);
  const profileIds = new Set(racks.map((r) => r.profileId));
  if (racks.length === 0) return null;
  if (profileIds.size > 1) return <ReadOnly label="Power cap" value="racks of several profiles: select one profile's racks" />;
  const profile = editor.catalog.findProfile(racks[0]!.profileId);
  const presets = profile?.powerCapPresets ?? [];
  if (!profile || presets.length === 0) return <ReadOnly label="Power cap" value={`none published for ${profile?.name ?? 'this profile'}`} />;
  const first = racks[0]!.powerCapPresetId ?? NONE;
  const value = racks.every((r) => (r.powerCapPresetId ?? NONE) === first) ? first : MIXED;
  const kwAt = (presetId: string | null): string => {
    const { powerCapPresetId: _current, ...base } = racks[0]!;
    const load = editor.live.analyzer.rackLoad(presetId === null ? { ...base, itKwOverride: null } : { ...base, itKwOverride: null, powerCapPresetId: presetId });
    return load ? `${formatNumber(load.itKw, 1)} kW` : '—';
  };
  const overridden = racks.some((r) => r.itKwOverride !== null);
  return (
    <label className={error ? 'field invalid' : 'field'}>
      <span className="field-label">Power cap</span>
      <select
        data-field="powerCapPresetId"
        data-testid="power-cap"
        title={overridden ? 'A manual IT kW override is in force; picking a preset replaces it' : `${profile.name}'s power-capping presets`}
        value={value}
        onChange={(e) => {
          const r = runAction(editor, 'rack.powerCap', { ids: racks.map((x) => x.id), presetId: e.target.value === NONE ? null : e.target.value });
          setError(r.ok ? null : r.message);
        }}
      >
        {value === MIXED && (
          <option value={MIXED} disabled>
            mixed
          </option>
        )}
        <option value={NONE}>Uncapped · {kwAt(null)}</option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} · {kwAt(p.id)}
          </option>
        ))}
      </select>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
