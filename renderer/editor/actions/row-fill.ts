import type { RowId } from '../../../shared/model/index.ts';
import { EditRefused, assertLayout } from '../layout-rules.ts';
import { newRack } from './rack-place.ts';
import { uncapped } from './rack-power-cap.ts';
import { registerAction } from './registry.ts';
import { done, refused, type ActionContext, type ActionResult } from './types.ts';

export interface RowFillArgs {
  readonly rowIds: readonly RowId[];
  readonly profileId?: string;
  /** Also turn the racks already standing in the rows into the profile (a conversion), in the same step. */
  readonly replace?: boolean;
}

/** Fills every empty slot of the given rows with racks of one profile, as one step; with `replace`, every slot. */
export function fillRows(ctx: ActionContext, args: RowFillArgs): ActionResult {
  const profileId = args.profileId ?? ctx.session.state.rackProfileId;
  if (!ctx.catalog.findProfile(profileId)) throw new EditRefused(`unknown rack profile ${profileId}`);
  const touched: string[] = [];
  ctx.store.transact((tx) => {
    for (const rowId of args.rowIds) {
      const row = ctx.store.get(rowId, 'row');
      if (!row) continue;
      const standing = ctx.store.childrenOf(row.id, 'rack');
      const used = new Set(standing.map((r) => r.slot));
      for (let slot = 0; slot < row.slotCount; slot++) {
        if (used.has(slot)) continue;
        const rack = newRack(row, slot, profileId);
        tx.put(rack);
        touched.push(rack.id);
      }
      if (!args.replace) continue;
      for (const rack of standing) {
        if (rack.profileId === profileId && rack.itKwOverride === null && rack.powerCapPresetId === undefined) continue;
        tx.put({ ...uncapped(rack), profileId, itKwOverride: null });
        touched.push(rack.id);
      }
    }
    assertLayout(ctx.store, ctx.catalog, touched.map((id) => ctx.store.get(id)!));
  });
  if (touched.length) return done(touched);
  return refused(args.replace ? 'every slot of the selected rows already holds this profile' : 'no empty slot in the selected rows');
}

/** The selected rows and the rows of selected racks. */
function selectedRowIds(ctx: ActionContext): RowId[] {
  const rowIds = new Set<RowId>();
  for (const id of ctx.session.state.selection) {
    const r = ctx.store.get(id);
    if (r?.type === 'row') rowIds.add(r.id);
    if (r?.type === 'rack') rowIds.add(r.rowId);
  }
  return [...rowIds];
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
    const rowIds = selectedRowIds(ctx);
    if (rowIds.length === 0) return refused('select one or more rows first');
    return fillRows(ctx, { rowIds });
  },
});

/** Fills the selected rows and turns the racks already in them into the current profile, as one step. */
export const rowFillReplaceSelected = registerAction<void>({
  id: 'row.fillReplaceSelected',
  label: 'Fill selected rows, replacing their racks',
  group: 'create',
  menu: 'Edit',
  edits: true,
  run(ctx) {
    const rowIds = selectedRowIds(ctx);
    if (rowIds.length === 0) return refused('select one or more rows first');
    return fillRows(ctx, { rowIds, replace: true });
  },
});
