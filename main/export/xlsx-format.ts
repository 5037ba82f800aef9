import ExcelJS from 'exceljs';
import { BILL_CATEGORIES, billTable, CATEGORY_TITLES } from '../../shared/report-views/bill-tables.ts';
import { checksTable, groupsTable } from '../../shared/report-views/check-group-tables.ts';
import { assumptionsTable, sourcesTable } from '../../shared/report-views/input-tables.ts';
import { scenarioOf } from '../../shared/report-views/report-context.ts';
import { withoutPrices } from '../../shared/report-views/table.ts';
import type { ExportFormat } from './format.ts';
import { fillSummarySheet } from './xlsx/summary-sheet.ts';
import { addPhaseSheets } from './xlsx/phase-sheets.ts';
import { addTableSheet } from './xlsx/table-sheet.ts';
import { phaseResults } from '../../shared/report-views/phase-results.ts';
import { EXPORT_FORMAT_LABELS } from '../../shared/report-views/export-formats.ts';

/** The workbook: Summary, one bill sheet per system with its subtotal, then Checks, Groups, Assumptions, Sources, and the phase's Upgrade bill, Schedule, Economics (with its inputs) and Compare. */
export const xlsxFormat: ExportFormat = {
  id: 'xlsx',
  label: EXPORT_FORMAT_LABELS.xlsx,
  extension: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  async write(context, progress) {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Powerhall';
    workbook.title = `${context.document.site.name}: ${scenarioOf(context).name}`;
    const summary = workbook.addWorksheet('Summary');
    const systems = BILL_CATEGORIES.map((category, i) => {
      progress((i + 1) / 8, `${CATEGORY_TITLES[category]} sheet`);
      const full = billTable(context.report.lines, category);
      const table = context.hidePrices ? withoutPrices(full) : full;
      const sheet = addTableSheet(workbook, table, context.hidePrices ? undefined : { key: 'total', label: 'Subtotal' });
      return { title: table.title, lines: table.rows.length, table: sheet };
    });
    fillSummarySheet(summary, context, systems);
    addTableSheet(workbook, checksTable(context.report));
    addTableSheet(workbook, groupsTable(context.report));
    addTableSheet(workbook, assumptionsTable(context));
    addTableSheet(workbook, sourcesTable(context));
    progress(0.85, 'upgrade bill, schedule, economics and compare sheets');
    addPhaseSheets(workbook, context, phaseResults(context));
    progress(0.9, 'writing the workbook');
    const buffer = await workbook.xlsx.writeBuffer();
    progress(1, 'written');
    return new Uint8Array(buffer as ArrayBuffer);
  },
};
