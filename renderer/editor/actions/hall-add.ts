import type { HallId, HallKind, HallRecord, Point } from '../../../shared/model/index.ts';
import { newId } from '../ids.ts';
import { assertHallFree, EditRefused } from '../layout-rules.ts';
import { registerAction } from './registry.ts';
import { done } from './types.ts';
import { nextInSeries } from '../naming.ts';

export interface HallAddArgs {
  readonly origin: Point;
  readonly widthM: number;
  readonly depthM: number;
  readonly name?: string;
  readonly ceilingHeightM?: number;
  readonly floorLoadKgPerM2?: number;
  readonly kind?: HallKind;
}

export const hallAdd = registerAction<HallAddArgs>({
  id: 'hall.add',
  label: 'Add hall',
  group: 'create',
  edits: true,
  run(ctx, args) {
    const { store, session } = ctx;
    if (!(args.widthM > 0 && args.depthM > 0)) throw new EditRefused('a hall needs a positive width and depth');
    const hall: HallRecord = {
      type: 'hall',
      id: newId<HallId>('hall'),
      scenarioId: session.state.scenarioId,
      name: args.name ?? nextInSeries('Hall ', store.all('hall').filter((h) => h.scenarioId === session.state.scenarioId).map((h) => h.name)),
      kind: args.kind ?? 'new-build',
      origin: args.origin,
      rotation: 0,
      widthM: args.widthM,
      depthM: args.depthM,
      ceilingHeightM: args.ceilingHeightM ?? 6,
      floorLoadKgPerM2: args.floorLoadKgPerM2 ?? 1500,
    };
    store.transact((tx) => {
      tx.put(hall);
      assertHallFree(store, ctx.catalog, hall);
    });
    session.select([hall.id]);
    return done([hall.id]);
  },
});
