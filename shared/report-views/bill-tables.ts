import type { BillCategory, BillLine } from '../engine/bill-schema.ts';
import type { ReportTable, ViewColumn } from './table.ts';

export const BILL_CATEGORIES: readonly BillCategory[] = ['power', 'cooling', 'network', 'building'];

export const CATEGORY_TITLES: Record<BillCategory, string> = {
  power: 'Power',
  cooling: 'Cooling',
  network: 'Network',
  building: 'Building',
};

/** The columns of a bill table; `total` is always the last price column, so writers can sum it. */
export const BILL_COLUMNS: readonly ViewColumn[] = [
  { key: 'item', title: 'Item', unit: null, kind: 'text' },
  { key: 'group', title: 'Group', unit: null, kind: 'text' },
  { key: 'quantity', title: 'Quantity', unit: null, kind: 'number' },
  { key: 'unit', title: 'Unit', unit: null, kind: 'text' },
  { key: 'capacity', title: 'Capacity per unit', unit: null, kind: 'number' },
  { key: 'capacityUnit', title: 'Capacity unit', unit: null, kind: 'text' },
  { key: 'redundancy', title: 'Redundancy', unit: null, kind: 'text' },
  { key: 'scope', title: 'Scope', unit: null, kind: 'text' },
  { key: 'unitCost', title: 'Unit cost', unit: 'USD', kind: 'usd', price: true },
  { key: 'total', title: 'Total', unit: 'USD', kind: 'usd', price: true },
  { key: 'leadTime', title: 'Lead time', unit: 'weeks', kind: 'number' },
  { key: 'catalogId', title: 'Catalog id', unit: null, kind: 'text' },
  { key: 'derivation', title: 'Derivation', unit: null, kind: 'text', mentionsPrices: true },
];

/** The lines of one system as a table, in the report's order. */
export function billTable(lines: readonly BillLine[], category: BillCategory): ReportTable {
  return {
    title: CATEGORY_TITLES[category],
    columns: BILL_COLUMNS,
    rows: lines
      .filter((l) => l.category === category)
      .map((l) => [
        l.item,
        l.groupName,
        l.quantity,
        l.unit,
        l.capacity?.value ?? null,
        l.capacity?.unit ?? null,
        l.redundancy,
        l.scope,
        l.unitCostUsd,
        l.totalUsd,
        l.leadTimeWeeks,
        l.catalogId,
        l.derivation,
      ]),
  };
}

export interface SystemTotal {
  readonly category: BillCategory;
  readonly title: string;
  readonly lines: number;
  readonly totalUsd: number;
  readonly longestLeadWeeks: number | null;
}

/** The bill summarised by system: lines, cost and longest lead of each. */
export function systemTotals(lines: readonly BillLine[]): SystemTotal[] {
  return BILL_CATEGORIES.map((category) => {
    const own = lines.filter((l) => l.category === category);
    const leads = own.map((l) => l.leadTimeWeeks).filter((w): w is number => w !== null);
    return {
      category,
      title: CATEGORY_TITLES[category],
      lines: own.length,
      totalUsd: own.reduce((sum, l) => sum + l.totalUsd, 0),
      longestLeadWeeks: leads.length > 0 ? Math.max(...leads) : null,
    };
  });
}
