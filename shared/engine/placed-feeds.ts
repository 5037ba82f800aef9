import type { EquipmentItem } from '../catalog/schema.ts';
import type { PowerFeedRecord } from '../model/index.ts';
import { kva, threePhaseAmps } from '../units.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import { assetRating, isKept, keptLine, placedAsset, type PlacedAsset } from './existing-assets.ts';
import { groupFigure } from './group-figure.ts';
import type { ScenarioLayout } from './layout.ts';
import { lvBus } from './lv-bus.ts';
import { sizeBatteries, sizeLvFeeders } from './power-chain.ts';
import { needsTwoFeeds, usableUnits } from './redundancy.ts';
import { upsKva, upsKw, upsLoad, upsLoadText } from './ups.ts';
import { gpuKw } from './transients.ts';
import { called } from '../model/called.ts';

// Power feeds placed in the layout: their UPS lineups listed with batteries, checked in kVA against the rows they
// serve and against the LV bus they sit on, and the two-feed rule of 2N rows.

/** Rows whose feeds carry placed UPS modules are served by those; the rest are sized here. */
export function feedsWithUps(layout: ScenarioLayout, bill: BillBuilder): Map<string, { feed: PowerFeedRecord; ups: EquipmentItem[] }> {
  const feeds = new Map<string, { feed: PowerFeedRecord; ups: EquipmentItem[] }>();
  for (const feed of layout.feeds) {
    // One feed per row below 2N: a B feed there is flagged by its check and billed not at all, rather than in part.
    if (feed.side === 'B' && !needsTwoFeeds(layout.scenario.powerRedundancy)) continue;
    const ups = feed.upsIds
      .map((id) => layout.equipmentById.get(id))
      // A retired module carries nothing (its removal is billed by the retrofit compare).
      .map((e) => (e === undefined || e.disposition === 'retire' ? undefined : e.catalogId))
      .map((c) => (c === undefined ? undefined : bill.index.findItem(c)))
      .filter((i): i is EquipmentItem => i?.kind === 'ups');
    if (ups.length > 0) feeds.set(feed.id, { feed, ups });
  }
  return feeds;
}

export function checkFeeds(layout: ScenarioLayout, bill: BillBuilder, feeds: ReturnType<typeof feedsWithUps>): Set<string> {
  const redundancy = layout.scenario.powerRedundancy;
  const fedRows = new Set<string>();
  const feedLoad = new Map<string, number>();
  const feedGpuKw = new Map<string, number>();
  const feedRows = new Map<string, number>();
  const byId = new Map(layout.feeds.map((f) => [f.id, f]));
  for (const row of layout.rows) {
    const { feedAId, feedBId } = row.row;
    for (const id of [feedAId, feedBId]) {
      if (id !== null && feeds.has(id)) {
        fedRows.add(row.row.id);
        feedLoad.set(id, (feedLoad.get(id) ?? 0) + row.itKw);
        feedGpuKw.set(id, (feedGpuKw.get(id) ?? 0) + gpuKw([row]));
        feedRows.set(id, (feedRows.get(id) ?? 0) + 1);
      }
    }
    if (needsTwoFeeds(redundancy) && (feedAId !== null || feedBId !== null)) {
      const a = feedAId === null ? undefined : byId.get(feedAId);
      const b = feedBId === null ? undefined : byId.get(feedBId);
      const shared = a && b ? a.upsIds.some((u) => b.upsIds.includes(u)) : false;
      if (!a || !b || a.id === b.id || shared) {
        bill.check({ severity: 'error', code: 'redundancy-below-target', message: `${called('Row', row.row.name)} needs two independent feeds for ${redundancy}; it has ${!a || !b ? 'one' : 'two feeds sharing a UPS lineup'}`, subject: { type: 'row', id: row.row.id } });
      }
    }
  }
  // Each side of a 2N pair is an N lineup; below 2N a lineup carries its own spare.
  const lineupRedundancy = needsTwoFeeds(redundancy) ? 'N' : redundancy;
  const pf = bill.index.factor('power-factor');
  for (const [id, { feed, ups }] of feeds) {
    // Existing modules count at their own rating in the same step that checks the lineup, and cost nothing.
    const assets = feedUps(layout, bill, feed);
    const sizes = assets.map((a) => assetRating(a, 'kVA')).sort((x, y) => x - y);
    const carrying = usableUnits(sizes.length, lineupRedundancy);
    const usable = sizes.slice(0, carrying).reduce((s, k) => s + k, 0);
    const load = upsLoad(feedLoad.get(id) ?? 0, pf);
    bill.group(groupFigure({
      id: feed.id, kind: 'powerFeed', name: feed.name, hallId: feed.hallId, subject: { type: 'powerFeed', id: feed.id }, placed: true,
      redundancy: lineupRedundancy, unit: 'kVA', load: load.kva, units: sizes.length, usableUnits: carrying,
      installedCapacity: sizes.reduce((s, k) => s + k, 0), usableCapacity: usable, rows: feedRows.get(id) ?? 0,
    }));
    for (const a of assets.filter(isKept)) keptLine(bill, a, { category: 'power', group: feed.id, unit: 'kVA', redundancy: lineupRedundancy, context: `${called('Feed', feed.name)} (side ${feed.side}, load ${upsLoadText(load)})` });
    for (const [catalogId, n] of countBy(assets.filter((a) => !isKept(a)).map((a) => a.record.catalogId))) {
      const item = bill.index.requireItem(catalogId);
      bill.catalogLine({
        category: 'power', catalogId, group: feed.id, quantity: n, capacity: { value: upsKva(item), unit: 'kVA' }, redundancy: lineupRedundancy,
        derivation: `Placed in the layout on ${called('feed', feed.name)} (side ${feed.side}): ${n} × ${item.name}; feed load ${upsLoadText(load)}`,
        factors: ['power-factor'],
      });
    }
    sizeBatteries(bill, feed.id, called('Feed', feed.name), ups.length, ups.reduce((t, u) => t + upsKw(u), 0) / ups.length, lineupRedundancy);
    const bus = lvBus(bill.index);
    if (bus) {
      bill.catalogLine({
        category: 'power', catalogId: bus.item.id, group: feed.id, quantity: 1, capacity: { value: bus.item.amps ?? 0, unit: 'A' }, redundancy: lineupRedundancy,
        derivation: `${called('Feed', feed.name)}: the UPS output (paralleling) switchboard its ${ups.length} frames sit on, one per lineup`,
      });
      sizeLvFeeders(bill, feed.id, called('Feed', feed.name), 1, 'UPS output board to its busway');
    }
    const swingKva = ((bill.index.factor('gpu-transient-factor') - 1) * (feedGpuKw.get(id) ?? 0)) / pf;
    const overload = bill.index.factor('ups-overload-ratio');
    if (swingKva > 0 && load.kva + swingKva > usable * overload) {
      bill.check({
        severity: 'warning', code: 'gpu-transient-exceeds',
        message: `${called('Feed', feed.name)}: GPU racks swinging to ${fmt(bill.index.factor('gpu-transient-factor'))} × steady power peak at ${fmt(load.kva)} + ${fmt(swingKva)} = ${fmt(load.kva + swingKva)} kVA, above ${fmt(usable)} kVA × ${fmt(overload)} overload = ${fmt(usable * overload)} kVA`,
        subject: { type: 'powerFeed', id: feed.id },
      });
    }
    if (bus && usable > bus.kva) {
      const volts = bill.index.factor('lv-volts');
      bill.check({
        severity: 'error', code: 'lineup-over-bus',
        message: `${called('Feed', feed.name)}: its lineup's ${carrying} frames carrying load give ${fmt(usable)} kVA = ${fmt(threePhaseAmps(kva(usable), volts), 0)} A at ${fmt(volts)} V, more than the largest LV bus carries continuously (${bus.text}); split it into lineups of at most ${fmt(bus.kva, 1)} kVA`,
        subject: { type: 'powerFeed', id: feed.id },
      });
    }
    if (load.kva > usable) {
      bill.check({ severity: 'error', code: 'feed-over-capacity', message: `${called('Feed', feed.name)} carries ${upsLoadText(load)}; its ${ups.length} UPS modules at ${lineupRedundancy} give ${fmt(usable)} kVA`, subject: { type: 'powerFeed', id: feed.id } });
    }
  }
  return fedRows;
}

export function countBy(ids: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
}

/** The UPS modules a feed's lineup carries load with (every disposition but retire), in the feed's order. */
function feedUps(layout: ScenarioLayout, bill: BillBuilder, feed: PowerFeedRecord): PlacedAsset[] {
  return feed.upsIds
    .map((id) => layout.equipmentById.get(id))
    .filter((e): e is NonNullable<typeof e> => e !== undefined)
    .map((e) => placedAsset(bill, e))
    .filter((a) => a.kind === 'ups' && a.item?.kind === 'ups' && a.disposition !== 'retire');
}

