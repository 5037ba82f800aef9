import type { DocRecord, Point } from '../../../shared/model/index.ts';
import type { ActionContext } from '../actions/types.ts';
import { EditRefused } from '../layout-rules.ts';
import { idsInRect } from '../locate.ts';
import { movableRoots, writeMoved } from '../move.ts';
import { moveSnapper } from './snapping.ts';
import type { Tool } from './types.ts';

type Drag =
  | { kind: 'move'; start: Point; roots: DocRecord[]; snapDelta: (d: Point) => Point; last: Point | null }
  | { kind: 'box'; start: Point; additive: boolean; clickedId: string | null };

/**
 * Click to select (Shift toggles), drag a selection to move it (one undo step; the store follows the pointer and
 * persistence sends the drag as one change when it ends), drag empty floor to box-select.
 * A read-only project is only selected in, never moved.
 */
export function createSelectTool(ctx: ActionContext): Tool {
  let drag: Drag | null = null;

  return {
    down(p) {
      const { session, store } = ctx;
      const hit = p.hitId ? store.get(p.hitId) : undefined;
      const hallHit = hit?.type === 'hall' && !session.state.selection.has(hit.id);
      if (hit && !hallHit) {
        if (p.shift) {
          session.toggle(hit.id);
          return;
        }
        if (!session.state.selection.has(hit.id)) session.select([hit.id]);
        if (ctx.readOnlyReason !== null) return;
        ctx.history.beginGesture();
        const roots = movableRoots(ctx, session.state.selection);
        drag = { kind: 'move', start: p.site, roots, snapDelta: moveSnapper(store, ctx.catalog, session.state.scenarioId, roots, session.state.snap), last: null };
        return;
      }
      drag = { kind: 'box', start: p.site, additive: p.shift, clickedId: hit?.id ?? null };
    },
    move(p) {
      if (!drag) return;
      if (drag.kind === 'move') {
        const d = drag.snapDelta({ x: p.site.x - drag.start.x, y: p.site.y - drag.start.y });
        // A pointer move inside the same snap step changes nothing: no write, no recompute.
        if (drag.last && drag.last.x === d.x && drag.last.y === d.y) return;
        const roots = drag.roots;
        try {
          ctx.store.transact((tx) => writeMoved(ctx, tx, roots, d));
          drag.last = d;
          ctx.session.set({ status: null });
        } catch (error) {
          if (!(error instanceof EditRefused)) throw error;
          ctx.session.error(error.message);
        }
        return;
      }
      const { start } = drag;
      ctx.session.set({ selectionBox: { x0: start.x, y0: start.y, x1: p.site.x, y1: p.site.y } });
    },
    up(p) {
      if (drag?.kind === 'move') this.move(p);
      const d = drag;
      drag = null;
      if (!d) return;
      if (d.kind === 'move') {
        ctx.history.endGesture();
        return;
      }
      ctx.session.set({ selectionBox: null });
      const small = Math.abs(p.site.x - d.start.x) < 0.2 && Math.abs(p.site.y - d.start.y) < 0.2;
      if (small) {
        if (d.additive && d.clickedId) ctx.session.toggle(d.clickedId);
        else if (!d.additive) ctx.session.select(d.clickedId ? [d.clickedId] : []);
        return;
      }
      const rect = {
        minX: Math.min(d.start.x, p.site.x),
        maxX: Math.max(d.start.x, p.site.x),
        minY: Math.min(d.start.y, p.site.y),
        maxY: Math.max(d.start.y, p.site.y),
      };
      const ids = idsInRect(ctx.store, ctx.catalog, ctx.session.state.scenarioId, rect);
      ctx.session.select(d.additive ? [...ctx.session.state.selection, ...ids] : ids);
    },
    cancel() {
      if (drag?.kind === 'move') ctx.history.cancelGesture();
      if (drag?.kind === 'box') ctx.session.set({ selectionBox: null });
      drag = null;
    },
  };
}
