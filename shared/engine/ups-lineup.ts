import type { Redundancy } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import { groupFigure } from './group-figure.ts';
import { sumRows, type HallLoad, type RowLoad } from './loads.ts';
import { redundancyText, unitsWithRedundancy } from './redundancy.ts';
import { chooseUnit } from './select-unit.ts';
import { upsFramesNeeded, upsKva, upsLoad, upsLoadText } from './ups.ts';

/** UPS frames of one hall for the rows no placed feed serves, sized on kVA at the IT power factor. */
export function sizeHallUps(bill: BillBuilder, hall: HallLoad, rows: readonly RowLoad[], redundancy: Redundancy): void {
  const load = upsLoad(sumRows(rows, 'itKw'), bill.index.factor('power-factor'));
  if (load.kw <= 0) return;
  const choice = chooseUnit(bill.index.ofKind('ups'), (item) => upsFramesNeeded(item, load), (id) => bill.priceOf(id));
  if (!choice) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No ups in the catalog for ${hall.hall.name}`, subject: null });
    return;
  }
  const rating = upsKva(choice.item);
  const quantity = unitsWithRedundancy(choice.n, redundancy);
  bill.group(groupFigure({
    id: `${hall.hall.id}/ups`, kind: 'upsLineup', name: `${hall.hall.name} UPS`, hallId: hall.hall.id, subject: { type: 'hall', id: hall.hall.id }, placed: false,
    redundancy, unit: 'kVA', load: load.kva, units: quantity, usableUnits: choice.n,
    installedCapacity: quantity * rating, usableCapacity: choice.n * rating, rows: rows.length,
  }));
  bill.catalogLine({
    category: 'power', catalogId: choice.item.id, group: hall.hall.id, quantity, capacity: { value: rating, unit: 'kVA' }, redundancy,
    derivation: `${hall.hall.name} UPS for IT load ${upsLoadText(load)} (frames rated ${fmt(rating)} kVA): ${choice.detail()}; ${redundancyText(choice.n, redundancy)}`,
    factors: ['power-factor'],
  });
}
