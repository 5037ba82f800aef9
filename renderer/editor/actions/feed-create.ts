import { feedDistributionFor, feedSidesFor } from '../../../shared/analysis/index.ts';
import type { EquipmentId, EquipmentRecord, FeedSide, HallId, PowerFeedId, PowerFeedRecord, RowRecord } from '../../../shared/model/index.ts';
import { newId } from '../ids.ts';
import { nextInSeries } from '../naming.ts';
import { registerAction } from './registry.ts';
import { selectedOfKind, selectedRows } from './selection-kinds.ts';
import { done, refused, type ActionContext, type ActionResult } from './types.ts';

const byName = (a: EquipmentRecord, b: EquipmentRecord): number => a.name.localeCompare(b.name, undefined, { numeric: true });

/**
 * Makes the power feeds of the selected rows from the selected UPS modules, as one step. Where the scenario's power
 * needs two independent feeds (2N, 2(N+1)), an even number of modules is split into an A and a B lineup (first half by
 * name A, second half B); one module, or rows that already have their A feed, make one side, and the next press makes
 * the other. Otherwise the rows get one A feed. Each feed names the busway rated for its most loaded row.
 */
export const feedCreate = registerAction<void>({
  id: 'feed.create',
  label: 'Power feeds from selected UPS to selected rows',
  shortcut: 'B',
  group: 'create',
  edits: true,
  run(ctx) {
    const ups = selectedOfKind(ctx, 'ups').sort(byName);
    const rows = selectedRows(ctx);
    if (ups.length === 0 || rows.length === 0) return refused('select one or more UPS modules and the rows they feed (Shift+click)');
    const hallId = rows[0]!.hallId;
    if (rows.some((r) => r.hallId !== hallId)) return refused('a feed serves rows of one hall');
    const scenario = ctx.store.get(ctx.session.state.scenarioId, 'scenario');
    if (!scenario) return refused('no scenario is open');
    const sides = feedSidesFor(scenario.powerRedundancy);
    const noneFed = rows.every((r) => r.feedAId === null && r.feedBId === null);
    if (sides === 1) {
      if (!noneFed) return refused(`at ${scenario.powerRedundancy} power each row takes one feed, and some selected rows have one already (2N and 2(N+1) take A and B)`);
      return makeFeeds(ctx, hallId, rows, [['A', ups]]);
    }
    if (noneFed) {
      if (ups.length === 1) return makeFeeds(ctx, hallId, rows, [['A', ups]], 'now select the B lineup’s UPS modules with these rows and press B');
      if (ups.length % 2 !== 0) {
        return refused(`${scenario.powerRedundancy} needs an A and a B lineup: select an even number of UPS modules to split in two (${ups.length} are selected), or one lineup at a time`);
      }
      const half = ups.length / 2;
      return makeFeeds(ctx, hallId, rows, [['A', ups.slice(0, half)], ['B', ups.slice(half)]]);
    }
    if (rows.some((r) => r.feedAId === null)) return refused('some selected rows have no A feed yet: select rows alike (all without feeds, or all with an A feed only)');
    if (rows.some((r) => r.feedBId !== null)) return refused('the selected rows already have A and B feeds');
    if (rows.some((r) => ctx.store.get(r.feedAId!, 'powerFeed')?.upsIds.some((u) => ups.some((x) => x.id === u)))) {
      return refused('the B feed must come from a different UPS lineup than the A feed');
    }
    return makeFeeds(ctx, hallId, rows, [['B', ups]]);
  },
});

function makeFeeds(ctx: ActionContext, hallId: HallId, rows: readonly RowRecord[], lineups: readonly (readonly [FeedSide, readonly EquipmentRecord[]])[], next?: string): ActionResult {
  const distribution = feedDistributionFor(ctx.catalog, rows.map((r) => ctx.store.childrenOf(r.id, 'rack')));
  const pdu = ctx.catalog.catalog.equipment.find((e) => e.kind === 'pdu');
  const distributionId = distribution?.item.id ?? pdu?.id;
  if (!distributionId) return refused('the catalog has no busway or PDU item');
  const names = ctx.store.childrenOf(hallId, 'powerFeed').map((f) => f.name);
  const feeds: PowerFeedRecord[] = lineups.map(([side, ups]) => {
    const name = nextInSeries(`Feed ${side}`, names);
    names.push(name);
    return { type: 'powerFeed', id: newId<PowerFeedId>('powerFeed'), hallId, name, side, distributionId, upsIds: ups.map((u) => u.id as EquipmentId) };
  });
  ctx.store.transact((tx) => {
    for (const feed of feeds) tx.put(feed);
    for (const row of rows) for (const feed of feeds) tx.update<RowRecord>(row.id, feed.side === 'A' ? { feedAId: feed.id } : { feedBId: feed.id });
  });
  ctx.session.select(feeds.map((f) => f.id));
  const busway = distribution ? `${distribution.item.name}, ${distribution.runsPerRow} run${distribution.runsPerRow === 1 ? '' : 's'} per side for the most loaded row` : (pdu?.name ?? '');
  ctx.session.info(`${feeds.map((f) => f.name).join(' and ')} made on ${busway}${next ? `; ${next}` : ''}`);
  return done(feeds.map((f) => f.id));
}
