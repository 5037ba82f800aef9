import type { ScenarioReport } from '../analysis/report-schema.ts';
import { BILL_CSV_HEADER, billCsvRows, billToCsv } from './bill-formats.ts';
import { csvText, UTF8_BOM } from './csv.ts';
import { withoutDollarSentences } from './table.ts';

const PRICE_COLUMNS = new Set(['unit_cost_usd', 'total_usd']);

/**
 * The bill as a CSV file a spreadsheet opens as UTF-8 (byte-order mark first), with the columns of
 * `powerhall bill --format csv`; a tenant copy leaves out the unit cost and total columns and every dollar amount.
 */
export function billCsvFile(report: Pick<ScenarioReport, 'lines'>, hidePrices: boolean): string {
  if (!hidePrices) return UTF8_BOM + billToCsv(report);
  const header = BILL_CSV_HEADER;
  const rows = billCsvRows(report);
  const keep = header.map((h, i) => (PRICE_COLUMNS.has(h) ? -1 : i)).filter((i) => i >= 0);
  const derivation = header.indexOf('derivation');
  const tenantRows = rows.map((r) => r.map((v, i) => (i === derivation && typeof v === 'string' ? withoutDollarSentences(v) : v)));
  return UTF8_BOM + csvText([header, ...tenantRows].map((r) => keep.map((i) => r[i] ?? null)));
}
