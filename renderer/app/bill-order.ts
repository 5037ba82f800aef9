import type { BillLine } from '../../shared/analysis/index.ts';

export type BillSortKey = 'report' | 'item' | 'group' | 'quantity' | 'unitCost' | 'total' | 'lead';
export interface BillSort {
  readonly key: BillSortKey;
  readonly descending: boolean;
}

const text = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
const VALUE: Record<Exclude<BillSortKey, 'report'>, (l: BillLine) => number | string> = {
  item: (l) => l.item,
  group: (l) => l.groupName,
  quantity: (l) => l.quantity,
  unitCost: (l) => l.unitCostUsd,
  total: (l) => l.totalUsd,
  // An unknown lead sorts as the longest: it is the one to chase.
  lead: (l) => l.leadTimeWeeks ?? Number.POSITIVE_INFINITY,
};

/**
 * The bill's lines as the table shows them: those whose item, group, derivation or source contain the filter (any
 * case), in the report's order or sorted by a column. Only order and selection: every figure is the report's.
 */
export function billLinesShown(lines: readonly BillLine[], filter: string, sort: BillSort): BillLine[] {
  const q = filter.trim().toLowerCase();
  const kept = q ? lines.filter((l) => `${l.item}\n${l.groupName}\n${l.derivation}\n${l.source}`.toLowerCase().includes(q)) : [...lines];
  if (sort.key === 'report') return kept;
  const value = VALUE[sort.key];
  const sign = sort.descending ? -1 : 1;
  return kept
    .map((l, i) => ({ l, i }))
    .sort((a, b) => {
      const va = value(a.l);
      const vb = value(b.l);
      const c = typeof va === 'string' && typeof vb === 'string' ? text(va, vb) : (va as number) - (vb as number);
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.l);
}
