import { useSyncExternalStore } from 'react';
import type { Editor } from '../editor/editor.ts';
import type { Persistence } from '../editor/persistence.ts';
import { useSession } from './hooks.ts';

export function StatusBar(props: { editor: Editor; persistence: Persistence; readOnlyReason: string | null }) {
  const s = useSession(props.editor);
  const save = useSyncExternalStore(props.persistence.subscribe, props.persistence.getState);
  return (
    <footer className="statusbar">
      <span className={s.status?.kind === 'error' ? 'status error' : 'status'} data-testid="status" role="status">
        {s.status?.text ?? 'Ready'}
      </span>
      <span>{s.selection.size ? `${s.selection.size} selected` : ''}</span>
      <span className={`save ${save.kind}`} data-testid="save-state">
        {props.readOnlyReason
          ? `read-only: ${props.readOnlyReason}`
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
  );
}
