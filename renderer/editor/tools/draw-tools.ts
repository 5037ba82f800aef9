import type { HallId, HallRecord, Point, RowId } from '../../../shared/model/index.ts';
import { rowFromDrag } from '../actions/row-add.ts';
import type { ActionContext } from '../actions/types.ts';
import { formatLength } from '../format-length.ts';
import { hallToSite, siteToHall } from '../../../shared/geometry/plan.ts';
import { newId } from '../ids.ts';
import { assertHallFree, assertLayout, EditRefused } from '../layout-rules.ts';
import { hallAt } from '../locate.ts';
import { hallSnapLines, siteSnapLines, snapPoint } from './snapping.ts';
import type { Tool, TypedKind, TypedValue } from './types.ts';

/** The side of `start` the pointer is on, per axis: a typed figure draws towards it (right and down before it moves). */
const towards = (start: Point, pointer: Point | null): Point => ({ x: pointer && pointer.x < start.x ? -1 : 1, y: pointer && pointer.y < start.y ? -1 : 1 });

const GRID_TOLERANCE_M = 0.3;

/**
 * A drawing gesture: pointer-down opens a history gesture, each move rewrites the drawn record (refused
 * shapes are skipped, keeping the last good one), pointer-up ends it as one undo step. A click without a drag
 * starts a drawing made click by click: a second click, or a typed figure (`typedEnd`) at an exact size, draws it.
 */
function drawTool(
  ctx: ActionContext,
  shape: (start: Point, now: Point) => { write: () => string; describe: () => string } | null,
  snapAt: (site: Point) => Point,
  typedEnd: (start: Point, pointer: Point | null, value: TypedValue) => Point | string,
  kind: TypedKind,
): Tool {
  let start: Point | null = null;
  let drawnId: string | null = null;
  let clicking = false;
  let pointer: Point | null = null;
  /** Writes the shape from `start` to `now`; returns the refusal, or null when it was drawn. */
  const apply = (now: Point): string | null => {
    if (!start) return null;
    const s = shape(start, now);
    if (!s) return null;
    try {
      ctx.store.transact(() => {
        drawnId = s.write();
      });
      ctx.session.info(s.describe());
      return null;
    } catch (error) {
      if (!(error instanceof EditRefused)) throw error;
      ctx.session.error(error.message);
      return error.message;
    }
  };
  const end = (): void => {
    start = null;
    clicking = false;
    ctx.session.set({ measure: null });
    if (drawnId) {
      ctx.history.endGesture();
      ctx.session.select([drawnId]);
    } else ctx.history.cancelGesture();
  };
  return {
    down(p) {
      if (clicking) {
        apply(snapAt(p.site));
        return end();
      }
      start = snapAt(p.site);
      pointer = null;
      drawnId = null;
      ctx.history.beginGesture();
    },
    move: (p) => void apply(snapAt(p.site)),
    hover(p) {
      pointer = p.site;
      // Between the clicks nothing is written (nothing half drawn is saved): a line with its length shows the extent.
      if (clicking && start) ctx.session.set({ measure: { a: start, b: snapAt(p.site), done: false } });
    },
    up(p) {
      if (clicking) return;
      apply(snapAt(p.site));
      if (drawnId) return end();
      clicking = true;
      ctx.session.info(`Click the ${kind === 'size' ? 'opposite corner' : 'end'}, or type ${kind === 'size' ? 'width × depth' : 'a length (or “12 slots”)'} and press Enter; Esc cancels`);
    },
    pending: () => start !== null,
    typedPrompt: () => (start ? { kind, at: start } : null),
    typed(value) {
      if (!start) return 'click the first point, then type';
      const to = typedEnd(start, pointer, value);
      if (typeof to === 'string') return to;
      drawnId = null;
      const refusal = apply(to);
      if (refusal) return refusal;
      if (!drawnId) return 'too small to draw';
      end();
      return null;
    },
    cancel() {
      if (start) ctx.history.cancelGesture();
      start = null;
      clicking = false;
      ctx.session.set({ measure: null });
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
    (site) => snapPoint(site, siteSnapLines(ctx.store, ctx.session.state.scenarioId), { grid: 0.5, tolerance: GRID_TOLERANCE_M }, ctx.session.state.snap).point,
    (start, pointer, value) => {
      if (value.kind !== 'length' || value.metres.length !== 2) return 'type the width and depth, as 40 × 30';
      const [w, d] = value.metres as [number, number];
      if (w < 2 || d < 2) return 'a hall is at least 2 m wide and deep';
      const dir = towards(start, pointer);
      return { x: start.x + dir.x * w, y: start.y + dir.y * d };
    },
    'size',
  );
  return {
    ...tool,
    down(p) {
      if (!tool.pending!()) id = newId<HallId>('hall');
      tool.down(p);
    },
  };
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
    (site) => {
      const hall = hallId ? ctx.store.get(hallId, 'hall') : undefined;
      if (!hall) return site;
      const lines = hallSnapLines(ctx.store, ctx.catalog, hall, new Set([id]));
      return hallToSite(hall, snapPoint(siteToHall(hall, site), lines, { grid: 0.1, tolerance: GRID_TOLERANCE_M }, ctx.session.state.snap).point);
    },
    (start, pointer, value) => {
      const hall = hallId ? ctx.store.get(hallId, 'hall') : undefined;
      if (!hall) return 'start inside a hall';
      const pitch = ctx.catalog.rackSize(ctx.session.state.rackProfileId).widthM;
      const length = value.kind === 'count' ? value.count * pitch : value.metres.length === 1 ? value.metres[0]! : NaN;
      if (!Number.isFinite(length)) return 'type one length, or a count as “12 slots”';
      if (length < pitch) return `a row is at least one slot (${formatLength(pitch, ctx.session.state.lengthUnit)}) long`;
      const a = siteToHall(hall, start);
      const q = pointer ? siteToHall(hall, pointer) : null;
      const alongX = !q || Math.abs(q.x - a.x) >= Math.abs(q.y - a.y);
      const dir = towards(a, q);
      return hallToSite(hall, alongX ? { x: a.x + dir.x * length, y: a.y } : { x: a.x, y: a.y + dir.y * length });
    },
    'length',
  );
  return {
    ...tool,
    down(p) {
      if (tool.pending!()) return tool.down(p);
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
