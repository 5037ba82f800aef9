import type ExcelJS from 'exceljs';
import { keyFigures } from '../../../shared/report-views/key-figures.ts';
import { scenarioOf, type ReportContext } from '../../../shared/report-views/report-context.ts';
import { NUMBER_FORMATS } from './number-formats.ts';
import type { TableSheet } from './table-sheet.ts';

/** A formula reference to a cell of another sheet, quoted as Excel needs for sheet names with spaces. */
const cellOf = (sheet: ExcelJS.Worksheet, address: string) => `'${sheet.name.replaceAll("'", "''")}'!${address}`;

/**
 * The Summary sheet: who and what the file is about, the key figures, and the capex by system as formulas that
 * read each system sheet's subtotal, with their total (the report's capex) as a formula too.
 */
export function fillSummarySheet(sheet: ExcelJS.Worksheet, context: ReportContext, systems: readonly { title: string; lines: number; table: TableSheet }[]): void {
  const scenario = scenarioOf(context);
  const site = context.document.site;
  sheet.columns = [{ width: 30 }, { width: 44 }, { width: 20 }];
  const heading = sheet.addRow(['Figure', 'Value', 'Unit']);
  heading.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const about: [string, string][] = [
    ['Project', site.name],
    ['Site', site.location],
    ['Scenario', scenario.name],
    ['Date', context.date],
    ['Currency', 'USD'],
    ['Scope', context.hidePrices ? 'Tenant copy: prices left out' : 'Power, cooling, network and building lines (landlord and tenant scope)'],
  ];
  for (const [label, value] of about) sheet.addRow([label, value]);
  sheet.addRow([]);
  for (const f of keyFigures(context)) {
    const row = sheet.addRow([f.label, f.value, f.unit]);
    if (f.kind !== 'text') row.getCell(2).numFmt = NUMBER_FORMATS[f.kind];
    row.getCell(2).alignment = { horizontal: 'right' };
  }
  if (context.hidePrices) return;
  sheet.addRow([]);
  const head = sheet.addRow(['Capex by system', 'Total (USD)', 'Lines']);
  head.font = { bold: true };
  const first = sheet.rowCount + 1;
  for (const s of systems) {
    const row = sheet.addRow([s.title, null, s.lines]);
    row.getCell(2).value = s.table.totalCell ? { formula: cellOf(s.table.sheet, s.table.totalCell), result: s.table.totalValue } : 0;
    row.getCell(2).numFmt = NUMBER_FORMATS.usd;
  }
  const last = sheet.rowCount;
  const total = sheet.addRow(['Total capex']);
  total.font = { bold: true };
  const sum = systems.reduce((acc, s) => acc + s.table.totalValue, 0);
  total.getCell(2).value = { formula: `SUM(B${first}:B${last})`, result: sum };
  total.getCell(2).numFmt = NUMBER_FORMATS.usd;
}
