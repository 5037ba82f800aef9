import { useCallback } from 'react';
import { allActions, runAction } from '../editor/actions/index.ts';
import type { Editor } from '../editor/editor.ts';
import { matchesShortcut } from '../editor/shortcuts.ts';
import { useWindowEvent } from './hooks.ts';
import { isModalOpen } from './modal.ts';

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);

/**
 * Every action with a shortcut answers its key anywhere but in a text field or while a dialog is open (the dialog
 * owns the keyboard then); Escape first cancels a gesture and Enter completes a drawing made click by click (a
 * pipe run).
 */
export function useKeyboard(editor: Editor, toggleHelp: () => void, openPalette: () => void): void {
  const onKey = useCallback(
    (e: KeyboardEvent) => {
      if (isModalOpen() || isTyping(e.target)) return;
      if (e.key === '?') {
        toggleHelp();
        e.preventDefault();
        return;
      }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        openPalette();
        e.preventDefault();
        return;
      }
      if (e.key === 'Escape' && editor.tools.cancel()) {
        e.preventDefault();
        return;
      }
      if (e.key === 'Enter' && editor.tools.finish()) {
        e.preventDefault();
        return;
      }
      const redoY = (e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'y';
      const action = redoY ? { id: 'history.redo' } : allActions().find((a) => a.shortcut && matchesShortcut(e, a.shortcut));
      if (!action) return;
      e.preventDefault();
      runAction(editor, action.id);
    },
    [editor, toggleHelp, openPalette],
  );
  useWindowEvent('keydown', onKey);
}
