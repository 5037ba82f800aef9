import type { RowId } from '../../../shared/model/index.ts';
import { EditRefused, assertLayout } from '../layout-rules.ts';
import { newRack } from './rack-place.ts';
import { registerAction } from './registry.ts';
import { done, refused, type ActionContext, type ActionResult } from './types.ts';

export interface RowFillArgs {
  readonly rowIds: readonly RowId[];
  readonly profileId?: string;
}

/** Fills every empty slot of the given rows with racks of one profile, as one step. */
export function fillRows(ctx: ActionContext, args: RowFillArgs): ActionResult {
  const profileId = args.profileId ?? ctx.session.state.rackProfileId;
  if (!ctx.catalog.findProfile(profileId)) throw new EditRefused(`unknown rack profile ${profileId}`);
  const added: string[] = [];
  ctx.store.transact((tx) => {
    for (const rowId of args.rowIds) {
      const row = ctx.store.get(rowId, 'row');
      if (!row) continue;
      const used = new Set(ctx.store.childrenOf(row.id, 'rack').map((r) => r.slot));
      for (let slot = 0; slot < row.slotCount; slot++) {
        if (used.has(slot)) continue;
        const rack = newRack(row, slot, profileId);
        tx.put(rack);
        added.push(rack.id);
      }
    }
    assertLayout(ctx.store, ctx.catalog, added.map((id) => ctx.store.get(id)!));
  });
  return added.length ? done(added) : refused('no empty slot in the selected rows');
}

export const rowFill = registerAction<RowFillArgs>({
  id: 'row.fill',
  label: 'Fill row with racks',
  group: 'create',
  edits: true,
  run: fillRows,
});

/** Keyboard form: fills the selected rows (or the rows of selected racks) with the current profile. */
export const rowFillSelected = registerAction<void>({
  id: 'row.fillSelected',
  label: 'Fill selected rows',
  shortcut: 'Shift+K',
  group: 'create',
  edits: true,
  run(ctx) {
    const rowIds = new Set<RowId>();
    for (const id of ctx.session.state.selection) {
      const r = ctx.store.get(id);
      if (r?.type === 'row') rowIds.add(r.id);
      if (r?.type === 'rack') rowIds.add(r.rowId);
    }
    if (rowIds.size === 0) return refused('select one or more rows first');
    return fillRows(ctx, { rowIds: [...rowIds] });
  },
});
