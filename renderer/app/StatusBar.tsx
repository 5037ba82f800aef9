import { useSyncExternalStore } from 'react';
import { runAction } from '../editor/actions/index.ts';
import type { Editor } from '../editor/editor.ts';
import type { Persistence } from '../editor/persistence.ts';
import { useSession } from './hooks.ts';
import { WriterBanner } from './WriterBanner.tsx';

/** One line about the record under the pointer: what it is and its load. */
function describe(editor: Editor, id: string | null): string {
  const r = id ? editor.store.get(id) : undefined;
  if (!r) return '';
  switch (r.type) {
    case 'rack': {
      const load = editor.live.analyzer.rackLoad(r);
      const profile = editor.catalog.findProfile(r.profileId);
      return `${r.label || 'rack'} · ${profile?.name ?? r.profileId} · ${load ? `${load.itKw} kW` : 'unknown profile'}`;
    }
    case 'equipment':
      return `${r.name} · ${editor.catalog.findItem(r.catalogId)?.name ?? r.catalogId}`;
    case 'row':
      return `${r.name} · ${editor.store.childrenOf(r.id, 'rack').length}/${r.slotCount} racks`;
    case 'hall':
      return `${r.name} · ${r.widthM} × ${r.depthM} m`;
    case 'economics':
      return 'economics inputs';
    default:
      return r.name;
  }
}

export function StatusBar(props: { editor: Editor; persistence: Persistence; readOnlyReason: string | null }) {
  const s = useSession(props.editor);
  const save = useSyncExternalStore(props.persistence.subscribe, props.persistence.getState);
  return (
    <>
      <WriterBanner editor={props.editor} persistence={props.persistence} />
      <footer className="statusbar">
        <span className={s.status?.kind === 'error' ? 'status error' : 'status'} data-testid="status" role="status" title={s.status?.text}>
          {s.status?.text ?? 'Ready'}
        </span>
        <span data-testid="hover">{describe(props.editor, s.hoverId)}</span>
        <span>{s.selection.size ? `${s.selection.size} selected` : ''}</span>
        <button type="button" aria-pressed={s.snap} data-testid="snap-toggle" title="Snap to the grid, hall walls and row edges while drawing and moving (S)" onClick={() => runAction(props.editor, 'view.toggleSnap')}>
          Snap {s.snap ? 'on' : 'off'}
        </button>
        <span className={`save ${save.kind}`} data-testid="save-state" title={props.readOnlyReason ?? undefined}>
          {props.readOnlyReason || save.kind === 'refused'
            ? 'read-only · not saved'
            : save.kind === 'error'
              ? `not saved: ${save.message}`
              : save.kind === 'saving'
                ? 'saving…'
                : `saved · rev ${save.revision}`}
        </span>
        {save.kind === 'error' && (
          <button type="button" onClick={() => props.persistence.retry()}>
            Retry save
          </button>
        )}
      </footer>
    </>
  );
}
