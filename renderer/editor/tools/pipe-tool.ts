import type { HallRecord, Point, RowRecord } from '../../../shared/model/index.ts';
import { runAction } from '../actions/registry.ts';
import type { ActionContext } from '../actions/types.ts';
import { formatLength } from '../format-length.ts';
import { hallToSite, siteToHall, snap } from '../../../shared/geometry/plan.ts';
import { cduPort, manifoldPoint, orthogonalTo, routeLength } from '../../../shared/geometry/pipe-route.ts';
import type { PlanPointer, Tool } from './types.ts';

// Bends land on the hall's half-metre grid; the run keeps the CDU's and manifolds' exact positions.
const GRID = 0.5;
const HINT = 'click bends, click a row to end (Shift: and go on), Enter or double-click to finish, Esc to cancel';

interface Draft {
  cduId: string;
  hall: HallRecord;
  /** The run so far, hall coordinates. */
  points: Point[];
  rowIds: string[];
}

const same = (a: Point, b: Point): boolean => Math.abs(a.x - b.x) < 1e-9 && Math.abs(a.y - b.y) < 1e-9;

/** Appends points, dropping repeats and merging a point that only extends the last straight segment. */
function extend(points: Point[], next: readonly Point[]): void {
  for (const p of next) {
    const last = points.at(-1)!;
    if (same(last, p)) continue;
    const before = points.at(-2);
    const straight = before && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y));
    const reverses = straight && (p.x - last.x) * (last.x - before.x) + (p.y - last.y) * (last.y - before.y) < 0;
    if (straight && !reverses) points[points.length - 1] = p;
    else points.push(p);
  }
}

/**
 * Draws a cooling loop's pipe run as a polyline on the floor: start on a CDU, click bends (kept horizontal or
 * vertical and on the grid), end on a row's manifold. The run is stored as one undo step by `loop.route`.
 */
export function createPipeTool(ctx: ActionContext): Tool {
  let draft: Draft | null = null;
  // Where the last run ended on a row: the second click of a double-click there must not start (or fail to start) another.
  let endedAt: Point | null = null;

  const rowUnder = (p: PlanPointer, hall: HallRecord): RowRecord | undefined => {
    const hit = p.hitId ? ctx.store.get(p.hitId) : undefined;
    const row = hit?.type === 'row' ? hit : hit?.type === 'rack' ? ctx.store.get(hit.rowId, 'row') : undefined;
    return row?.hallId === hall.id ? row : undefined;
  };

  /** The points a click at `p` would add: to a row's manifold, or one orthogonal grid step. */
  const nextPoints = (d: Draft, p: PlanPointer): { points: Point[]; row: RowRecord | undefined; inside: boolean } => {
    const last = d.points.at(-1)!;
    const row = rowUnder(p, d.hall);
    if (row) return { points: orthogonalTo(last, manifoldPoint(ctx.store, ctx.catalog, row)), row, inside: true };
    const q = siteToHall(d.hall, p.site);
    const next = Math.abs(q.x - last.x) >= Math.abs(q.y - last.y) ? { x: snap(q.x, GRID), y: last.y } : { x: last.x, y: snap(q.y, GRID) };
    const inside = next.x >= 0 && next.y >= 0 && next.x <= d.hall.widthM && next.y <= d.hall.depthM;
    return { points: [next], row: undefined, inside };
  };

  const show = (d: Draft, next: readonly Point[]): void => {
    const all = [...d.points];
    extend(all, next);
    ctx.session.set({ pipeDraft: { points: d.points.map((p) => hallToSite(d.hall, p)), next: next.length ? hallToSite(d.hall, next.at(-1)!) : null } });
    ctx.session.info(`Pipe run ${formatLength(routeLength(all), ctx.session.state.lengthUnit)}: ${HINT}`);
  };

  const reset = (): void => {
    draft = null;
    ctx.session.set({ pipeDraft: null });
  };

  const finish = (): boolean => {
    const d = draft;
    if (!d) return false;
    reset();
    if (d.points.length < 2) {
      ctx.session.info('Pipe run: nothing drawn');
      return true;
    }
    const result = runAction(ctx, 'loop.route', { cduId: d.cduId, route: d.points, rowIds: d.rowIds });
    if (result.ok) ctx.session.info(`Pipe run stored: ${formatLength(routeLength(d.points), ctx.session.state.lengthUnit)}`);
    return true;
  };

  const start = (p: PlanPointer): void => {
    const repeat = endedAt && Math.hypot(p.site.x - endedAt.x, p.site.y - endedAt.y) < 0.25;
    endedAt = null;
    const hit = p.hitId ? ctx.store.get(p.hitId, 'equipment') : undefined;
    if (repeat && !hit) return;
    const hall = hit?.hallId ? ctx.store.get(hit.hallId, 'hall') : undefined;
    const port = hit && ctx.catalog.findItem(hit.catalogId)?.kind === 'cdu' ? cduPort(ctx.store, ctx.catalog, hit.id) : null;
    if (!hit || !hall || !port) {
      ctx.session.error('Draw pipe: start on a CDU inside a hall');
      return;
    }
    draft = { cduId: hit.id, hall, points: [port], rowIds: [] };
    show(draft, []);
  };

  return {
    down(p) {
      const d = draft;
      if (!d) return start(p);
      const next = nextPoints(d, p);
      if (!next.inside) {
        ctx.session.error(`Draw pipe: the run must stay inside ${d.hall.name}`);
        return;
      }
      extend(d.points, next.points);
      if (next.row && !d.rowIds.includes(next.row.id)) d.rowIds.push(next.row.id);
      if (next.row && !p.shift) {
        finish();
        endedAt = p.site;
      } else show(d, []);
    },
    hover(p) {
      if (!draft) return;
      const next = nextPoints(draft, p);
      show(draft, next.inside ? next.points : []);
    },
    move: () => undefined,
    up: () => undefined,
    finish,
    pending: () => draft !== null,
    cancel() {
      const had = draft !== null;
      reset();
      if (had) ctx.session.info('Pipe run cancelled');
    },
  };
}
