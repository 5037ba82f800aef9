import type { CoolingLoopId, CoolingLoopRecord, EquipmentId, RowRecord } from '../../../shared/model/index.ts';
import { equipmentRect } from '../../../shared/geometry/plan.ts';
import { newId } from '../ids.ts';
import { manifoldPoint, routeFrom } from '../../../shared/geometry/pipe-route.ts';
import { registerAction } from './registry.ts';
import { done, refused } from './types.ts';
import { selectedOfKind, selectedRows } from './selection-kinds.ts';

export const loopCreate = registerAction<void>({
  id: 'loop.create',
  label: 'Cooling loop from selected CDUs to selected rows',
  shortcut: 'L',
  group: 'create',
  edits: true,
  run(ctx) {
    const cdus = selectedOfKind(ctx, 'cdu');
    const rows = selectedRows(ctx);
    if (cdus.length === 0 || rows.length === 0) return refused('select one or more CDUs and the rows they serve (Shift+click)');
    const hallId = rows[0]!.hallId;
    if (rows.some((r) => r.hallId !== hallId) || cdus.some((c) => c.hallId !== hallId)) {
      return refused('a loop serves rows of one hall from CDUs in that hall');
    }
    const rect = equipmentRect(cdus[0]!, ctx.catalog);
    const start = { x: (rect.minX + rect.maxX) / 2, y: (rect.minY + rect.maxY) / 2 };
    const loop: CoolingLoopRecord = {
      type: 'coolingLoop',
      id: newId<CoolingLoopId>('coolingLoop'),
      hallId,
      name: `Loop ${ctx.store.childrenOf(hallId, 'coolingLoop').length + 1}`,
      cduIds: cdus.map((c) => c.id as EquipmentId),
      redundancy: 'N+1',
      route: routeFrom(start, rows.map((r) => manifoldPoint(ctx.store, ctx.catalog, r))),
    };
    ctx.store.transact((tx) => {
      tx.put(loop);
      for (const row of rows) tx.update<RowRecord>(row.id, { coolingLoopId: loop.id });
    });
    ctx.session.select([loop.id]);
    return done([loop.id]);
  },
});
