import { registerAction } from './registry.ts';
import { done } from './types.ts';

export const selectAll = registerAction<void>({
  id: 'selection.all',
  label: 'Select all racks',
  shortcut: 'Mod+A',
  group: 'edit',
  run(ctx) {
    ctx.session.select(ctx.store.all('rack').map((r) => r.id));
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
