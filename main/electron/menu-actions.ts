// The renderer's actions as menu items: the same ids, labels, shortcuts and enabled state as the toolbar and the
// command palette. The renderer keeps handling the keys itself, so the menu shows shortcuts without claiming them.
import type { MenuItemConstructorOptions } from 'electron';

/** What the renderer tells the menu about one action it can run without arguments. */
export interface MenuAction {
  readonly id: string;
  readonly label: string;
  /** The renderer's notation: 'Mod+Z', 'Shift+Mod+Z', 'Delete', 'ArrowLeft', 'H', '1'. */
  readonly shortcut?: string;
  readonly group: string;
  readonly enabled: boolean;
}

/** The menu each action goes in, by its id prefix or its group. */
export type ActionMenu = 'Edit' | 'View' | 'Scenario';

export function actionMenu(action: MenuAction): ActionMenu {
  if (action.id.startsWith('scenario.')) return 'Scenario';
  return action.group === 'view' || action.group === 'color' ? 'View' : 'Edit';
}

/** The renderer's shortcut notation as an Electron accelerator ('Mod+Z' → 'CmdOrCtrl+Z', 'ArrowUp' → 'Up'). */
export function toAccelerator(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part.startsWith('Arrow') ? part.slice('Arrow'.length) : part))
    .join('+');
}

/** One menu item per action, grouped by the action's group with separators between groups. */
export function actionItems(actions: readonly MenuAction[], run: (id: string) => void): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: string | undefined;
  for (const action of actions) {
    if (group !== undefined && action.group !== group) items.push({ type: 'separator' });
    group = action.group;
    items.push({
      id: action.id,
      label: action.label,
      enabled: action.enabled,
      ...(action.shortcut ? { accelerator: toAccelerator(action.shortcut), registerAccelerator: false } : {}),
      click: () => run(action.id),
    });
  }
  return items;
}
