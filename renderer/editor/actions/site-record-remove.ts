import { RECORD_LABELS } from '../../../shared/model/index.ts';
import { registerAction } from './registry.ts';
import { removeRecords } from './selection-delete.ts';
import { isSiteRecord, siteRecordSentence } from './site-record-starts.ts';
import { done, refused } from './types.ts';

export interface SiteRecordRemoveArgs {
  readonly id: string;
}

/** The Site panel's remove: one record of the site as built, with what the relations table cascades, as one undo step. */
export const siteRecordRemove = registerAction<SiteRecordRemoveArgs>({
  id: 'site.remove',
  label: 'Remove site record',
  group: 'edit',
  edits: true,
  run(ctx, args) {
    const record = ctx.store.get(args.id);
    if (!record) return refused('the record no longer exists');
    if (!isSiteRecord(record)) return refused(`a ${RECORD_LABELS[record.type]} is not a record of the site as built`);
    ctx.store.transact((tx) => removeRecords(ctx, tx, [record.id]));
    ctx.session.info(`${siteRecordSentence(record)} removed; Undo brings it back`);
    return done();
  },
});
