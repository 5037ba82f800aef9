import type { DocRecord } from '../../../shared/model/index.ts';
import { registerAction } from './registry.ts';
import { scenarioResolver } from './scenario-scope.ts';
import { done, refused, type ActionContext, type ActionResult } from './types.ts';

const PARENTS_FIRST: readonly DocRecord['type'][] = ['site', 'scenario', 'hall', 'equipment', 'coolingLoop', 'powerFeed', 'row', 'rack'];

/**
 * Undo and redo replay whole steps, whichever scenario they were made in. A step made in another scenario is
 * never replayed out of sight: the view moves to that scenario and the status line says so.
 */
function replay(ctx: ActionContext, verb: 'Undo' | 'Redo', step: () => boolean): ActionResult {
  const touched: DocRecord[] = [];
  const stop = ctx.store.listen(({ diff }) => touched.push(...diff.added, ...diff.removed, ...diff.updated.flat()));
  let ok: boolean;
  try {
    ok = step();
  } finally {
    stop();
  }
  if (!ok) return refused(`nothing to ${verb.toLowerCase()}`);
  const scenarioOf = scenarioResolver(ctx.store);
  const open = ctx.session.state.scenarioId;
  // Parents first, so that a rack removed with its row still resolves through the row.
  touched.sort((a, b) => PARENTS_FIRST.indexOf(a.type) - PARENTS_FIRST.indexOf(b.type));
  const scenarios = new Set(touched.map(scenarioOf).filter((s): s is string => typeof s === 'string'));
  const other = [...scenarios].find((s) => s !== open && ctx.store.has(s));
  if (other && !scenarios.has(open)) {
    ctx.session.set({ scenarioId: other as typeof open, selection: new Set() });
    ctx.session.info(`${verb}: the step was made in scenario ${ctx.store.get(other, 'scenario')?.name ?? other}, now shown`);
  }
  return done();
}

export const historyUndo = registerAction<void>({
  id: 'history.undo',
  label: 'Undo',
  shortcut: 'Mod+Z',
  group: 'history',
  edits: true,
  scope: 'project',
  enabled: (ctx) => ctx.history.canUndo,
  run: (ctx) => replay(ctx, 'Undo', () => ctx.history.undo()),
});

export const historyRedo = registerAction<void>({
  id: 'history.redo',
  label: 'Redo',
  shortcut: 'Shift+Mod+Z',
  group: 'history',
  edits: true,
  scope: 'project',
  enabled: (ctx) => ctx.history.canRedo,
  run: (ctx) => replay(ctx, 'Redo', () => ctx.history.redo()),
});
