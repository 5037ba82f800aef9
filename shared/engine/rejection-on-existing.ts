import type { EquipmentItem } from '../catalog/schema.ts';
import type { BillBuilder } from './bill-builder.ts';
import { creditBuilt } from './built-units.ts';
import { assetRating, carryingAssets, isKept, keptLine, placedAsset, topUpCount, usableOf, type PlacedAsset, type UnitRatings } from './existing-assets.ts';
import { fmt } from './format.ts';
import { rejectionFactors, siteRating, type DesignConditions } from './heat-rejection.ts';
import type { ScenarioLayout } from './layout.ts';
import { usableUnits } from './redundancy.ts';
import { chooseUnit } from './select-unit.ts';

/**
 * Placed heat rejection of a retrofit (some towers or dry coolers kept, upgraded or retired): a kept unit counts at
 * its nameplate (or retrofit) rating, at the conditions it states; placed new units at their rating at the site's
 * design ambient, units of the same type a previous phase added at theirs; what is still short is topped up with new units of the kept units' type, redundancy counted over
 * kept and new together. Returns false when every placed unit is simply new, for the plain check.
 */
export function placedRejectionOnExisting(layout: ScenarioLayout, bill: BillBuilder, c: DesignConditions, heatKw: number): boolean {
  const all = layout.equipment.map((e) => placedAsset(bill, e)).filter((a) => a.kind === 'heat-rejection');
  if (!all.some((a) => a.disposition === 'existing' || a.disposition === 'upgrade' || a.disposition === 'retire')) return false;
  const redundancy = layout.scenario.coolingRedundancy;
  const carrying = (n: number) => usableUnits(n, redundancy);
  const units = carryingAssets(bill, layout.equipment, 'heat-rejection');
  const kept = units.filter(isKept);
  const bought = units.filter((a) => !isKept(a) && a.item?.kind === 'heat-rejection');
  const atSite = (a: PlacedAsset) => siteRating(a.item!, c, bill.index).deratedKw;
  const context = `Site heat rejection (IT heat ${fmt(heatKw)} kWt at ${redundancy})`;
  const type = kept.find((a) => a.item?.heatRejection !== undefined)?.item?.heatRejection;
  const rated = (item: EquipmentItem) => siteRating(item, c, bill.index).deratedKw;
  // What the phase before added of the same type, whatever its model, stands beside the kept units.
  const built = creditBuilt(bill, { category: 'cooling', kind: 'heat-rejection', group: 'site', fits: (i) => type === undefined || i.heatRejection === type, rating: rated, unit: 'kWt', redundancy, context, factors: rejectionFactors(type ?? 'chiller') });
  const builtRatings = built.flatMap((b) => Array<number>(b.quantity).fill(rated(b.item)));
  const ratings: UnitRatings[] = [...kept.map((a) => assetRating(a, 'kWt')), ...builtRatings, ...bought.map(atSite)].map((primary) => ({ primary, secondary: Infinity }));
  for (const a of kept) keptLine(bill, a, { category: 'cooling', group: 'site', unit: 'kWt', redundancy, context });
  const counts = new Map<string, PlacedAsset[]>();
  for (const a of bought) counts.set(a.item!.id, [...(counts.get(a.item!.id) ?? []), a]);
  for (const [id, list] of counts) {
    const item = bill.index.requireItem(id);
    const r = siteRating(item, c, bill.index);
    bill.catalogLine({
      category: 'cooling', catalogId: id, group: 'site', quantity: list.length, capacity: { value: r.deratedKw, unit: 'kWt' }, redundancy,
      derivation: `Placed in the layout beside ${kept.length} kept units: ${list.length} × ${item.name}; at the site's design ambient: ${r.text}`,
      factors: rejectionFactors(item.heatRejection ?? 'chiller'),
    });
  }
  const before = usableOf(ratings, carrying(ratings.length)).primary;
  const short = Math.max(0, heatKw - before);
  const candidates = bill.index.ofKind('heat-rejection').filter((i) => type === undefined || i.heatRejection === type);
  const choice = short > 0 && kept.length > 0
    ? chooseUnit(candidates, (item) => {
        const kw = siteRating(item, c, bill.index).deratedKw;
        return kw > 0 ? { n: Math.ceil(short / kw), detail: () => '' } : null;
      }, (id) => bill.priceOf(id))
    : null;
  const add = { primary: choice ? siteRating(choice.item, c, bill.index).deratedKw : 0, secondary: Infinity };
  const added = choice ? topUpCount(ratings, add, { primary: heatKw, secondary: 0 }, carrying) : 0;
  const withAdded = [...ratings, ...Array<UnitRatings>(added).fill(add)];
  const usable = usableOf(withAdded, carrying(withAdded.length)).primary;
  if (choice && added > 0) {
    bill.catalogLine({
      category: 'cooling', catalogId: choice.item.id, group: 'site', quantity: added, capacity: { value: add.primary, unit: 'kWt' }, redundancy,
      derivation: `${context}: the ${ratings.length} kept${built.length > 0 ? ', built' : ''} and placed units give ${fmt(before)} kWt at ${redundancy}, short by ${fmt(short)} kWt; adding ${added} × ${choice.item.name} (${fmt(add.primary)} kWt at the site's design ambient) brings the ${withAdded.length} units at ${redundancy} to ${fmt(usable)} kWt`,
      factors: rejectionFactors(choice.item.heatRejection ?? 'chiller'),
    });
  }
  if (heatKw > usable) {
    bill.check({ severity: 'error', code: 'heat-rejection-over-capacity', message: `Kept and new heat rejection carries ${fmt(usable)} kWt at ${redundancy}; the IT heat is ${fmt(heatKw)} kWt`, subject: null });
  }
  return true;
}
