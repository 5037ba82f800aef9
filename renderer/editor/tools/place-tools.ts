import { fillRows } from '../actions/row-fill.ts';
import { runAction } from '../actions/registry.ts';
import type { ActionContext } from '../actions/types.ts';
import { rotatePoint, siteToHall, snap } from '../geometry.ts';
import { hallAt, slotAtSite } from '../locate.ts';
import { EditRefused } from '../layout-rules.ts';
import type { PlanPointer, Tool } from './types.ts';

const noop = (): void => undefined;

/** Click a row slot to place the current rack profile; Shift+click fills the whole row. */
export function createRackTool(ctx: ActionContext): Tool {
  return {
    down(p: PlanPointer) {
      const hall = hallAt(ctx.store, ctx.session.state.scenarioId, p.site);
      const at = hall && slotAtSite(ctx.store, ctx.catalog, hall, p.site);
      if (!at) {
        ctx.session.error('Place racks: click a slot of a row (draw one with W)');
        return;
      }
      if (p.shift) {
        try {
          const r = fillRows(ctx, { rowIds: [at.row.id] });
          if (!r.ok) ctx.session.error(r.message);
        } catch (error) {
          if (!(error instanceof EditRefused)) throw error;
          ctx.session.error(error.message);
        }
        return;
      }
      runAction(ctx, 'rack.place', { rowId: at.row.id, slot: at.slot });
    },
    move: noop,
    up: noop,
    cancel: noop,
  };
}

/** Click to place the current equipment item centred on the pointer: in a hall, or in the yard outside. */
export function createEquipmentTool(ctx: ActionContext): Tool {
  return {
    down(p: PlanPointer) {
      const item = ctx.catalog.item(ctx.session.state.equipmentCatalogId);
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
