import type { CoolingLoopId, CoolingLoopRecord, EquipmentId, Point, RowRecord } from '../../../shared/model/index.ts';
import { equipmentRect, rectContains } from '../../../shared/geometry/plan.ts';
import { newId } from '../ids.ts';
import { registerAction } from './registry.ts';
import { done, refused } from './types.ts';
import { nextInSeries } from '../naming.ts';

export interface LoopRouteArgs {
  /** The CDU the run starts at: its loop is re-routed, or a loop is made for it. */
  readonly cduId: string;
  /** The pipe run in hall coordinates, starting inside the CDU; horizontal and vertical segments only. */
  readonly route: readonly Point[];
  /** Rows whose manifolds the run reaches: they join the loop. */
  readonly rowIds: readonly string[];
}

const EPS = 1e-6;

/**
 * Stores a drawn pipe run as one undo step: the loop of the CDU takes the new route (rows it already serves
 * stay on it), or a new loop is made with that CDU; the rows reached join it.
 */
export const loopRoute = registerAction<LoopRouteArgs>({
  id: 'loop.route',
  label: 'Draw pipe run',
  group: 'create',
  edits: true,
  run(ctx, args) {
    const cdu = ctx.store.get(args.cduId, 'equipment');
    if (!cdu || ctx.catalog.findItem(cdu.catalogId)?.kind !== 'cdu') return refused('a pipe run starts at a CDU');
    const hall = cdu.hallId ? ctx.store.get(cdu.hallId, 'hall') : undefined;
    if (!hall) return refused(`${cdu.name} stands outside a hall; a loop serves rows of one hall`);
    const route = args.route;
    if (route.length < 2) return refused('a pipe run needs at least two points');
    if (!rectContains(equipmentRect(cdu, ctx.catalog), route[0]!)) return refused(`the pipe run must start at ${cdu.name}`);
    for (let i = 1; i < route.length; i++) {
      const a = route[i - 1]!;
      const b = route[i]!;
      if (Math.abs(a.x - b.x) > EPS && Math.abs(a.y - b.y) > EPS) return refused('pipe runs go horizontally and vertically only');
    }
    if (route.some((p) => p.x < -EPS || p.y < -EPS || p.x > hall.widthM + EPS || p.y > hall.depthM + EPS)) {
      return refused(`the pipe run must stay inside ${hall.name}`);
    }
    const rows: RowRecord[] = [];
    for (const id of args.rowIds) {
      const row = ctx.store.get(id, 'row');
      if (!row || row.hallId !== hall.id) return refused(`a loop serves rows of ${hall.name} only`);
      rows.push(row);
    }
    const existing = ctx.store.childrenOf(hall.id, 'coolingLoop').find((l) => l.cduIds.includes(cdu.id));
    const loop: CoolingLoopRecord = existing
      ? { ...existing, route: [...route] }
      : {
          type: 'coolingLoop',
          id: newId<CoolingLoopId>('coolingLoop'),
          hallId: hall.id,
          name: nextInSeries('Loop ', ctx.store.childrenOf(hall.id, 'coolingLoop').map((l) => l.name)),
          cduIds: [cdu.id as EquipmentId],
          redundancy: 'N+1',
          route: [...route],
        };
    ctx.store.transact((tx) => {
      tx.put(loop);
      for (const row of rows) tx.update<RowRecord>(row.id, { coolingLoopId: loop.id });
    });
    ctx.session.select([loop.id]);
    return done([loop.id]);
  },
});
