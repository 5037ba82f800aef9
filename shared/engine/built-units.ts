import type { EquipmentItem, EquipmentKind } from '../catalog/schema.ts';
import type { CoolingRedundancy, Redundancy } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { BillCategory, CapacityUnit } from './bill-schema.ts';
import type { FactorId } from '../catalog/integrity.ts';
import { topUpCount, usableOf, type UnitRatings } from './existing-assets.ts';
import { fmt } from './format.ts';
import { builtInGroup } from './installed-lines.ts';
import { usableUnits } from './redundancy.ts';
import { chooseUnit } from './select-unit.ts';

/** Units a previous phase's engine sized in a group, of one catalog item. */
export interface BuiltUnits {
  readonly item: EquipmentItem;
  readonly quantity: number;
}

export interface BuiltCredit {
  readonly category: BillCategory;
  readonly kind: EquipmentKind;
  readonly group: string;
  /** Only items of the kind that may stand in (e.g. the heat-rejection type the group is sized with). */
  readonly fits?: (item: EquipmentItem) => boolean;
  /** A unit's rating in the group's limit, and the unit it is stated in. */
  readonly rating: (item: EquipmentItem) => number;
  readonly unit: CapacityUnit;
  readonly redundancy: string | null;
  readonly context: string;
  readonly factors?: readonly FactorId[];
}

/**
 * What a previous phase built of `kind` in this group, whatever its model, put on the group's first lines so that the
 * builder keeps it at no cost ('reused', naming that phase's line): the supply step then counts these units at their
 * own rating beside kept and placed ones and buys only the shortfall. Call it before the step's other lines of the
 * same items, so that each built line takes the id it is kept under.
 */
export function creditBuilt(bill: BillBuilder, input: BuiltCredit): BuiltUnits[] {
  const out: BuiltUnits[] = [];
  for (const { line } of builtInGroup(bill.installed, input.group)) {
    const item = bill.index.findItem(line.catalogId ?? '');
    if (!item || item.kind !== input.kind || (input.fits && !input.fits(item))) continue;
    bill.catalogLine({
      category: input.category, catalogId: item.id, group: input.group, quantity: line.quantity, capacity: { value: input.rating(item), unit: input.unit }, redundancy: input.redundancy,
      derivation: `${input.context}: ${line.quantity} × ${item.name} built by ${line.scenarioName} stand in this group and count at their own rating`,
      ...(input.factors ? { factors: input.factors } : {}),
    });
    out.push({ item, quantity: line.quantity });
  }
  return out;
}

/** A group sized beside what a previous phase built in it: every unit, those carrying load, and their capacities. */
export interface SizedBesideBuilt {
  readonly units: number;
  readonly carrying: number;
  readonly installedCapacity: number;
  readonly usableCapacity: number;
  /** What the units carrying load give in the second limit (a loop's coolant flow, L/min); Infinity without one. */
  readonly usableSecondary: number;
  /** The largest unit of the group, what its downstream (boards, feeders) is sized on. */
  readonly largest: EquipmentItem;
  /** Every unit's rating in the group's limit, built units first (each transformer's own LV board is sized on it). */
  readonly ratings: readonly number[];
}

/** A group's second limit: a loop's coolant flow against what its CDUs pump. */
export interface SecondLimit {
  readonly rating: (item: EquipmentItem) => number;
  readonly load: number;
  readonly unit: string;
}

/**
 * An engine-sized group that stands partly built (`built`, already credited by `creditBuilt`): the built units count
 * at their own ratings, redundancy over built and new units together, and new units of the model chosen for the
 * shortfall are added until the usable capacity covers the load (in both limits, with a second one).
 */
export function topUpBuilt(
  bill: BillBuilder,
  input: BuiltCredit & { readonly load: number; readonly redundancy: Redundancy | CoolingRedundancy; readonly candidates: readonly EquipmentItem[]; readonly second?: SecondLimit },
  built: readonly BuiltUnits[],
): SizedBesideBuilt {
  const { second } = input;
  const carrying = (n: number) => usableUnits(n, input.redundancy);
  const ratingsOf = (item: EquipmentItem): UnitRatings => ({ primary: input.rating(item), secondary: second ? second.rating(item) : Infinity });
  const ratings: UnitRatings[] = built.flatMap((b) => Array<UnitRatings>(b.quantity).fill(ratingsOf(b.item)));
  const before = usableOf(ratings, carrying(ratings.length));
  const short = Math.max(0, input.load - before.primary);
  const shortSecond = second ? Math.max(0, second.load - before.secondary) : 0;
  const choice =
    short > 0 || shortSecond > 0
      ? chooseUnit(input.candidates, (item) => ({ n: Math.max(Math.ceil(short / input.rating(item)), second ? Math.ceil(shortSecond / second.rating(item)) : 0), detail: () => '' }), (id) => bill.priceOf(id))
      : null;
  const add = choice ? ratingsOf(choice.item) : { primary: 0, secondary: 0 };
  const added = choice ? topUpCount(ratings, add, { primary: input.load, secondary: second?.load ?? 0 }, carrying) : 0;
  const all = [...ratings, ...Array<UnitRatings>(added).fill(add)];
  const usable = usableOf(all, carrying(all.length));
  if (choice && added > 0) {
    const also = (u: UnitRatings) => (second ? ` and ${fmt(u.secondary, 0)} ${second.unit}` : '');
    bill.catalogLine({
      category: input.category, catalogId: choice.item.id, group: input.group, quantity: added, capacity: { value: add.primary, unit: input.unit }, redundancy: input.redundancy,
      derivation:
        `${input.context}: the ${ratings.length} unit${ratings.length === 1 ? '' : 's'} built before give ${fmt(before.primary)} ${input.unit}${also(before)} at ${input.redundancy}, ` +
        `short by ${fmt(short)} ${input.unit}${second ? ` and ${fmt(shortSecond, 0)} ${second.unit}` : ''}; ` +
        `adding ${added} × ${choice.item.name} (${fmt(add.primary)} ${input.unit}${also(add)}) brings the ${all.length} units at ${input.redundancy} to ${fmt(usable.primary)} ${input.unit}${also(usable)}`,
      ...(input.factors ? { factors: input.factors } : {}),
    });
  }
  const items = [...built.map((b) => b.item), ...(choice && added > 0 ? [choice.item] : [])];
  return {
    units: all.length,
    carrying: carrying(all.length),
    installedCapacity: all.reduce((s, u) => s + u.primary, 0),
    usableCapacity: usable.primary,
    usableSecondary: usable.secondary,
    largest: items.reduce((a, b) => (input.rating(b) > input.rating(a) ? b : a)),
    ratings: all.map((u) => u.primary),
  };
}
