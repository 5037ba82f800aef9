import type { Redundancy } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import { creditBuilt } from './built-units.ts';
import { assetRating, carryingAssets, isKept, keptLine, placedAsset, topUpCount, usableOf, type UnitRatings } from './existing-assets.ts';
import { fmt } from './format.ts';
import { groupFigure } from './group-figure.ts';
import type { ScenarioLayout } from './layout.ts';
import { usableUnits } from './redundancy.ts';
import { chooseUnit } from './select-unit.ts';

/**
 * Placed transformers or generators of a retrofit (some kept, upgraded or retired): the kept units count at their
 * own ratings, units a previous phase added (whatever their model) at theirs, new placed units beside them, and new catalog units are added for what is still short, redundancy
 * counted over kept and new together. Returns false when every placed unit is simply new, for the plain rule.
 */
export function placedPowerOnExisting(layout: ScenarioLayout, bill: BillBuilder, kind: 'transformer' | 'generator', redundancy: Redundancy, load: number): boolean {
  const all = layout.equipment.map((e) => placedAsset(bill, e)).filter((a) => a.kind === kind);
  if (!all.some((a) => a.disposition === 'existing' || a.disposition === 'upgrade' || a.disposition === 'retire')) return false;
  const unit = kind === 'transformer' ? 'kVA' : 'kW';
  const carryingUnits = carryingAssets(bill, layout.equipment, kind);
  const kept = carryingUnits.filter(isKept);
  const bought = carryingUnits.filter((a) => !isKept(a) && a.item?.kind === kind);
  const carrying = (n: number) => usableUnits(n, redundancy);
  const rated = (i: { capacityKva?: number | undefined; capacityKw?: number | undefined }) => (unit === 'kVA' ? i.capacityKva : i.capacityKw) ?? Infinity;
  const context = `Site ${kind}s (load ${fmt(load)} ${unit} at ${redundancy})`;
  // What the phase before added, whatever its model, stands beside the kept units at its own rating.
  const built = creditBuilt(bill, { category: 'power', kind, group: 'site', rating: rated, unit, redundancy, context });
  const ratings: UnitRatings[] = [...kept.map((a) => assetRating(a, unit)), ...built.flatMap((b) => Array<number>(b.quantity).fill(rated(b.item))), ...bought.map((a) => assetRating(a, unit))].map((primary) => ({ primary, secondary: Infinity }));
  for (const a of kept) keptLine(bill, a, { category: 'power', group: 'site', unit, redundancy, context });
  const counts = new Map<string, number>();
  for (const a of bought) counts.set(a.item!.id, (counts.get(a.item!.id) ?? 0) + 1);
  for (const [id, n] of counts) {
    const item = bill.index.requireItem(id);
    bill.catalogLine({
      category: 'power', catalogId: id, group: 'site', quantity: n, capacity: { value: assetRating(placedAsset(bill, bought.find((a) => a.item?.id === id)!.record), unit), unit }, redundancy,
      derivation: `Placed in the layout beside ${kept.length} kept ${kind}s: ${n} × ${item.name}`,
    });
  }
  const before = usableOf(ratings, carrying(ratings.length));
  const short = Math.max(0, load - before.primary);
  // Without a kept unit there is no credit to top up: the placed units stand as drawn, as in the plain rule.
  const choice = short > 0 && kept.length > 0 ? chooseUnit(bill.index.ofKind(kind), (item) => ({ n: Math.ceil(short / rated(item)), detail: () => '' }), (id) => bill.priceOf(id)) : null;
  const add = { primary: choice ? rated(choice.item) : 0, secondary: Infinity };
  const added = choice ? topUpCount(ratings, add, { primary: load, secondary: 0 }, carrying) : 0;
  const units = [...ratings, ...Array<UnitRatings>(added).fill(add)];
  const usable = usableOf(units, carrying(units.length)).primary;
  if (choice && added > 0) {
    bill.catalogLine({
      category: 'power', catalogId: choice.item.id, group: 'site', quantity: added, capacity: { value: add.primary, unit }, redundancy,
      derivation: `${context}: the ${ratings.length} kept${built.length > 0 ? ', built' : ''} and placed units give ${fmt(before.primary)} ${unit} at ${redundancy}, short by ${fmt(short)} ${unit}; adding ${added} × ${choice.item.name} (${fmt(add.primary)} ${unit}) brings the ${units.length} units at ${redundancy} to ${fmt(usable)} ${unit}`,
    });
  }
  if (kind === 'transformer') {
    bill.group(groupFigure({
      id: 'site/transformers', kind: 'transformerGroup', name: 'Site transformers (placed)', hallId: null, subject: null, placed: true,
      redundancy, unit: 'kVA', load, units: units.length, usableUnits: carrying(units.length),
      installedCapacity: units.reduce((s, u) => s + u.primary, 0), usableCapacity: usable, rows: layout.rows.length,
    }));
  }
  if (load > usable) {
    bill.check({ severity: 'error', code: kind === 'transformer' ? 'transformer-over-capacity' : 'generator-over-capacity', message: `Kept and new ${kind}s give ${fmt(usable)} ${unit} at ${redundancy}; the facility needs ${fmt(load)} ${unit}`, subject: null });
  }
  return true;
}
