import type { CoolingLoopRecord } from '../../../shared/model/index.ts';
import { registerAction } from './registry.ts';
import { done, refused } from './types.ts';

export interface LoopAutoRouteArgs {
  /** Absent: the selected loops. */
  readonly loopIds?: readonly string[];
}

/** Drops the drawn pipe run of loops, as one step: they follow their automatic route again, CDU to each manifold. */
export const loopAutoRoute = registerAction<LoopAutoRouteArgs | undefined>({
  id: 'loop.autoRoute',
  label: 'Return selected loops to their automatic pipe route',
  group: 'edit',
  menu: 'Edit',
  edits: true,
  run(ctx, args) {
    const ids = args?.loopIds ?? [...ctx.session.state.selection];
    const loops = ids.flatMap((id) => ctx.store.get(id, 'coolingLoop') ?? []).filter((l) => l.route.length > 0);
    if (loops.length === 0) return refused('select a cooling loop with a drawn pipe run');
    ctx.store.transact((tx) => {
      for (const loop of loops) tx.update<CoolingLoopRecord>(loop.id, { route: [] });
    });
    return done(loops.map((l) => l.id));
  },
});
