import type { DocRecord } from '../model/index.ts';
import type { Analyzer } from './analyze.ts';

export interface SelectionTotals {
  racks: number;
  /** Racks whose profile is not in the catalog: counted, but with no load. */
  unsized: number;
  itKw: number;
  gpus: number;
  weightKg: number;
}

/** Sums of the racks among some records, from the analyzer's own per-rack figures. */
export function selectionTotals(analyzer: Analyzer, records: Iterable<DocRecord>): SelectionTotals {
  const totals: SelectionTotals = { racks: 0, unsized: 0, itKw: 0, gpus: 0, weightKg: 0 };
  for (const r of records) {
    if (r.type !== 'rack') continue;
    totals.racks += 1;
    const load = analyzer.rackLoad(r);
    if (!load) {
      totals.unsized += 1;
      continue;
    }
    totals.itKw += load.itKw;
    totals.gpus += load.gpus;
    totals.weightKg += load.weightKg;
  }
  return totals;
}
