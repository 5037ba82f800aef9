import type ExcelJS from 'exceljs';
import { columnHeader, type ReportTable } from '../../../shared/report-views/table.ts';
import { numberFormatOf } from './number-formats.ts';

export interface SheetTotal {
  /** Column key summed by the subtotal row's formula. */
  readonly key: string;
  readonly label: string;
  /** SUM (the default) adds the column; MAX takes its largest value (the schedule's finish week). */
  readonly fn?: 'SUM' | 'MAX';
}

export interface TableSheet {
  readonly sheet: ExcelJS.Worksheet;
  /** Address of the (first) total cell (e.g. `I14`), when the sheet has one. */
  readonly totalCell: string | null;
  readonly totalValue: number;
  /** Every total cell by column key, with the value its formula evaluates to. */
  readonly totals: ReadonlyMap<string, { readonly cell: string; readonly value: number }>;
}

/** Letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function widthOf(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 3 }).length + 2;
  return String(value).length;
}

/**
 * One table on its own sheet: units in the headers, numbers as numbers with formats, the header frozen with a
 * filter, widths that fit the content, and optionally a subtotal row whose formula sums a column.
 */
export function addTableSheet(workbook: ExcelJS.Workbook, table: ReportTable, total?: SheetTotal | readonly SheetTotal[]): TableSheet {
  const sheet = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(table.columns.map(columnHeader));
  header.font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => v ?? null));
  table.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    const format = numberFormatOf(column.kind);
    if (format) col.numFmt = format;
    const longest = Math.max(columnHeader(column).length, ...table.rows.map((r) => widthOf(r[i])));
    col.width = Math.min(Math.max(longest + 2, 8), column.key === 'derivation' || column.key === 'message' || column.key === 'title' || column.key === 'source' ? 90 : 50);
  });
  const lastDataRow = table.rows.length + 1;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastDataRow, column: table.columns.length } };
  const wanted = total === undefined ? [] : Array.isArray(total) ? (total as readonly SheetTotal[]) : [total as SheetTotal];
  const totals = new Map<string, { cell: string; value: number }>();
  if (wanted.length === 0) return { sheet, totalCell: null, totalValue: 0, totals };
  const totalRow = sheet.addRow([]);
  totalRow.getCell(1).value = wanted[0]!.label;
  totalRow.font = { bold: true };
  for (const t of wanted) {
    const index = table.columns.findIndex((c) => c.key === t.key);
    if (index < 0) throw new Error(`sheet '${table.title}' has no column '${t.key}' to total`);
    const letter = columnLetter(index + 1);
    const numbers = table.rows.map((r) => r[index]).filter((v): v is number => typeof v === 'number');
    const fn = t.fn ?? 'SUM';
    const value = fn === 'SUM' ? numbers.reduce((sum, v) => sum + v, 0) : numbers.length > 0 ? Math.max(...numbers) : 0;
    const cell = totalRow.getCell(index + 1);
    cell.value = table.rows.length > 0 ? { formula: `${fn}(${letter}2:${letter}${lastDataRow})`, result: value } : 0;
    cell.numFmt = numberFormatOf(table.columns[index]!.kind) ?? 'General';
    totals.set(t.key, { cell: `${letter}${totalRow.number}`, value });
  }
  const first = totals.get(wanted[0]!.key)!;
  return { sheet, totalCell: first.cell, totalValue: first.value, totals };
}
