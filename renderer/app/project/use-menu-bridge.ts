import { useEffect } from 'react';
import { getApi } from '../../api/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { menuEntries, runMenuCommand, type AppCommand } from './app-commands.ts';

/** Coalesces the changes of one gesture (a drag changes the session at every pointer move) into one publish. */
const PUBLISH_DELAY_MS = 50;

/**
 * The menu bar's side of the renderer: publishes the menu entries (menu.setActions) whenever a label or an enabled
 * state changes, and runs the one main names when a menu item is chosen (the menu.runAction event).
 */
export function useMenuBridge(editor: Editor, commands: readonly AppCommand[]): void {
  useEffect(() => {
    const api = getApi();
    let sent = '';
    let timer: number | undefined;
    const publish = () => {
      timer = undefined;
      const actions = menuEntries(
        editor,
        commands.filter((c) => !c.native),
      );
      const text = JSON.stringify(actions);
      if (text === sent) return;
      sent = text;
      api.menu.setActions({ actions }).catch(() => {
        // Sent again with the next change; the menu keeps the previous state until then.
        sent = '';
      });
    };
    const schedule = () => {
      timer ??= window.setTimeout(publish, PUBLISH_DELAY_MS);
    };
    publish();
    const stops = [
      editor.session.subscribe(schedule),
      editor.store.listen(schedule),
      editor.history.listen(schedule),
      api.events.menu.runAction(({ id }) => runMenuCommand(editor, commands, id)),
    ];
    return () => {
      stops.forEach((stop) => stop());
      window.clearTimeout(timer);
    };
  }, [editor, commands]);
}
