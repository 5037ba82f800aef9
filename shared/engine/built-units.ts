import type { EquipmentItem, EquipmentKind } from '../catalog/schema.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { BillCategory, CapacityUnit } from './bill-schema.ts';
import type { FactorId } from '../catalog/integrity.ts';
import { builtInGroup } from './installed-lines.ts';

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
