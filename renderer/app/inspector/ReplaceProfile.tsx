import { useState } from 'react';
import { runAction } from '../../editor/actions/index.ts';
import { racksIn } from '../../editor/actions/replace-profile.ts';
import type { Editor } from '../../editor/editor.ts';

/** Replace in place: the racks of the selected racks, rows or halls take another profile, in one undo step. */
export function ReplaceProfile({ editor, ids }: { editor: Editor; ids: readonly string[] }) {
  const profiles = editor.catalog.catalog.rackProfiles;
  const [profileId, setProfileId] = useState(editor.session.state.rackProfileId);
  const racks = racksIn(editor.store, ids);
  if (racks.length === 0) return null;
  const others = racks.filter((r) => r.profileId !== profileId || r.itKwOverride !== null).length;
  return (
    <div className="field replace-profile" data-testid="replace-profile">
      <span className="field-label">Replace</span>
      <select aria-label="Replace racks with profile" value={profileId} onChange={(e) => setProfileId(e.target.value)}>
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} · {p.itKw} kW
          </option>
        ))}
      </select>
      <button type="button" className="tb-button" disabled={others === 0} onClick={() => runAction(editor, 'rack.replaceProfile', { ids, profileId })}>
        {others === 0 ? 'All racks are this profile' : `Replace ${others} of ${racks.length} racks`}
      </button>
    </div>
  );
}
