import type { EquipmentItem } from '../catalog/schema.ts';

export interface UnitNeed {
  /** Units needed to carry the load, before redundancy. */
  n: number;
  /** How n was found, in words and numbers; built only for the chosen model (formatting is the costly part). */
  detail: () => string;
}

export interface UnitChoice extends UnitNeed {
  item: EquipmentItem;
}

/**
 * Picks the model for a group: the cheapest single unit when one unit carries the load, otherwise the model
 * needing the fewest units (the largest frame; ties: the cheaper). The choice depends on the load only, never
 * on the redundancy, so N+1 stays N plus one spare; and more load never picks a cheaper set.
 */
export function chooseUnit(
  candidates: readonly EquipmentItem[],
  need: (item: EquipmentItem) => UnitNeed | null,
  price: (id: string) => number,
): UnitChoice | null {
  let single: UnitChoice | null = null;
  let fewest: UnitChoice | null = null;
  for (const item of candidates) {
    const n = need(item);
    if (!n || n.n <= 0) continue;
    const p = price(item.id);
    if (n.n === 1 && (single === null || p < price(single.item.id))) single = { item, ...n };
    if (fewest === null || n.n < fewest.n || (n.n === fewest.n && p < price(fewest.item.id))) fewest = { item, ...n };
  }
  return single ?? fewest;
}
