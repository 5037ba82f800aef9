import type { BillBuilder } from './bill-builder.ts';
import type { LoopGroup } from './loop-groups.ts';
import { assetRating, keptLine, topUpCount, usableOf, type UnitRatings } from './existing-assets.ts';
import { fmt } from './format.ts';
import { groupFigure } from './group-figure.ts';
import type { HallLoad } from './loads.ts';
import { usableUnits } from './redundancy.ts';
import { chooseUnit } from './select-unit.ts';

/**
 * A loop that keeps CDUs from the site as built: the kept units count at their own ratings (nameplate, or after
 * their retrofit), placed new units beside them, and new catalog CDUs are added for what is still short, heat and
 * flow both, with the loop's redundancy applied over kept and new units together.
 */
export function sizeLoopOnExisting(group: LoopGroup, hall: HallLoad, load: { heatKw: number; flowLpm: number; flowText: string }, bill: BillBuilder): void {
  const { heatKw, flowLpm, flowText } = load;
  const carrying = (n: number) => usableUnits(n, group.redundancy);
  const keptRatings: UnitRatings[] = group.kept.map((a) => ({ primary: assetRating(a, 'kWt'), secondary: assetRating(a, 'L/min') }));
  const placedItems = group.placedCdus.map((id) => bill.index.requireItem(id));
  const before = [...keptRatings, ...placedItems.map((i) => ({ primary: i.capacityKw ?? 0, secondary: i.flowLpm ?? 0 }))];
  const short = usableOf(before, carrying(before.length));
  const shortKw = Math.max(0, heatKw - short.primary);
  const shortLpm = Math.max(0, flowLpm - short.secondary);
  const choice =
    shortKw > 0 || shortLpm > 0
      ? chooseUnit(
          bill.index.ofKind('cdu'),
          (item) => ({ n: Math.max(Math.ceil(shortKw / (item.capacityKw ?? Infinity)), Math.ceil(shortLpm / (item.flowLpm ?? Infinity)), 1), detail: () => '' }),
          (id) => bill.priceOf(id),
        )
      : null;
  const add = choice ? { primary: choice.item.capacityKw ?? 0, secondary: choice.item.flowLpm ?? 0 } : { primary: 0, secondary: 0 };
  const added = choice ? topUpCount(before, add, { primary: heatKw, secondary: flowLpm }, carrying) : 0;
  const context = `${hall.hall.name}, loop ${group.name} (load ${flowText})`;
  for (const a of group.kept) keptLine(bill, a, { category: 'cooling', group: group.id, unit: 'kWt', redundancy: group.redundancy, context });
  const counts = new Map<string, number>();
  for (const i of placedItems) counts.set(i.id, (counts.get(i.id) ?? 0) + 1);
  for (const [id, count] of counts) {
    const item = bill.index.requireItem(id);
    bill.catalogLine({
      category: 'cooling', catalogId: id, group: group.id, quantity: count, capacity: { value: item.capacityKw ?? 0, unit: 'kWt' }, redundancy: group.redundancy,
      derivation: `Placed in the layout on loop ${group.name} beside ${group.kept.length} kept CDUs: ${count} × ${item.name}. Loop load ${flowText}`,
      factors: ['water-cp', 'water-density', 'pipe-velocity-m-s'],
    });
  }
  const all = [...before, ...Array<UnitRatings>(added).fill(add)];
  const usable = usableOf(all, carrying(all.length));
  if (choice && added > 0) {
    bill.catalogLine({
      category: 'cooling', catalogId: choice.item.id, group: group.id, quantity: added, capacity: { value: add.primary, unit: 'kWt' }, redundancy: group.redundancy,
      derivation: `${context}: the ${before.length} kept and placed CDUs give ${fmt(short.primary)} kWt and ${fmt(short.secondary, 0)} L/min at ${group.redundancy}, short by ${fmt(shortKw)} kWt and ${fmt(shortLpm, 0)} L/min; adding ${added} × ${choice.item.name} (${fmt(add.primary)} kWt, ${fmt(add.secondary, 0)} L/min) brings the ${all.length} units at ${group.redundancy} to ${fmt(usable.primary)} kWt and ${fmt(usable.secondary, 0)} L/min`,
      factors: ['water-cp', 'water-density', 'pipe-velocity-m-s'],
    });
  }
  bill.group(groupFigure({
    id: group.id, kind: 'coolingLoop', name: group.name, hallId: hall.hall.id, subject: group.subject, placed: true, redundancy: group.redundancy,
    unit: 'kWt', load: heatKw, units: all.length, usableUnits: carrying(all.length),
    installedCapacity: all.reduce((s, u) => s + u.primary, 0), usableCapacity: usable.primary,
    flowLpm, usableFlowLpm: usable.secondary, rows: group.rows.length, routeLengthM: group.routeLengthM,
  }));
  if (heatKw > usable.primary || flowLpm > usable.secondary) {
    bill.check({ severity: 'error', code: 'cdu-over-capacity', message: `Loop ${group.name} carries ${fmt(heatKw)} kWt and ${fmt(flowLpm, 0)} L/min; its kept and new CDUs give ${fmt(usable.primary)} kWt and ${fmt(usable.secondary, 0)} L/min at ${group.redundancy}`, subject: group.subject });
  }
}
