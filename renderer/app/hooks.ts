import { useEffect, useSyncExternalStore } from 'react';
import type { Editor } from '../editor/editor.ts';
import type { SessionState } from '../editor/session.ts';

export function useSession(editor: Editor): SessionState {
  return useSyncExternalStore(editor.session.subscribe, editor.session.getState);
}

/** Re-renders on every document change; returns the store's version number. */
export function useDocumentVersion(editor: Editor): number {
  return useSyncExternalStore(
    (fn) => editor.store.listen(fn),
    () => editor.store.version,
  );
}

/** Re-renders when the undo history changes (for the enabled state of Undo and Redo). */
export function useHistoryVersion(editor: Editor): { canUndo: boolean; canRedo: boolean } {
  const key = useSyncExternalStore(
    (fn) => {
      const a = editor.history.listen(fn);
      const b = editor.store.listen(fn);
      return () => {
        a();
        b();
      };
    },
    () => `${editor.history.canUndo ? 1 : 0}${editor.history.canRedo ? 1 : 0}`,
  );
  return { canUndo: key[0] === '1', canRedo: key[1] === '1' };
}

export function useWindowEvent<K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void): void {
  useEffect(() => {
    window.addEventListener(type, fn);
    return () => window.removeEventListener(type, fn);
  }, [type, fn]);
}
