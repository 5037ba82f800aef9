// The renderer's actions as menu items: the same ids, labels, shortcuts and enabled state as the toolbar and the
// command palette. The renderer keeps handling the keys itself, so the menu shows shortcuts without claiming them.
import type { MenuItemConstructorOptions } from 'electron';
import type { ActionMenu, MenuAction } from '../../shared/contract/events.ts';

export type { ActionMenu, MenuAction };

/** The renderer's shortcut notation as an Electron accelerator ('Mod+Z' → 'CmdOrCtrl+Z', 'ArrowUp' → 'Up'). */
export function toAccelerator(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part.startsWith('Arrow') ? part.slice('Arrow'.length) : part))
    .join('+');
}

function item(action: MenuAction, run: (id: string) => void): MenuItemConstructorOptions {
  return {
    id: action.id,
    label: action.label,
    enabled: action.enabled,
    ...(action.shortcut ? { accelerator: toAccelerator(action.shortcut), registerAccelerator: false } : {}),
    click: () => run(action.id),
  };
}

/** Items in order, a separator wherever the group changes; the actions of a submenu go into it, where its first stands. */
function grouped(actions: readonly MenuAction[], run: (id: string) => void, nest: boolean): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: string | undefined;
  for (const action of actions) {
    if (nest && action.submenu !== undefined && actions.find((a) => a.submenu === action.submenu) !== action) continue;
    if (group !== undefined && action.group !== group) items.push({ type: 'separator' });
    group = action.group;
    if (!nest || action.submenu === undefined) {
      items.push(item(action, run));
      continue;
    }
    const inside = actions.filter((a) => a.submenu === action.submenu);
    items.push({ id: `submenu.${action.submenu}`, label: action.submenu, enabled: inside.some((a) => a.enabled), submenu: grouped(inside, run, false) });
  }
  return items;
}

/** The items of one menu: its actions in the renderer's order. */
export function actionItems(actions: readonly MenuAction[], menu: ActionMenu, run: (id: string) => void): MenuItemConstructorOptions[] {
  return grouped(
    actions.filter((a) => a.menu === menu),
    run,
    true,
  );
}
