import type { EquipmentId, PowerFeedId, PowerFeedRecord, RowRecord } from '../../../shared/model/index.ts';
import { newId } from '../ids.ts';
import { registerAction } from './registry.ts';
import { selectedOfKind, selectedRows } from './selection-kinds.ts';
import { done, refused } from './types.ts';

/**
 * Creates a power feed from the selected UPS lineup to the selected rows: side A for rows without an A
 * feed, otherwise side B, so running it twice with two lineups gives independent A/B feeds.
 */
export const feedCreate = registerAction<void>({
  id: 'feed.create',
  label: 'Power feed from selected UPS to selected rows',
  shortcut: 'B',
  group: 'create',
  edits: true,
  run(ctx) {
    const ups = selectedOfKind(ctx, 'ups');
    const rows = selectedRows(ctx);
    if (ups.length === 0 || rows.length === 0) return refused('select one or more UPS modules and the rows they feed (Shift+click)');
    const hallId = rows[0]!.hallId;
    if (rows.some((r) => r.hallId !== hallId)) return refused('a feed serves rows of one hall');
    const side = rows.every((r) => r.feedAId === null) ? 'A' : 'B';
    if (side === 'B' && rows.some((r) => r.feedBId !== null)) return refused('the selected rows already have A and B feeds');
    if (side === 'B' && rows.some((r) => r.feedAId && ctx.store.get(r.feedAId, 'powerFeed')?.upsIds.some((u) => ups.some((x) => x.id === u)))) {
      return refused('the B feed must come from a different UPS lineup than the A feed');
    }
    const distribution = ctx.catalog.catalog.equipment.find((e) => e.kind === 'busway') ?? ctx.catalog.catalog.equipment.find((e) => e.kind === 'pdu');
    if (!distribution) return refused('the catalog has no busway or PDU item');
    const feed: PowerFeedRecord = {
      type: 'powerFeed',
      id: newId<PowerFeedId>('powerFeed'),
      hallId,
      name: `Feed ${side}${ctx.store.childrenOf(hallId, 'powerFeed').filter((f) => f.side === side).length + 1}`,
      side,
      distributionId: distribution.id,
      upsIds: ups.map((u) => u.id as EquipmentId),
    };
    ctx.store.transact((tx) => {
      tx.put(feed);
      for (const row of rows) tx.update<RowRecord>(row.id, side === 'A' ? { feedAId: feed.id } : { feedBId: feed.id });
    });
    ctx.session.select([feed.id]);
    return done([feed.id]);
  },
});
