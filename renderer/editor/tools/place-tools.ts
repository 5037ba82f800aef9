import { runAction } from '../actions/registry.ts';
import type { ActionContext } from '../actions/types.ts';
import { rotatePoint, siteToHall, snap } from '../../../shared/geometry/plan.ts';
import { hallAt, slotAtSite } from '../locate.ts';
import type { PlanPointer, Tool } from './types.ts';

const noop = (): void => undefined;

/**
 * Click a row slot to place the current rack profile, or drag along rows to place one in every free slot
 * the pointer crosses (one undo step); Shift+click fills the whole row, Shift+Mod+click fills it and turns the racks
 * already in it into the current profile.
 */
export function createRackTool(ctx: ActionContext): Tool {
  let painting = false;
  const placeAt = (p: PlanPointer, report: boolean): void => {
    const hall = hallAt(ctx.store, ctx.session.state.scenarioId, p.site);
    const at = hall && slotAtSite(ctx.store, ctx.catalog, hall, p.site);
    if (!at) {
      if (report) ctx.session.error('Place racks: click a slot of a row (draw one with W)');
      return;
    }
    if (ctx.store.childrenOf(at.row.id, 'rack').some((r) => r.slot === at.slot)) return;
    const r = runAction(ctx, 'rack.place', { rowId: at.row.id, slot: at.slot });
    if (r.ok) ctx.session.set({ status: null });
  };
  return {
    down(p: PlanPointer) {
      if (p.shift) {
        const hall = hallAt(ctx.store, ctx.session.state.scenarioId, p.site);
        const at = hall && slotAtSite(ctx.store, ctx.catalog, hall, p.site);
        if (!at) return ctx.session.error('Fill row: Shift+click a row');
        runAction(ctx, 'row.fill', { rowIds: [at.row.id], replace: p.mod });
        return;
      }
      painting = true;
      ctx.history.beginGesture();
      placeAt(p, true);
    },
    move(p: PlanPointer) {
      if (painting) placeAt(p, false);
    },
    up() {
      if (painting) ctx.history.endGesture();
      painting = false;
    },
    cancel() {
      if (painting) ctx.history.cancelGesture();
      painting = false;
    },
  };
}

/** Click to place the current equipment item centred on the pointer: in a hall, or in the yard outside. */
export function createEquipmentTool(ctx: ActionContext): Tool {
  return {
    down(p: PlanPointer) {
      const item = ctx.catalog.findItem(ctx.session.state.equipmentCatalogId);
      const hall = hallAt(ctx.store, ctx.session.state.scenarioId, p.site);
      const centre = hall ? siteToHall(hall, p.site) : p.site;
      const half = rotatePoint({ x: (item?.widthM ?? 1) / 2, y: (item?.depthM ?? 1) / 2 }, 0);
      runAction(ctx, 'equipment.place', {
        hallId: hall?.id ?? null,
        position: { x: snap(centre.x - half.x, 0.1), y: snap(centre.y - half.y, 0.1) },
      });
    },
    move: noop,
    up: noop,
    cancel: noop,
  };
}
