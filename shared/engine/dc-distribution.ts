import type { DcDistribution, Redundancy } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import { rowLengthM, sumRows, type HallLoad, type RowLoad } from './loads.ts';
import { redundancyText, unitsWithRedundancy } from './redundancy.ts';
import { chooseUnit } from './select-unit.ts';

/**
 * Under the scenario's 'high-density-racks' choice (the default) a row is fed at 800 VDC when one of its racks
 * reaches the DC threshold (Vera Rubin and Kyber-class racks); under 'none' every row stays on 415 VAC busway.
 */
export function isDcRow(bill: BillBuilder, row: RowLoad, choice: DcDistribution = 'high-density-racks'): boolean {
  if (choice === 'none') return false;
  return row.racks > 0 && row.maxRackKw >= bill.index.factor('dc-rack-threshold-kw');
}

/**
 * 800 VDC by power sidecar: each DC rack gets the sidecars that carry it (⌈rack kW / sidecar kW⌉), standing beside
 * it and fed from the row's AC busway through its tap-offs; their rectifier shelves carry their own spares, so the
 * count is the same at every power redundancy (the A and B feeds land on the sidecar's two inputs).
 */
export function sizeSidecars(bill: BillBuilder, hall: HallLoad, rows: readonly RowLoad[]): void {
  const f = bill.index;
  const sidecar = f.ofKind('dc-sidecar')[0];
  let count = 0;
  let example = '';
  for (const row of rows) {
    for (const [{ profile, itKw }, racks] of row.feedRacks) {
      if (itKw < f.factor('dc-rack-threshold-kw')) continue;
      const each = Math.ceil(itKw / (sidecar?.capacityKw ?? Infinity));
      count += each * racks;
      if (example === '') example = `${profile.name} ${fmt(itKw)} kW: ⌈${fmt(itKw)} / ${fmt(sidecar?.capacityKw ?? 0)} kW⌉ = ${each} per rack`;
    }
  }
  if (count === 0) return;
  if (!sidecar) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No 800 VDC power sidecar in the catalog for ${hall.hall.name}'s racks of ${fmt(f.factor('dc-rack-threshold-kw'))} kW and more`, subject: null });
    return;
  }
  bill.catalogLine({
    category: 'power', catalogId: sidecar.id, group: hall.hall.id, quantity: count, capacity: { value: sidecar.capacityKw ?? 0, unit: 'kW' }, redundancy: null,
    derivation: `${hall.hall.name}: racks of ${fmt(f.factor('dc-rack-threshold-kw'))} kW and more fed at 800 VDC by a power sidecar beside each, on the row's AC busway; ${example}; ${count} sidecars, each a rack position beside its rack`,
    factors: ['dc-rack-threshold-kw'],
  });
}

/**
 * 800 VDC distribution of a hall's DC rows: centralised rectification (415 VAC to 800 VDC, after the UPS) sized on
 * the rows' IT at the power redundancy, and DC busway along each row: runs of P = V · I · continuous loading per
 * side. The racks step 800 V down in their own power shelves, so no rack PDUs or AC tap-offs.
 */
export function sizeDcDistribution(bill: BillBuilder, hall: HallLoad, rows: readonly RowLoad[], redundancy: Redundancy, sides: number): void {
  const kw = sumRows(rows, 'itKw');
  if (kw <= 0) return;
  const f = bill.index;
  const rect = chooseUnit(
    f.ofKind('rectifier'),
    (item) => {
      const n = Math.ceil(kw / (item.capacityKw ?? Infinity));
      return { n, detail: () => `⌈${fmt(kw)} kW / ${fmt(item.capacityKw ?? 0)} kW⌉ = ${n}` };
    },
    (id) => bill.priceOf(id),
  );
  const busway = f.ofKind('dc-busway')[0];
  if (!rect || !busway) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No 800 VDC ${rect ? 'busway' : 'rectifier'} in the catalog for ${hall.hall.name}'s racks of ${fmt(f.factor('dc-rack-threshold-kw'))} kW and more`, subject: null });
    return;
  }
  bill.catalogLine({
    category: 'power', catalogId: rect.item.id, group: hall.hall.id, quantity: unitsWithRedundancy(rect.n, redundancy), capacity: { value: rect.item.capacityKw ?? 0, unit: 'kW' }, redundancy,
    derivation: `${hall.hall.name}: ${rows.length} rows with racks of ${fmt(f.factor('dc-rack-threshold-kw'))} kW and more fed at 800 VDC by centralised rectification: ${rect.detail()}; ${redundancyText(rect.n, redundancy)}`,
    factors: ['dc-rack-threshold-kw'],
  });
  const runKw = ((busway.volts ?? 0) * (busway.amps ?? 0) * f.factor('continuous-loading')) / 1000;
  const slack = f.factor('cable-slack-m');
  let metres = 0;
  let runs = 0;
  for (const row of rows) {
    const n = Math.ceil(row.itKw / runKw);
    runs += n * sides;
    metres += n * sides * (rowLengthM(row.row) + slack);
  }
  bill.catalogLine({
    category: 'power', catalogId: busway.id, group: hall.hall.id, quantity: Math.round(metres * 10) / 10, capacity: { value: busway.amps ?? 0, unit: 'A' }, redundancy: sides === 2 ? 'A+B' : 'A',
    derivation: `${hall.hall.name}: run rating ${fmt(busway.volts ?? 0)} V × ${fmt(busway.amps ?? 0)} A × ${fmt(f.factor('continuous-loading'))} continuous = ${fmt(runKw)} kW; ${runs} runs (⌈row kW / ${fmt(runKw)}⌉ per side × ${sides} side${sides === 2 ? 's' : ''}) × (row + ${fmt(slack)} m) = ${fmt(metres, 1)} m`,
    factors: ['continuous-loading', 'cable-slack-m'],
  });
}
