import { ScenarioReport } from '../analysis/report-schema.ts';
import { usdText as usd } from '../money-text.ts';
import { csvText } from './csv.ts';

/** What `powerhall bill --format json` prints: the report without its placement. */
export const BillJson = ScenarioReport.pick({ summary: true, lines: true, checks: true, groups: true });
type Bill = Pick<ScenarioReport, 'summary' | 'lines' | 'checks' | 'groups'>;

export const BILL_FORMATS = ['json', 'csv', 'table'] as const;
export type BillFormat = (typeof BILL_FORMATS)[number];

/** The columns of the bill CSV, in order (the header row). */
export const BILL_CSV_HEADER: readonly string[] = [
  'category',
  'item',
  'catalog_id',
  'group',
  'group_name',
  'quantity',
  'unit',
  'capacity_per_unit',
  'capacity_unit',
  'redundancy',
  'scope',
  'unit_cost_usd',
  'total_usd',
  'lead_time_weeks',
  'derivation',
  'source',
];

/** The bill's lines as rows of values (before CSV quoting), in the order of BILL_CSV_HEADER. */
export function billCsvRows(bill: Pick<Bill, 'lines'>): (string | number | null)[][] {
  return bill.lines.map((l) => [
    l.category,
    l.item,
    l.catalogId,
    l.group,
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
    l.derivation,
    l.source,
  ]);
}

/** The bill's lines as CSV: one row per line, the columns of BILL_CSV_HEADER. */
export function billToCsv(bill: Pick<Bill, 'lines'>): string {
  return csvText([BILL_CSV_HEADER, ...billCsvRows(bill)]);
}

const num = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

export function billToTable(bill: Bill): string {
  const s = bill.summary;
  const fabric = s.network.computeFabric;
  const head = [
    `IT load ${num(s.itKw / 1000, 2)} MW · facility ${num(s.facilityKw / 1000, 2)} MW · PUE ${num(s.pue, 3)}`,
    `${num(s.racks)} racks · ${num(s.gpus)} GPUs · liquid ${num(s.liquidKw / 1000, 2)} MW · air ${num(s.airKw / 1000, 2)} MW`,
    `compute fabric: ${fabric.tiers} tiers, ${fabric.leaf} leaf, ${fabric.spine} spine, ${fabric.core} core`,
    `capex ${usd(s.capexUsd)} · longest lead ${num(s.longestLeadWeeks)} weeks`,
    '',
  ];
  const columns = ['category', 'scope', 'item', 'qty', 'unit', 'unit cost', 'total', 'lead (wk)'];
  const rows = bill.lines.map((l) => [
    l.category,
    l.scope,
    l.item,
    num(l.quantity, 2),
    l.unit,
    usd(l.unitCostUsd),
    usd(l.totalUsd),
    l.leadTimeWeeks === null ? '' : num(l.leadTimeWeeks),
  ]);
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const numeric = new Set([3, 5, 6, 7]);
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const checks = bill.checks.map((c) => `${c.severity.toUpperCase()} ${c.code}: ${c.message}`);
  return [...head, line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', ...checks].join('\n') + '\n';
}

export function formatBill(bill: Bill, format: BillFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ summary: bill.summary, lines: bill.lines, checks: bill.checks, groups: bill.groups }, null, 2) + '\n';
    case 'csv':
      return billToCsv(bill);
    case 'table':
      return billToTable(bill);
  }
}
