import { useState } from 'react';
import type { Editor } from '../editor/editor.ts';
import { legendFor, toCss } from '../viewport/colors.ts';
import { GroupPalette } from '../viewport/group-palette.ts';
import { useDocumentVersion, useSession } from './hooks.ts';

const TITLES = { kw: 'Rack IT load', loop: 'Cooling loop', feed: 'Power feed (A side)', check: 'Check status', disposition: 'Retrofit disposition' } as const;

/** The colour key of the viewport, for the open scenario's loops and feeds only; it folds down to its title. */
export function Legend(props: { editor: Editor }) {
  const { editor } = props;
  const s = useSession(editor);
  const [open, setOpen] = useState(true);
  useDocumentVersion(editor);
  const kind = s.colorMode === 'loop' ? 'coolingLoop' : s.colorMode === 'feed' ? 'powerFeed' : null;
  const names = kind ? new GroupPalette(editor.store, s.scenarioId, kind).names.map((name) => ({ name })) : [];
  return (
    <div className="legend" data-testid="legend" data-over-viewport>
      <button type="button" className="legend-title" aria-expanded={open} title={open ? 'Fold the legend' : 'Show the legend'} onClick={() => setOpen(!open)}>
        <span className="legend-caret">{open ? '▾' : '▸'}</span> {TITLES[s.colorMode]}
      </button>
      {open && (
        <div className="legend-entries">
          {legendFor(s.colorMode, names).map((e) => (
            <div key={e.label} className="legend-entry">
              <span className="swatch" style={{ background: toCss(e.color) }} />
              {e.label}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
