import type { ActionMenu, MenuAction } from '../../../shared/contract/events.ts';
import { allActions } from './registry.ts';
import type { Action, ActionContext } from './types.ts';

/**
 * The menu an action appears in: its own `menu`, or for the actions a key runs (they need no arguments) Scenario
 * for scenario actions, View for views and colours, Edit for the rest. Actions run with arguments (by tools and
 * panels) and without a `menu` stay out of the menus.
 */
export function menuOf(action: Action<never>): ActionMenu | null {
  if (action.menu) return action.menu;
  if (!action.shortcut) return null;
  if (action.id.startsWith('scenario.')) return 'Scenario';
  return action.group === 'view' || action.group === 'color' ? 'View' : 'Edit';
}

/** Whether the action can run now: what greys out its menu item, toolbar button and palette line alike. */
export function isAvailable(ctx: ActionContext, action: Action<never>): boolean {
  if (action.edits && ctx.readOnlyReason !== null) return false;
  return action.enabled ? action.enabled(ctx) : true;
}

/** The menu entries of the registered actions, in registry order, with their state for `ctx`. */
export function actionMenuEntries(ctx: ActionContext): MenuAction[] {
  return allActions().flatMap((action) => {
    const menu = menuOf(action);
    if (!menu) return [];
    return [{ id: action.id, label: action.label, menu, group: action.group, enabled: isAvailable(ctx, action), ...(action.shortcut ? { shortcut: action.shortcut } : {}) }];
  });
}
