import type { DocRecord } from '../../../shared/model/index.ts';
import type { Transaction } from '../store.ts';
import { registerAction } from './registry.ts';
import { done, refused, type ActionContext } from './types.ts';

/** Everything that goes when `ids` go: a hall's rows, equipment, loops and feeds; a row's racks. */
function withDependents(ctx: ActionContext, ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const visit = (id: string): void => {
    if (out.has(id) || !ctx.store.has(id)) return;
    out.add(id);
    for (const type of ['row', 'rack', 'equipment', 'coolingLoop', 'powerFeed'] as const) {
      for (const child of ctx.store.childrenOf(id, type)) visit(child.id);
    }
  };
  for (const id of ids) visit(id);
  return out;
}

/** Removes records and clears every reference to them that stays behind. */
export function removeRecords(ctx: ActionContext, tx: Transaction, ids: Iterable<string>): void {
  const gone = withDependents(ctx, ids);
  for (const id of gone) tx.remove(id);
  const keep = <T extends string>(xs: readonly T[]): T[] => xs.filter((x) => !gone.has(x));
  for (const row of ctx.store.all('row')) {
    const patch: Partial<Record<'coolingLoopId' | 'feedAId' | 'feedBId', null>> = {};
    if (row.coolingLoopId && gone.has(row.coolingLoopId)) patch.coolingLoopId = null;
    if (row.feedAId && gone.has(row.feedAId)) patch.feedAId = null;
    if (row.feedBId && gone.has(row.feedBId)) patch.feedBId = null;
    if (Object.keys(patch).length) tx.update<typeof row>(row.id, patch);
  }
  for (const loop of ctx.store.all('coolingLoop')) {
    if (loop.cduIds.some((id) => gone.has(id))) tx.update<typeof loop>(loop.id, { cduIds: keep(loop.cduIds) });
  }
  for (const feed of ctx.store.all('powerFeed')) {
    if (feed.upsIds.some((id) => gone.has(id))) tx.update<typeof feed>(feed.id, { upsIds: keep(feed.upsIds) });
  }
}

const deletable = (r: DocRecord | undefined): boolean => !!r && r.type !== 'site' && r.type !== 'scenario';

export const selectionDelete = registerAction<void>({
  id: 'selection.delete',
  label: 'Delete',
  shortcut: 'Delete',
  group: 'edit',
  edits: true,
  run(ctx) {
    const ids = [...ctx.session.state.selection].filter((id) => deletable(ctx.store.get(id)));
    if (ids.length === 0) return refused('nothing to delete is selected');
    ctx.store.transact((tx) => removeRecords(ctx, tx, ids));
    ctx.session.select([]);
    return done();
  },
});
