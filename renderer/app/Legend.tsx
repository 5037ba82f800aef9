import type { Editor } from '../editor/editor.ts';
import { legendFor, toCss } from '../viewport/colors.ts';
import { useDocumentVersion, useSession } from './hooks.ts';

const TITLES = { kw: 'Rack IT load', loop: 'Cooling loop', feed: 'Power feed (A side)', check: 'Check status', disposition: 'Retrofit disposition' } as const;

export function Legend(props: { editor: Editor }) {
  const { editor } = props;
  const s = useSession(editor);
  useDocumentVersion(editor);
  const groups = s.colorMode === 'loop' ? editor.store.all('coolingLoop') : s.colorMode === 'feed' ? editor.store.all('powerFeed') : [];
  return (
    <div className="legend" data-testid="legend">
      <div className="legend-title">{TITLES[s.colorMode]}</div>
      {legendFor(s.colorMode, groups).map((e) => (
        <div key={e.label} className="legend-entry">
          <span className="swatch" style={{ background: toCss(e.color) }} />
          {e.label}
        </div>
      ))}
    </div>
  );
}
