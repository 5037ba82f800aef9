import { DocRecord } from '../../../shared/model/index.ts';
import { assertHallFree, assertLayout } from '../layout-rules.ts';
import { issueInWords } from './issue-words.ts';
import { registerAction } from './registry.ts';
import { done, refused } from './types.ts';

export interface BulkEditArgs {
  /** Records of one type, all taking the same patch. */
  readonly ids: readonly string[];
  readonly patch: Readonly<Record<string, unknown>>;
  /** The field's label as the user sees it, for the message when the value is refused. */
  readonly label?: string;
}

/**
 * The inspector's edit of a multi-selection: one field set on every selected record at once, as one undo step. Each
 * patched record must pass its schema and the layout rules, or nothing changes and the message names the field and
 * the record it fails on.
 */
export const recordBulkEdit = registerAction<BulkEditArgs>({
  id: 'record.bulkEdit',
  label: 'Edit selection',
  group: 'edit',
  edits: true,
  run(ctx, args) {
    const records = args.ids.flatMap((id) => ctx.store.get(id) ?? []);
    if (records.length === 0) return refused('nothing is selected');
    const type = records[0]!.type;
    if (records.some((r) => r.type !== type)) return refused('a field is edited on records of one kind at a time');
    for (const current of records) {
      const parsed = DocRecord.safeParse({ ...current, ...args.patch, id: current.id, type: current.type });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return refused(issue ? issueInWords(issue, args.label) : 'the value is not valid');
      }
      if (parsed.data.type === 'rack' && !ctx.catalog.findProfile(parsed.data.profileId)) return refused(`unknown rack profile ${parsed.data.profileId}`);
    }
    ctx.store.transact((tx) => {
      const written = records.map((r) => tx.update(r.id, args.patch as Partial<typeof r>));
      for (const w of written) if (w.type === 'hall') assertHallFree(ctx.store, ctx.catalog, w);
      assertLayout(ctx.store, ctx.catalog, written);
    });
    return done(records.map((r) => r.id));
  },
});
