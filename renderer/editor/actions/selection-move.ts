import type { Point } from '../../../shared/model/index.ts';
import { movableRoots, writeMoved } from '../move.ts';
import { registerAction } from './registry.ts';
import { done, refused, type ActionContext, type ActionResult } from './types.ts';

export interface SelectionMoveArgs {
  /** Plan delta in site metres. */
  readonly delta: Point;
}

function moveSelection(ctx: ActionContext, delta: Point): ActionResult {
  const roots = movableRoots(ctx, ctx.session.state.selection);
  if (roots.length === 0) return refused('nothing movable is selected');
  ctx.store.transact((tx) => writeMoved(ctx, tx, roots, delta));
  return done();
}

export const selectionMove = registerAction<SelectionMoveArgs>({
  id: 'selection.move',
  label: 'Move selection',
  group: 'edit',
  edits: true,
  run: (ctx, args) => moveSelection(ctx, args.delta),
});

// Arrow keys nudge by 0.1 m: the usual tolerance of a floor layout.
const nudge = (id: string, label: string, shortcut: string, delta: Point) =>
  registerAction<void>({ id, label, shortcut, group: 'edit', edits: true, run: (ctx) => moveSelection(ctx, delta) });

export const nudgeLeft = nudge('selection.nudgeLeft', 'Nudge left 0.1 m', 'ArrowLeft', { x: -0.1, y: 0 });
export const nudgeRight = nudge('selection.nudgeRight', 'Nudge right 0.1 m', 'ArrowRight', { x: 0.1, y: 0 });
export const nudgeUp = nudge('selection.nudgeUp', 'Nudge up 0.1 m', 'ArrowUp', { x: 0, y: -0.1 });
export const nudgeDown = nudge('selection.nudgeDown', 'Nudge down 0.1 m', 'ArrowDown', { x: 0, y: 0.1 });
