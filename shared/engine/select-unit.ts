import type { EquipmentItem } from '../catalog/schema.ts';

export interface UnitNeed {
  /** Units needed to carry the load, before redundancy. */
  n: number;
  /** How n was found, in words and numbers. */
  detail: string;
}

export interface UnitChoice extends UnitNeed {
  item: EquipmentItem;
}

/**
 * Picks the catalog model that carries a load at the lowest cost before redundancy (ties: fewer, larger
 * units), so the model does not change with the redundancy level and N+1 stays N plus one spare.
 */
export function chooseUnit(
  candidates: readonly EquipmentItem[],
  need: (item: EquipmentItem) => UnitNeed | null,
  price: (id: string) => number,
): UnitChoice | null {
  let best: UnitChoice | null = null;
  let bestCost = Infinity;
  for (const item of candidates) {
    const n = need(item);
    if (!n) continue;
    const cost = n.n * price(item.id);
    if (cost < bestCost || (cost === bestCost && best !== null && n.n < best.n)) {
      best = { item, ...n };
      bestCost = cost;
    }
  }
  return best;
}
