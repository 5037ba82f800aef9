import type { RackRecord } from '../../../shared/model/index.ts';
import type { DocumentStore } from '../store.ts';
import { assertLayout, EditRefused } from '../layout-rules.ts';
import { uncapped } from './rack-power-cap.ts';
import { registerAction } from './registry.ts';
import { done, refused, type ActionContext, type ActionResult } from './types.ts';

export interface ReplaceProfileArgs {
  /** Racks, rows or halls whose racks take the new profile; absent: the selection. */
  readonly ids?: readonly string[];
  /** Absent: the profile the rack tool places. */
  readonly profileId?: string;
}

/** The racks standing in some records: racks themselves, the racks of rows, the racks of every row of halls. */
export function racksIn(store: DocumentStore, ids: Iterable<string>): RackRecord[] {
  const out = new Map<string, RackRecord>();
  const addRow = (rowId: string): void => {
    for (const rack of store.childrenOf(rowId, 'rack')) out.set(rack.id, rack);
  };
  for (const id of ids) {
    const r = store.get(id);
    if (r?.type === 'rack') out.set(r.id, r);
    else if (r?.type === 'row') addRow(r.id);
    else if (r?.type === 'hall') for (const row of store.childrenOf(r.id, 'row')) addRow(row.id);
  }
  return [...out.values()];
}

/**
 * Changes the profile of racks where they stand, as one undo step: rows, slots, labels, loops and feeds stay as
 * they are. A kW override and a power-capping preset belonged to the old profile, so they go. What the new racks no longer fit (pitch, floor
 * load, loop and feed capacity) is for the checks to say; only a rack that would collide with a neighbour is refused.
 */
export function replaceProfile(ctx: ActionContext, args: ReplaceProfileArgs): ActionResult {
  const profileId = args.profileId ?? ctx.session.state.rackProfileId;
  const profile = ctx.catalog.findProfile(profileId);
  if (!profile) throw new EditRefused(`unknown rack profile ${profileId}`);
  const racks = racksIn(ctx.store, args.ids ?? ctx.session.state.selection);
  if (racks.length === 0) return refused('select racks, rows or a hall with racks in them');
  const changed = racks.filter((r) => r.profileId !== profileId || r.itKwOverride !== null || r.powerCapPresetId !== undefined);
  if (changed.length === 0) return refused(`every selected rack is already a ${profile.name}`);
  ctx.store.transact((tx) => {
    for (const rack of changed) tx.put({ ...uncapped(rack), profileId, itKwOverride: null });
    assertLayout(ctx.store, ctx.catalog, changed);
  });
  ctx.session.info(`${changed.length} racks are now ${profile.name}; the checks show what no longer fits`);
  return done(changed.map((r) => r.id));
}

export const rackReplaceProfile = registerAction<ReplaceProfileArgs | undefined>({
  id: 'rack.replaceProfile',
  label: 'Replace the selected racks, rows or halls by the current rack profile',
  group: 'edit',
  menu: 'Edit',
  edits: true,
  run: (ctx, args) => replaceProfile(ctx, args ?? {}),
});
