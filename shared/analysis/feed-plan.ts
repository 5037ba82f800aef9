import type { CatalogIndex } from '../catalog/catalog-index.ts';
import type { EquipmentItem } from '../catalog/schema.ts';
import { boardContinuousKva } from '../engine/lv-bus.ts';
import { rackItKw } from '../engine/rack-load.ts';
import { needsTwoFeeds } from '../engine/redundancy.ts';
import type { RackRecord, Redundancy } from '../model/index.ts';

/** How many independent feeds (A, or A and B) each row takes at a scenario's power redundancy. */
export function feedSidesFor(redundancy: Redundancy): 1 | 2 {
  return needsTwoFeeds(redundancy) ? 2 : 1;
}

export interface FeedDistribution {
  readonly item: EquipmentItem;
  /** Real power one run carries continuously, kW: √3 · V · I · loading · pf, as the bill rates busway runs. */
  readonly runKw: number;
  /** IT load of the most loaded row, kW, and the runs per side it needs of this busway. */
  readonly rowKw: number;
  readonly runsPerRow: number;
}

/**
 * The busway a new feed names for its rows: the smallest whose one run carries the most loaded row, or, when no
 * busway does, the one that needs fewest parallel runs (the largest); null when the catalog has no busway.
 */
export function feedDistributionFor(index: CatalogIndex, rows: readonly (readonly RackRecord[])[]): FeedDistribution | null {
  let rowKw = 0;
  for (const racks of rows) {
    let kw = 0;
    for (const rack of racks) {
      const profile = index.findProfile(rack.profileId);
      if (profile) kw += rackItKw(rack, profile);
    }
    rowKw = Math.max(rowKw, kw);
  }
  const pf = index.factor('power-factor');
  const options = index
    .ofKind('busway')
    .map((item) => ({ item, runKw: boardContinuousKva(index, item) * pf }))
    .sort((a, b) => a.runKw - b.runKw);
  const choice = options.find((o) => o.runKw >= rowKw) ?? options.at(-1);
  if (!choice) return null;
  return { ...choice, rowKw, runsPerRow: Math.max(1, Math.ceil(rowKw / choice.runKw)) };
}
