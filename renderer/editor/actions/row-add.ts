import type { HallId, Point, Rotation, RowId, RowRecord } from '../../../shared/model/index.ts';
import type { CatalogIndex } from '../../../shared/catalog/catalog-index.ts';
import { newId } from '../ids.ts';
import { assertLayout, EditRefused } from '../layout-rules.ts';
import type { DocumentStore } from '../store.ts';
import { registerAction } from './registry.ts';
import { done } from './types.ts';
import { nextInSeries } from '../naming.ts';

export interface RowAddArgs {
  readonly hallId: HallId;
  /** Where the drag started and ended, in hall coordinates. */
  readonly start: Point;
  readonly end: Point;
  /** Slot pitch; defaults to the width of the rack profile being placed. */
  readonly slotWidthM?: number;
  readonly name?: string;
}

/** The row a drag from `start` to `end` describes: slots follow the pitch, direction follows the drag. */
export function rowFromDrag(
  store: DocumentStore,
  catalog: CatalogIndex,
  profileId: string,
  args: RowAddArgs,
  id: RowId = newId<RowId>('row'),
): RowRecord {
  const hall = store.get(args.hallId, 'hall');
  if (!hall) throw new EditRefused('a row must be drawn inside a hall');
  const pitch = args.slotWidthM ?? catalog.rackSize(profileId).widthM;
  const dx = args.end.x - args.start.x;
  const dy = args.end.y - args.start.y;
  const alongX = Math.abs(dx) >= Math.abs(dy);
  const rotation: Rotation = alongX ? (dx >= 0 ? 0 : 180) : dy >= 0 ? 90 : 270;
  const length = alongX ? Math.abs(dx) : Math.abs(dy);
  return {
    type: 'row',
    id,
    hallId: hall.id,
    name: args.name ?? store.get(id, 'row')?.name ?? nextInSeries('Row ', store.childrenOf(hall.id, 'row').map((r) => r.name)),
    origin: args.start,
    rotation,
    slotCount: Math.min(500, Math.max(1, Math.floor(length / pitch + 1e-9))),
    slotWidthM: pitch,
    containment: 'hot-aisle',
    coolingLoopId: null,
    feedAId: null,
    feedBId: null,
  };
}

export const rowAdd = registerAction<RowAddArgs>({
  id: 'row.add',
  label: 'Draw row',
  group: 'create',
  edits: true,
  run(ctx, args) {
    const row = rowFromDrag(ctx.store, ctx.catalog, ctx.session.state.rackProfileId, args);
    ctx.store.transact((tx) => {
      tx.put(row);
      assertLayout(ctx.store, ctx.catalog, [row]);
    });
    ctx.session.select([row.id]);
    return done([row.id]);
  },
});
