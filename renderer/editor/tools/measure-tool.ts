import type { Point } from '../../../shared/model/index.ts';
import type { ActionContext } from '../actions/types.ts';
import { formatLength } from '../format-length.ts';
import type { Tool } from './types.ts';

/** The distance between two plan points, and its run along x and y, in the user's unit. */
export function measureText(a: Point, b: Point, ctx: ActionContext): string {
  const u = ctx.session.state.lengthUnit;
  return `${formatLength(Math.hypot(b.x - a.x, b.y - a.y), u)} (Δx ${formatLength(Math.abs(b.x - a.x), u)}, Δy ${formatLength(Math.abs(b.y - a.y), u)})`;
}

/**
 * Click two points to read the distance between them; the measure stays shown until the next click starts another
 * or the tool is left. It never changes the document. Points snap as drawing does.
 */
export function createMeasureTool(ctx: ActionContext, snapAt: (p: Point) => Point): Tool {
  const show = (a: Point, b: Point, done: boolean): void => {
    ctx.session.set({ measure: { a, b, done } });
    ctx.session.info(`Measure ${measureText(a, b, ctx)}${done ? '' : ': click the second point'}`);
  };
  return {
    down(p) {
      const at = snapAt(p.site);
      const m = ctx.session.state.measure;
      if (m && !m.done) show(m.a, at, true);
      else show(at, at, false);
    },
    hover(p) {
      const m = ctx.session.state.measure;
      if (m && !m.done) show(m.a, snapAt(p.site), false);
    },
    move: () => undefined,
    up: () => undefined,
    pending: () => ctx.session.state.measure !== null,
    cancel() {
      ctx.session.set({ measure: null, status: null });
    },
  };
}
