import type { CoolingRedundancy } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import { redundancyText, unitsWithRedundancy } from './redundancy.ts';
import { chooseUnit } from './select-unit.ts';

/** CRAH or fan-wall units for the air heat of one hall. */
export function sizeAirUnits(bill: BillBuilder, loadKw: number, redundancy: CoolingRedundancy, group: string, what: string): void {
  if (loadKw <= 0) return;
  const choice = chooseUnit(
    bill.index.ofKind('crah'),
    (item) => {
      const n = Math.ceil(loadKw / (item.capacityKw ?? Infinity));
      return { n, detail: () => `⌈${fmt(loadKw)} kWt / ${fmt(item.capacityKw ?? 0)} kWt⌉ = ${n}` };
    },
    (id) => bill.priceOf(id),
  );
  if (!choice) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No crah in the catalog for ${what}`, subject: null });
    return;
  }
  bill.noteGranularity('crah', `${choice.item.name} (${group})`, loadKw, 'kWt', Math.min(...bill.index.ofKind('crah').map((c) => c.capacityKw ?? Infinity)));
  bill.catalogLine({
    category: 'cooling', catalogId: choice.item.id, group, quantity: unitsWithRedundancy(choice.n, redundancy),
    capacity: { value: choice.item.capacityKw ?? 0, unit: 'kWt' }, redundancy,
    derivation: `${what}: ${choice.detail()}; ${redundancyText(choice.n, redundancy)}`,
  });
}
