import { fmt } from './format.ts';
import type { BillLine } from './bill-schema.ts';

/**
 * One line of the baseline's bill that is already built, keyed (in `InstalledLines`) by the id the same line has
 * in the target's bill: the item in the group the target's record continues.
 */
export interface InstalledLine {
  /** Units of the item already standing in that group. */
  readonly quantity: number;
  /** The baseline's bill line the units come from (its id in the baseline scenario's bill). */
  readonly lineId: string;
  /** That line's item as the baseline's bill names it, for the derivation. */
  readonly item: string;
  /** The baseline's name for the line's group, for the derivation. */
  readonly groupName: string;
  readonly scenarioName: string;
  /** The line's catalog item (null for a work item), and the target's group it stands in. */
  readonly catalogId: string | null;
  readonly group: string;
}

/**
 * What a previous phase (or the site as built) already has of the items the engine sizes itself (boards,
 * batteries, busway, PDUs, pipe, building works): a dependency of the analysis, never changed once made.
 */
export type InstalledLines = ReadonlyMap<string, InstalledLine>;

/** The id suffix of the part of a line kept from what stands (the bought part keeps the line's own id). */
export const BUILT_SUFFIX = '@built';

/** A line's id without the `#2`, `#3` … that tells apart a second line of the same item in the same group. */
export function baseLineId(id: string): string {
  // Read from the end, not by a pattern: every line of every bill asks.
  let k = id.length;
  while (k > 0 && id.charCodeAt(k - 1) >= 48 && id.charCodeAt(k - 1) <= 57) k -= 1;
  return k < id.length && k > 0 && id.charCodeAt(k - 1) === 35 ? id.slice(0, k - 1) : id;
}

/**
 * A line sized in the same step against what is already built in its group: the built units are kept at no cost
 * ('reused', naming the baseline line they are), only the rest is bought. Returns the kept part (or null when
 * nothing is built) and the quantity still to buy.
 */
export function creditInstalled(line: BillLine, built: InstalledLine | undefined): { kept: BillLine | null; toBuy: number } {
  if (!built || built.quantity <= 0 || line.quantity <= 0) return { kept: null, toBuy: line.quantity };
  const quantity = Math.min(built.quantity, line.quantity);
  const kept: BillLine = {
    ...line,
    id: `${line.id}${BUILT_SUFFIX}`,
    quantity,
    unitCostUsd: 0,
    totalUsd: 0,
    leadTimeWeeks: 0,
    derivation:
      `Already built in ${built.scenarioName}: ${fmt(quantity, 3)} of the ${fmt(built.quantity, 3)} ${line.unit} of ${built.item} in ${built.groupName} ` +
      `stand in this group and are counted before anything is bought. Cost: credited, $0`,
    source: `${built.scenarioName}: its bill line ${built.item} in ${built.groupName}`,
    disposition: 'reused',
    assetId: built.lineId,
  };
  // Quantities are read to 3 decimals: keep the difference of two such figures free of binary rounding.
  return { kept, toBuy: Math.round((line.quantity - quantity) * 1e6) / 1e6 };
}

/** One item already built in a group, under the target line id it is credited on. */
export interface BuiltInGroup {
  readonly key: string;
  readonly line: InstalledLine;
}

const byGroup = new WeakMap<InstalledLines, Map<string, BuiltInGroup[]>>();

/** What stands in one group of the target (catalog items only), in the order the baseline's lines were. */
export function builtInGroup(installed: InstalledLines, group: string): readonly BuiltInGroup[] {
  let index = byGroup.get(installed);
  if (!index) {
    index = new Map();
    for (const [key, line] of installed) {
      if (line.catalogId === null || line.quantity <= 0) continue;
      const list = index.get(line.group);
      if (list) list.push({ key, line });
      else index.set(line.group, [{ key, line }]);
    }
    byGroup.set(installed, index);
  }
  return index.get(group) ?? [];
}
