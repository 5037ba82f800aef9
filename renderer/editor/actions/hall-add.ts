import type { HallId, HallKind, HallRecord, Point } from '../../../shared/model/index.ts';
import { hallRectOnSite, rectsOverlap } from '../geometry.ts';
import { newId } from '../ids.ts';
import { EditRefused } from '../layout-rules.ts';
import type { DocumentStore } from '../store.ts';
import { registerAction } from './registry.ts';
import { done } from './types.ts';

export interface HallAddArgs {
  readonly origin: Point;
  readonly widthM: number;
  readonly depthM: number;
  readonly name?: string;
  readonly ceilingHeightM?: number;
  readonly floorLoadKgPerM2?: number;
  readonly kind?: HallKind;
}

/** Refuses a hall that overlaps another hall of the same scenario. */
export function assertHallFree(store: DocumentStore, hall: HallRecord): void {
  const rect = hallRectOnSite(hall);
  for (const other of store.all('hall')) {
    if (other.id !== hall.id && other.scenarioId === hall.scenarioId && rectsOverlap(rect, hallRectOnSite(other))) {
      throw new EditRefused(`${hall.name} would overlap ${other.name}`);
    }
  }
}

export const hallAdd = registerAction<HallAddArgs>({
  id: 'hall.add',
  label: 'Add hall',
  group: 'create',
  run(ctx, args) {
    const { store, session } = ctx;
    if (!(args.widthM > 0 && args.depthM > 0)) throw new EditRefused('a hall needs a positive width and depth');
    const hall: HallRecord = {
      type: 'hall',
      id: newId<HallId>('hall'),
      scenarioId: session.state.scenarioId,
      name: args.name ?? `Hall ${store.all('hall').filter((h) => h.scenarioId === session.state.scenarioId).length + 1}`,
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
      assertHallFree(store, hall);
    });
    session.select([hall.id]);
    return done([hall.id]);
  },
});
