import type { ActionMenu, MenuAction } from '../../../shared/contract/events.ts';
import { actionMenuEntries, runAction } from '../../editor/actions/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { isModalOpen } from '../modal.ts';

/**
 * A command of the app itself rather than of the editor (an export, the help overlay, a project file command): it
 * goes in the menus beside the editor's actions and runs from them in the same way.
 */
export interface AppCommand {
  readonly id: string;
  readonly label: string;
  readonly menu: ActionMenu;
  readonly submenu?: string;
  readonly group: string;
  readonly shortcut?: string;
  readonly enabled: boolean;
  /** The desktop shell has an item of its own for it (New, Open, Save As, Import, Close): not sent to its menu bar. */
  readonly native?: boolean;
  run(): void;
}

/** Everything the menus show, the app's commands first, each with its state now. */
export function menuEntries(editor: Editor, commands: readonly AppCommand[]): MenuAction[] {
  const own = commands.map(
    ({ id, label, menu, submenu, group, shortcut, enabled }): MenuAction => ({ id, label, menu, group, enabled, ...(submenu ? { submenu } : {}), ...(shortcut ? { shortcut } : {}) }),
  );
  return [...own, ...actionMenuEntries(editor)];
}

/**
 * Runs what a menu item names: an app command, or the editor's action by id (which refuses what it cannot do now).
 * While a dialog is open it owns the keyboard and the document behind it, so a menu command waits for it to close.
 */
export function runMenuCommand(editor: Editor, commands: readonly AppCommand[], id: string): void {
  if (isModalOpen()) return;
  const command = commands.find((c) => c.id === id);
  if (command) {
    if (command.enabled) command.run();
    return;
  }
  runAction(editor, id);
}
