import type ExcelJS from 'exceljs';
import type { PhaseResults } from '../../../shared/report-views/phase-results.ts';
import { cashFlowReportTable, CASH_FLOW_TOTALS, compareTable, economicsInputsTable, economicsSummaryRows, scheduleTable, upgradeBillTable } from '../../../shared/report-views/phase-tables.ts';
import type { ReportContext } from '../../../shared/report-views/report-context.ts';
import { withoutPrices } from '../../../shared/report-views/table.ts';
import { NUMBER_FORMATS } from './number-formats.ts';
import { addTableSheet } from './table-sheet.ts';

/**
 * The phase's sheets: Upgrade bill and Compare when the scenario names a baseline, Schedule always, and Economics with
 * its inputs when the phase can be costed; a tenant copy keeps quantities and dates and leaves every price and the
 * economics out.
 */
export function addPhaseSheets(workbook: ExcelJS.Workbook, context: ReportContext, phase: PhaseResults): void {
  const hide = context.hidePrices;
  const { retrofit } = phase.bill;
  if (retrofit) {
    const upgrade = upgradeBillTable(retrofit);
    addTableSheet(workbook, hide ? withoutPrices(upgrade) : upgrade, hide ? undefined : { key: 'total', label: 'Upgrade bill total' });
  }
  addTableSheet(workbook, scheduleTable(phase.bill.schedule), { key: 'end', label: 'Full power (week)', fn: 'MAX' });
  if (!hide && phase.economics.ok) {
    const e = phase.economics.result;
    const cash = addTableSheet(workbook, cashFlowReportTable(e), CASH_FLOW_TOTALS.map((key) => ({ key, label: 'Total' })));
    addSummaryBelow(cash.sheet, e);
    addTableSheet(workbook, economicsInputsTable(phase.economics.inputs, phase.economics.halls));
  }
  if (retrofit && phase.baselineReport) {
    const compare = compareTable(phase.baselineReport, retrofit, context.catalog);
    addTableSheet(workbook, hide ? withoutPrices(compare) : compare, hide ? undefined : [{ key: 'baselineTotal', label: 'Total' }, { key: 'total', label: 'Total' }]);
  }
}

/** The headline figures under the cash flows, two rows below the totals. */
function addSummaryBelow(sheet: ExcelJS.Worksheet, e: Parameters<typeof economicsSummaryRows>[0]): void {
  sheet.addRow([]);
  sheet.addRow(['Headline figures']).font = { bold: true };
  for (const f of economicsSummaryRows(e)) {
    const row = sheet.addRow([f.label, f.value, f.unit]);
    row.getCell(2).numFmt = NUMBER_FORMATS[f.kind];
  }
}
