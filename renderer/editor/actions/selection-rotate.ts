import { movableRoots, writeRotated } from '../move.ts';
import { registerAction } from './registry.ts';
import { done, refused } from './types.ts';

export const selectionRotate = registerAction<void>({
  id: 'selection.rotate',
  label: 'Rotate 90°',
  shortcut: 'R',
  group: 'edit',
  edits: true,
  run(ctx) {
    const roots = movableRoots(ctx, ctx.session.state.selection).filter((r) => r.type !== 'rack');
    if (roots.length === 0) return refused('select rows, equipment or halls to rotate (racks turn with their row)');
    ctx.store.transact((tx) => writeRotated(ctx, tx, roots));
    return done();
  },
});
