import type { EquipmentItem, EquipmentKind } from '../catalog/schema.ts';
import { dispositionOf, type EquipmentDisposition, type EquipmentRecord } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { BillCategory, BillLine, CapacityUnit } from './bill-schema.ts';
import { fmt, roundUsd, usdText } from './format.ts';

/**
 * Placed units as the supply step of a retrofit sees them: an existing unit counts at its nameplate rating and costs
 * nothing, an upgraded one counts at its new rating and costs its retrofit, a retired one counts for nothing (its
 * removal is billed by the retrofit compare), and new or replacing units are catalog items bought new.
 */
export interface PlacedAsset {
  readonly record: EquipmentRecord;
  readonly disposition: EquipmentDisposition;
  /** The catalog item, when the record names one (an asset entered by nameplate alone has none). */
  readonly item: EquipmentItem | undefined;
  readonly kind: EquipmentKind | undefined;
}

export function placedAsset(bill: BillBuilder, record: EquipmentRecord): PlacedAsset {
  const item = bill.index.findItem(record.catalogId);
  return { record, disposition: dispositionOf(record), item, kind: record.nameplate?.kind ?? item?.kind };
}

/** The placed units of one kind that carry load (every disposition but retire). */
export function carryingAssets(bill: BillBuilder, records: readonly EquipmentRecord[], kind: EquipmentKind): PlacedAsset[] {
  return records.map((r) => placedAsset(bill, r)).filter((a) => a.kind === kind && a.disposition !== 'retire');
}

/** True when a unit is kept from the site as built (existing or upgraded), not bought. */
export const isKept = (a: PlacedAsset): boolean => a.disposition === 'existing' || a.disposition === 'upgrade';

type RatingUnit = 'kW' | 'kVA' | 'kWt' | 'L/min';

function catalogRating(item: EquipmentItem | undefined, unit: RatingUnit): number {
  if (!item) return 0;
  if (unit === 'kVA') return item.capacityKva ?? item.capacityKw ?? 0;
  if (unit === 'L/min') return item.flowLpm ?? 0;
  return item.capacityKw ?? 0;
}

/** What one unit carries in `unit`: after its retrofit, as its nameplate reads, or as the catalog rates it. */
export function assetRating(a: PlacedAsset, unit: RatingUnit): number {
  if (a.disposition === 'upgrade' && a.record.upgrade?.rating.unit === unit) return a.record.upgrade.rating.value;
  const plate = a.record.nameplate;
  if (a.disposition !== 'replace' && plate) {
    if (plate.rating.unit === unit) return plate.rating.value;
    if (unit === 'L/min' && plate.flowLpm !== null) return plate.flowLpm;
  }
  return catalogRating(a.item, unit);
}

export interface KeptLineInput {
  readonly category: BillCategory;
  readonly group: string;
  readonly unit: Exclude<CapacityUnit, 'L/min'> & RatingUnit;
  readonly redundancy: string | null;
  /** Where the unit sits and what it serves, for the derivation. */
  readonly context: string;
}

/**
 * The line of one kept unit, named after the asset it comes from: an existing unit at no cost ('reused'), an upgrade
 * at its retrofit cost ('upgraded'). Built on a lot line so that it needs no catalog item, then given its fields.
 */
export function keptLine(bill: BillBuilder, a: PlacedAsset, input: KeptLineInput): BillLine {
  const r = a.record;
  const upgraded = a.disposition === 'upgrade';
  const cost = upgraded ? roundUsd(r.upgrade?.retrofitCostUsd ?? 0) : 0;
  const rating = assetRating(a, input.unit);
  const ratedBy = upgraded && r.upgrade ? `after its retrofit (${r.upgrade.description || 'upgrade'}), ${r.upgrade.rating.conditions}` : r.nameplate ? `nameplate, ${r.nameplate.rating.conditions}` : `catalog rating of ${a.item?.name ?? r.catalogId}`;
  const derivation = upgraded
    ? `${input.context}: existing ${r.name} kept with its retrofit and counted at ${fmt(rating)} ${input.unit} (${ratedBy}) against the group's load in the same supply step that sizes new units. Cost: the retrofit, ${usdText(cost)}`
    : `${input.context}: existing ${r.name} kept as it is and counted at ${fmt(rating)} ${input.unit} (${ratedBy}) against the group's load in the same supply step that sizes new units. Cost: credited, $0`;
  const base = bill.lotLine({ category: input.category, key: `${upgraded ? 'upgraded' : 'reused'}/${r.id}`, item: r.name, group: input.group, totalUsd: cost, derivation, factors: [] });
  const line: BillLine = {
    ...base,
    catalogId: a.item?.id ?? null,
    unit: 'ea',
    capacity: { value: rating, unit: input.unit },
    redundancy: input.redundancy,
    leadTimeWeeks: upgraded ? (r.upgrade?.leadTimeWeeks ?? null) : 0,
    source: upgraded ? `site as built: ${r.name}, retrofit cost as entered` : `site as built: ${r.name}${r.nameplate ? ' nameplate' : ''}`,
    disposition: upgraded ? 'upgraded' : 'reused',
    assetId: r.id,
  };
  bill.lines[bill.lines.lastIndexOf(base)] = line;
  return line;
}

/** A unit's ratings in the group's two limits (heat and flow for a loop; one rating and Infinity elsewhere). */
export interface UnitRatings {
  readonly primary: number;
  readonly secondary: number;
}

/** What the units carrying load give at a redundancy: the smallest units carry it (conservative with mixed sizes). */
export function usableOf(units: readonly UnitRatings[], carrying: number): UnitRatings {
  const sorted = [...units].sort((a, b) => a.primary - b.primary).slice(0, carrying);
  return { primary: sorted.reduce((s, u) => s + u.primary, 0), secondary: sorted.reduce((s, u) => s + u.secondary, 0) };
}

/**
 * New units of `add` to put beside the kept ones until the group's usable capacity covers its load in both limits,
 * redundancy counted over kept and new units together: the credit for existing capacity, in the sizing itself.
 */
export function topUpCount(kept: readonly UnitRatings[], add: UnitRatings, load: UnitRatings, carrying: (installed: number) => number): number {
  if (add.primary <= 0) return 0;
  // usableOf over kept + n added units, without building and sorting them for every n: the kept units in rating
  // order, the added ones after those rated at most as much (a stable sort keeps kept units first on a tie), summed
  // in the same order so the figures are the same to the last bit.
  const sorted = [...kept].sort((a, b) => a.primary - b.primary);
  const below = sorted.filter((u) => u.primary <= add.primary).length;
  for (let n = 0; n <= 10_000; n += 1) {
    let left = carrying(sorted.length + n);
    let primary = 0;
    let secondary = 0;
    const first = Math.min(left, below);
    for (let i = 0; i < first; i += 1) {
      primary += sorted[i]!.primary;
      secondary += sorted[i]!.secondary;
    }
    left -= first;
    const added = Math.min(left, n);
    for (let i = 0; i < added; i += 1) {
      primary += add.primary;
      secondary += add.secondary;
    }
    left -= added;
    for (let i = below; i < Math.min(sorted.length, below + left); i += 1) {
      primary += sorted[i]!.primary;
      secondary += sorted[i]!.secondary;
    }
    if (primary >= load.primary && secondary >= load.secondary) return n;
  }
  return 10_000;
}
