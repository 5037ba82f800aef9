import type { RackId, RackRecord, RowId, RowRecord } from '../../../shared/model/index.ts';
import { newId } from '../ids.ts';
import { assertLayout, EditRefused } from '../layout-rules.ts';
import { registerAction } from './registry.ts';
import { done } from './types.ts';
import { rackLabel } from '../naming.ts';

export interface RackPlaceArgs {
  readonly rowId: RowId;
  readonly slot: number;
  readonly profileId?: string;
}

export function newRack(row: RowRecord, slot: number, profileId: string): RackRecord {
  return {
    type: 'rack',
    id: newId<RackId>('rack'),
    rowId: row.id,
    slot,
    profileId,
    label: rackLabel(row.name, slot),
    itKwOverride: null,
  };
}

export const rackPlace = registerAction<RackPlaceArgs>({
  id: 'rack.place',
  label: 'Place rack',
  group: 'create',
  edits: true,
  run(ctx, args) {
    const row = ctx.store.get(args.rowId, 'row');
    if (!row) throw new EditRefused('racks are placed in a row');
    const profileId = args.profileId ?? ctx.session.state.rackProfileId;
    if (!ctx.catalog.findProfile(profileId)) throw new EditRefused(`unknown rack profile ${profileId}`);
    const rack = newRack(row, args.slot, profileId);
    ctx.store.transact((tx) => {
      tx.put(rack);
      assertLayout(ctx.store, ctx.catalog, [rack]);
    });
    return done([rack.id]);
  },
});
