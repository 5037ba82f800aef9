import type { CoolingLoopId, CoolingLoopRecord, EquipmentId, Point, RowRecord } from '../../../shared/model/index.ts';
import { equipmentRect, rowDepth, toParent } from '../geometry.ts';
import { newId } from '../ids.ts';
import { registerAction } from './registry.ts';
import { done, refused, type ActionContext } from './types.ts';
import { selectedOfKind, selectedRows } from './selection-kinds.ts';

/** Where a row's liquid manifold meets the loop: the end of the row, at the back (hot-aisle side). */
export function manifoldPoint(ctx: ActionContext, row: RowRecord): Point {
  return toParent({ x: row.slotCount * row.slotWidthM, y: rowDepth(ctx.store, ctx.catalog, row) }, row.origin, row.rotation);
}

/** An orthogonal pipe route from the CDU group to each manifold in turn, nearest first. */
export function routeFrom(start: Point, manifolds: Point[]): Point[] {
  const route: Point[] = [start];
  const left = [...manifolds];
  let at = start;
  while (left.length) {
    left.sort((a, b) => Math.abs(a.x - at.x) + Math.abs(a.y - at.y) - (Math.abs(b.x - at.x) + Math.abs(b.y - at.y)));
    const next = left.shift()!;
    if (next.x !== at.x && next.y !== at.y) route.push({ x: next.x, y: at.y });
    route.push(next);
    at = next;
  }
  return route;
}

export const loopCreate = registerAction<void>({
  id: 'loop.create',
  label: 'Cooling loop from selected CDUs to selected rows',
  shortcut: 'L',
  group: 'create',
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
      id: newId<CoolingLoopId>('loop'),
      hallId,
      name: `Loop ${ctx.store.childrenOf(hallId, 'coolingLoop').length + 1}`,
      cduIds: cdus.map((c) => c.id as EquipmentId),
      redundancy: 'N+1',
      route: routeFrom(start, rows.map((r) => manifoldPoint(ctx, r))),
    };
    ctx.store.transact((tx) => {
      tx.put(loop);
      for (const row of rows) tx.update<RowRecord>(row.id, { coolingLoopId: loop.id });
    });
    ctx.session.select([loop.id]);
    return done([loop.id]);
  },
});
