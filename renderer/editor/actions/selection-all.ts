import { registerAction } from './registry.ts';
import { scenarioRacks } from './scenario-scope.ts';
import { done } from './types.ts';

export const selectAll = registerAction<void>({
  id: 'selection.all',
  label: 'Select all racks of this scenario',
  shortcut: 'Mod+A',
  group: 'edit',
  run(ctx) {
    ctx.session.select(scenarioRacks(ctx.store, ctx.session.state.scenarioId).map((r) => r.id));
    return done();
  },
});

export const selectNone = registerAction<void>({
  id: 'selection.none',
  label: 'Clear selection',
  shortcut: 'Escape',
  group: 'edit',
  run(ctx) {
    if (ctx.history.inGesture) ctx.history.cancelGesture();
    else ctx.session.select([]);
    return done();
  },
});
