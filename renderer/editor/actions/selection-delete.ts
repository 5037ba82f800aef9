import { deleteEffects, type DocRecord } from '../../../shared/model/index.ts';
import type { Transaction } from '../store.ts';
import { registerAction } from './registry.ts';
import { done, refused, type ActionContext } from './types.ts';

/** Removes records, everything that cascades from them and every reference to them, as the relations table says. */
export function removeRecords(ctx: ActionContext, tx: Transaction, ids: Iterable<string>): void {
  const { removed, updated } = deleteEffects(ctx.store, ids);
  for (const id of removed) tx.remove(id);
  for (const record of updated) tx.put(record);
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
