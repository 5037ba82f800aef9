import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';

// Piping billed by length at the computed DN: the technology cooling loops (CDUs to racks) over their routes, the
// facility-water mains (heat rejection to CDUs), and isolation valves so each CDU and row can be taken out alone.

/** Supply and return of one run, at the smallest pipe item that covers the DN. */
export function sizePipeRun(bill: BillBuilder, group: string, what: string, dn: number, oneWayM: number, lengthText: string): void {
  if (dn <= 0 || oneWayM <= 0) return;
  const pipe = bill.index
    .ofKind('pipe')
    .filter((p) => (p.dnMm ?? 0) >= dn)
    .sort((a, b) => (a.dnMm ?? 0) - (b.dnMm ?? 0))[0];
  if (!pipe) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No pipe in the catalog covers DN${dn} for ${what}`, subject: null });
    return;
  }
  const metres = Math.round(2 * oneWayM * 10) / 10;
  bill.catalogLine({
    category: 'cooling', catalogId: pipe.id, group, quantity: metres, capacity: null, redundancy: null,
    derivation: `${what}: DN${dn} (from the flow at ≤ ${fmt(bill.index.factor('pipe-velocity-m-s'))} m/s); ${lengthText}; supply and return 2 × ${fmt(oneWayM, 1)} m = ${fmt(metres, 1)} m`,
    factors: ['pipe-velocity-m-s'],
  });
}

/** One isolation valve pair per CDU and per row branch. */
export function sizeIsolation(bill: BillBuilder, group: string, what: string, cdus: number, rows: number, redundancy: string): void {
  const valve = bill.index.ofKind('valve')[0];
  if (!valve || cdus + rows <= 0) return;
  bill.catalogLine({
    category: 'cooling', catalogId: valve.id, group, quantity: cdus + rows, capacity: null, redundancy,
    derivation: `${what}: one isolation pair per CDU (${cdus}, so each can be taken out at ${redundancy}) + one per row branch (${rows}) = ${cdus + rows}`,
  });
}
