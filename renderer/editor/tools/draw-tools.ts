import type { HallId, HallRecord, Point, RowId } from '../../../shared/model/index.ts';
import { rowFromDrag } from '../actions/row-add.ts';
import type { ActionContext } from '../actions/types.ts';
import { formatLength } from '../format-length.ts';
import { siteToHall, snap } from '../../../shared/geometry/plan.ts';
import { newId } from '../ids.ts';
import { assertHallFree, assertLayout, EditRefused } from '../layout-rules.ts';
import { hallAt } from '../locate.ts';
import type { PlanPointer, Tool } from './types.ts';

const snapPoint = (p: Point, step: number): Point => ({ x: snap(p.x, step), y: snap(p.y, step) });

/**
 * A drawing gesture: pointer-down opens a history gesture, each move rewrites the drawn record (refused
 * shapes are skipped, keeping the last good one), pointer-up ends it as one undo step.
 */
function drawTool(
  ctx: ActionContext,
  shape: (start: Point, now: Point, p: PlanPointer) => { write: () => string; describe: () => string } | null,
  snapStep: number,
): Tool {
  let start: Point | null = null;
  let drawnId: string | null = null;
  const apply = (p: PlanPointer): void => {
    if (!start) return;
    const s = shape(start, snapPoint(p.site, snapStep), p);
    if (!s) return;
    try {
      ctx.store.transact(() => {
        drawnId = s.write();
      });
      ctx.session.info(s.describe());
    } catch (error) {
      if (!(error instanceof EditRefused)) throw error;
      ctx.session.error(error.message);
    }
  };
  return {
    down(p) {
      start = snapPoint(p.site, snapStep);
      drawnId = null;
      ctx.history.beginGesture();
    },
    move: apply,
    up(p) {
      apply(p);
      start = null;
      if (drawnId) {
        ctx.history.endGesture();
        ctx.session.select([drawnId]);
      } else ctx.history.cancelGesture();
    },
    cancel() {
      if (start) ctx.history.cancelGesture();
      start = null;
    },
  };
}

export function createHallTool(ctx: ActionContext): Tool {
  let id = newId<HallId>('hall');
  const tool = drawTool(
    ctx,
    (start, now) => {
      const w = Math.abs(now.x - start.x);
      const d = Math.abs(now.y - start.y);
      if (w < 2 || d < 2) return null;
      return {
        write: () => {
          const existing = ctx.store.get(id, 'hall');
          const scenarioId = ctx.session.state.scenarioId;
          const hall: HallRecord = {
            type: 'hall',
            id,
            scenarioId,
            name: existing?.name ?? `Hall ${ctx.store.all('hall').filter((h) => h.scenarioId === scenarioId).length + 1}`,
            kind: 'new-build',
            origin: { x: Math.min(start.x, now.x), y: Math.min(start.y, now.y) },
            rotation: 0,
            widthM: w,
            depthM: d,
            ceilingHeightM: existing?.ceilingHeightM ?? 6,
            floorLoadKgPerM2: existing?.floorLoadKgPerM2 ?? 1500,
          };
          ctx.store.transact((tx) => tx.put(hall));
          assertHallFree(ctx.store, ctx.catalog, hall);
          return id;
        },
        describe: () => `Hall ${formatLength(w, ctx.session.state.lengthUnit)} × ${formatLength(d, ctx.session.state.lengthUnit)} (${Math.round(w * d)} m²)`,
      };
    },
    0.5,
  );
  return { ...tool, down: (p) => ((id = newId<HallId>('hall')), tool.down(p)) };
}

export function createRowTool(ctx: ActionContext): Tool {
  let id = newId<RowId>('row');
  let hallId: HallId | null = null;
  const tool = drawTool(
    ctx,
    (start, now) => {
      const hall = hallId ? ctx.store.get(hallId, 'hall') : undefined;
      if (!hall) return null;
      const a = siteToHall(hall, start);
      const b = siteToHall(hall, now);
      if (Math.hypot(b.x - a.x, b.y - a.y) < 0.3) return null;
      return {
        write: () => {
          const row = rowFromDrag(ctx.store, ctx.catalog, ctx.session.state.rackProfileId, { hallId: hall.id, start: a, end: b }, id);
          ctx.store.transact((tx) => tx.put(row));
          assertLayout(ctx.store, ctx.catalog, [row]);
          return id;
        },
        describe: () => {
          const row = ctx.store.get(id, 'row');
          return row ? `${row.name}: ${row.slotCount} slots × ${formatLength(row.slotWidthM, ctx.session.state.lengthUnit)} = ${formatLength(row.slotCount * row.slotWidthM, ctx.session.state.lengthUnit)}` : '';
        },
      };
    },
    0.1,
  );
  return {
    ...tool,
    down(p) {
      id = newId<RowId>('row');
      hallId = hallAt(ctx.store, ctx.session.state.scenarioId, p.site)?.id ?? null;
      if (!hallId) {
        ctx.session.error('Draw row: start inside a hall');
        return;
      }
      tool.down(p);
    },
  };
}
