import { useEffect, useSyncExternalStore } from 'react';
import type { Editor } from '../editor/editor.ts';
import type { Persistence } from '../editor/persistence.ts';

/** Turns the editor read-only: every editing action and tool is refused from now on, with `reason`. */
function makeReadOnly(editor: Editor, reason: string): void {
  if (editor.readOnlyReason !== null) return;
  editor.tools.cancel();
  (editor as { readOnlyReason: string | null }).readOnlyReason = reason;
  editor.session.set({ tool: 'select', selectionBox: null, pipeDraft: null });
  editor.session.error('Not saved: this window is read-only now; reload the saved project to go on');
}

/**
 * When saving is refused because another window writes the project (it saved first, or holds it), this window
 * stops taking edits at once and says so in a banner, with a reload of the saved project to go on. Coming back
 * to the window asks the project whether another writer saved meanwhile, before anything is typed in vain.
 */
export function WriterBanner(props: { editor: Editor; persistence: Persistence }) {
  const { editor, persistence } = props;
  const save = useSyncExternalStore(persistence.subscribe, persistence.getState);
  const refused = save.kind === 'refused' ? save.message.replace(/\.$/, '') : null;
  useEffect(() => {
    if (refused !== null) makeReadOnly(editor, refused);
  }, [editor, refused]);
  useEffect(() => {
    if (editor.readOnlyReason !== null) return;
    const check = () => {
      if (document.visibilityState === 'visible') void persistence.checkWriter();
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [editor, persistence]);
  if (refused === null) return null;
  return (
    <div className="readonly-banner writer-banner" role="alert" data-testid="writer-banner">
      <b>Read-only</b> {save.kind === 'refused' && save.unsent ? 'Not saved' : 'Saving stopped'}: {refused}. This window takes no more edits, so that
      nothing is typed that cannot be saved{save.kind === 'refused' && save.unsent ? '; its last change is not in the file' : ''}.{' '}
      <button type="button" className="tb-button" data-testid="writer-reload" onClick={() => window.location.reload()}>Reload the saved project</button>
    </div>
  );
}
