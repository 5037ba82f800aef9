import type { CoolingLoopId, CoolingLoopRecord, EquipmentId, RowRecord } from '../../../shared/model/index.ts';
import { newId } from '../ids.ts';
import { nextInSeries } from '../naming.ts';
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
    const loop: CoolingLoopRecord = {
      type: 'coolingLoop',
      id: newId<CoolingLoopId>('coolingLoop'),
      hallId,
      name: nextInSeries('Loop ', ctx.store.childrenOf(hallId, 'coolingLoop').map((l) => l.name)),
      cduIds: cdus.map((c) => c.id as EquipmentId),
      redundancy: 'N+1',
      // No stored run: the loop follows its automatic route, which the report re-draws as CDUs and rows move.
      route: [],
    };
    ctx.store.transact((tx) => {
      tx.put(loop);
      for (const row of rows) tx.update<RowRecord>(row.id, { coolingLoopId: loop.id });
    });
    ctx.session.select([loop.id]);
    return done([loop.id]);
  },
});
