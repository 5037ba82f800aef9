import { fmt } from '../../engine/format.ts';
import { dispositionOf, type EquipmentRecord, type ProjectDocument, type ScenarioId } from '../../model/index.ts';
import { placedUnitGroups } from './installed.ts';
import type { RetrofitLine } from './schema.ts';
import { weeksBetween } from './schedule.ts';

/** A bought line whose units are all, or in part, in hand or on order: its lead counted from the delivery dates. */
export interface DatedLead {
  /** Weeks from the schedule's start (the compare's as-of day) to the last delivery; 0 when every unit is in hand. */
  readonly weeks: number;
  /**
   * True when every unit of the line has a delivery date: the lead is the dates' alone, counted from the start and
   * not after design; otherwise the line keeps its catalog lead for the units still to order.
   */
  readonly allDated: boolean;
  /** How the lead was found, for the schedule's derivation. */
  readonly basis: string;
}

const dateText = (e: EquipmentRecord, asOf: string) => `${e.name} ${e.deliveryDate! <= asOf ? `in hand since ${e.deliveryDate}` : `on order for ${e.deliveryDate}`}`;

/**
 * The target's units to buy (new or replacing) that carry a delivery date, matched to the bill lines they are billed
 * on (same catalog item, same group), and the lead each such line then has: the weeks from `asOf` to its last
 * delivery when every unit of the item in the group is dated, otherwise its catalog lead for the units without a date
 * (still to order after design; the schedule takes the later of the two). Returns the lines with their lead time and
 * derivation set, and the basis of each dated line's lead by line id. `doc` carries the dispositions as decided.
 */
export function withDeliveries(
  lines: readonly RetrofitLine[],
  doc: ProjectDocument,
  targetId: ScenarioId,
  asOf: string,
): { lines: RetrofitLine[]; dated: ReadonlyMap<string, DatedLead> } {
  const groups = placedUnitGroups(doc);
  const byKey = new Map<string, EquipmentRecord[]>();
  for (const e of doc.equipment) {
    const disposition = dispositionOf(e);
    if (e.scenarioId !== targetId || e.deliveryDate === undefined || (disposition !== 'new' && disposition !== 'replace')) continue;
    const key = `${e.catalogId}\u0000${groups.get(e.id) ?? 'site'}`;
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  const dated = new Map<string, DatedLead>();
  if (byKey.size === 0) return { lines: [...lines], dated };
  const keyOf = (l: RetrofitLine) => (l.disposition === 'new' && l.catalogId !== null ? `${l.catalogId}\u0000${l.group}` : undefined);
  const unitsOfKey = new Map<string, number>();
  for (const l of lines) {
    const key = keyOf(l);
    if (key !== undefined && byKey.has(key)) unitsOfKey.set(key, (unitsOfKey.get(key) ?? 0) + l.quantity);
  }
  const out = lines.map((l): RetrofitLine => {
    const key = keyOf(l);
    const units = key === undefined ? undefined : byKey.get(key);
    if (key === undefined || units === undefined) return l;
    const latest = units.reduce((a, b) => (b.deliveryDate! > a.deliveryDate! ? b : a));
    const weeks = weeksBetween(asOf, latest.deliveryDate!);
    const total = unitsOfKey.get(key)!;
    const allDated = units.length >= total;
    const catalog = l.leadTimeWeeks ?? 0;
    const named = units.map((e) => dateText(e, asOf)).join(', ');
    const basis = allDated
      ? `${named}: ${fmt(weeks)} weeks from ${asOf}${weeks === 0 ? ' (in hand)' : ''}, instead of the catalog's ${fmt(catalog)} weeks`
      : `${units.length} of the ${fmt(total)} units dated (${named}, the last ${fmt(weeks)} weeks from ${asOf}); the other ${fmt(total - units.length)} still to order at the catalog's ${fmt(catalog)} weeks`;
    dated.set(l.id, { weeks, allDated, basis });
    return { ...l, leadTimeWeeks: allDated ? weeks : l.leadTimeWeeks, derivation: `${l.derivation}. Lead: ${basis}` };
  });
  return { lines: out, dated };
}
