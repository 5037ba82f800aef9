import type { Action, ActionContext, ActionResult } from './types.ts';
import { EditRefused } from '../layout-rules.ts';
import { scenarioScopedContext } from './scenario-guard.ts';

const actions = new Map<string, Action<never>>();

export function registerAction<A>(action: Action<A>): Action<A> {
  if (actions.has(action.id)) throw new Error(`action ${action.id} is registered twice`);
  actions.set(action.id, action as Action<never>);
  return action;
}

export function getAction(id: string): Action<never> | undefined {
  return actions.get(id);
}

export function allActions(): Action<never>[] {
  return [...actions.values()];
}

/**
 * Runs an action by id. An editing action in a read-only project is refused before it runs. Unless it is
 * project-wide, the action writes through a store held to the open scenario. A refused edit (EditRefused or a
 * failed validation) changes nothing and is reported as a result and on the status line.
 */
export function runAction<A>(ctx: ActionContext, id: string, args?: A): ActionResult {
  const action = actions.get(id) as Action<A | undefined> | undefined;
  if (!action) return { ok: false, message: `unknown action ${id}` };
  if (action.edits && ctx.readOnlyReason !== null) {
    const message = `the project is read-only: ${ctx.readOnlyReason}`;
    ctx.session.error(`${action.label}: ${message}`);
    return { ok: false, message };
  }
  if (action.enabled && !action.enabled(ctx)) return { ok: false, message: `${action.label}: not available now` };
  let result: ActionResult;
  try {
    result = action.run(action.scope === 'project' ? ctx : scenarioScopedContext(ctx), args);
  } catch (error) {
    if (!(error instanceof EditRefused)) throw error;
    result = { ok: false, message: error.message };
  }
  if (!result.ok) ctx.session.error(`${action.label}: ${result.message}`);
  return result;
}
