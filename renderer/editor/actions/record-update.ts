import { DocRecord, type RackRecord, type RowRecord } from '../../../shared/model/index.ts';
import { assertHallFree, assertLayout, EditRefused } from '../layout-rules.ts';
import { issueInWords } from './issue-words.ts';
import { registerAction } from './registry.ts';
import { done, refused, type ActionContext } from './types.ts';
import type { Transaction } from '../store.ts';
import { rackLabel } from '../naming.ts';

export interface RecordUpdateArgs {
  readonly id: string;
  readonly patch: Readonly<Record<string, unknown>>;
  /** Edits with the same key (one field being typed in) coalesce into one undo step. */
  readonly coalesceKey?: string;
  /** The field's label as the user sees it, for the message when the value is refused. */
  readonly label?: string;
}

/** Racks still labelled after their row's old name (`Row 3 · 4`) take the new one; labels the user wrote stay. */
function relabelRacks(ctx: ActionContext, tx: Transaction, oldName: string, row: RowRecord): void {
  for (const rack of ctx.store.childrenOf(row.id, 'rack')) {
    if (rack.label === rackLabel(oldName, rack.slot)) tx.update<RackRecord>(rack.id, { label: rackLabel(row.name, rack.slot) });
  }
}

/**
 * The inspector's edit: the patched record must pass its schema and the layout rules, or nothing changes
 * and the message names the field.
 */
export const recordUpdate = registerAction<RecordUpdateArgs>({
  id: 'record.update',
  label: 'Edit',
  group: 'edit',
  edits: true,
  run(ctx, args) {
    const current = ctx.store.get(args.id);
    if (!current) return refused('the record no longer exists');
    const parsed = DocRecord.safeParse({ ...current, ...args.patch, id: current.id, type: current.type });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refused(issue ? issueInWords(issue, args.label) : 'the value is not valid');
    }
    const next = parsed.data;
    ctx.store.transact(
      (tx) => {
        // Write the patch itself, not the parsed copy, so that unchanged nested values keep their identity.
        const written = tx.update(current.id, args.patch as Partial<typeof current>);
        if (current.type === 'row' && written.type === 'row' && written.name !== current.name) relabelRacks(ctx, tx, current.name, written);
        if (written.type === 'hall') assertHallFree(ctx.store, ctx.catalog, written);
        assertLayout(ctx.store, ctx.catalog, [written]);
        if (next.type === 'rack' && !ctx.catalog.findProfile(next.profileId)) throw new EditRefused(`unknown rack profile ${next.profileId}`);
      },
      args.coalesceKey ? { coalesceKey: args.coalesceKey } : {},
    );
    return done([current.id]);
  },
});
