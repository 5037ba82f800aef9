import type { EquipmentId, EquipmentRecord, HallId, Point } from '../../../shared/model/index.ts';
import { newId } from '../ids.ts';
import { assertLayout, EditRefused } from '../layout-rules.ts';
import { registerAction } from './registry.ts';
import { done } from './types.ts';
import { nextInSeries } from '../naming.ts';

export interface EquipmentPlaceArgs {
  /** null: the outdoor yard (site coordinates). */
  readonly hallId: HallId | null;
  readonly position: Point;
  readonly catalogId?: string;
  readonly name?: string;
}

export const equipmentPlace = registerAction<EquipmentPlaceArgs>({
  id: 'equipment.place',
  label: 'Place equipment',
  group: 'create',
  edits: true,
  run(ctx, args) {
    const catalogId = args.catalogId ?? ctx.session.state.equipmentCatalogId;
    const item = ctx.catalog.findItem(catalogId);
    if (!item) throw new EditRefused(`unknown equipment ${catalogId}`);
    const eq: EquipmentRecord = {
      type: 'equipment',
      id: newId<EquipmentId>('equipment'),
      scenarioId: ctx.session.state.scenarioId,
      hallId: args.hallId,
      catalogId,
      name: args.name ?? nextInSeries(`${item.kind.toUpperCase()}-`, ctx.store.all('equipment').filter((e) => e.scenarioId === ctx.session.state.scenarioId).map((e) => e.name)),
      position: args.position,
      rotation: 0,
    };
    ctx.store.transact((tx) => {
      tx.put(eq);
      assertLayout(ctx.store, ctx.catalog, [eq]);
    });
    ctx.session.select([eq.id]);
    ctx.session.info(`${eq.name} placed ${args.hallId ? `in ${ctx.store.get(args.hallId, 'hall')?.name ?? 'the hall'}` : 'in the yard'}`);
    return done([eq.id]);
  },
});
