import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxFormat } from '../../main/export/xlsx-format.ts';
import { keyFigures } from '../../shared/report-views/key-figures.ts';
import { phaseResults } from '../../shared/report-views/phase-results.ts';
import { economicsSummaryRows } from '../../shared/report-views/phase-tables.ts';
import { phase1Context } from './export-fixture.ts';

// One number format per kind of figure across the workbook: the Summary's key figures, the headline figures under the
// cash flows and the table sheets' columns format a dollar amount, a fraction and a plain number the same way.
// Read back with exceljs from the sample's Phase 1 workbook.

describe('XLSX number formats', () => {
  it('formats each kind of figure the same on the Summary, under the cash flows and in the table columns', async () => {
    const context = phase1Context();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxFormat.write(context, () => {})).buffer as ArrayBuffer);
    const byKind = new Map<string, Set<string>>();
    const note = (kind: string, format: string | undefined, where: string) => {
      expect(format, where).toBeTruthy();
      byKind.set(kind, (byKind.get(kind) ?? new Set()).add(format!));
    };
    const valueCell = (sheet: ExcelJS.Worksheet, label: string) => {
      const rows: ExcelJS.Row[] = [];
      sheet.eachRow((row) => void (row.getCell(1).value === label && rows.push(row)));
      expect(rows, `${sheet.name}: ${label}`).toHaveLength(1);
      return rows[0]!.getCell(2);
    };

    const summary = workbook.getWorksheet('Summary')!;
    for (const f of keyFigures(context)) if (f.kind !== 'text') note(f.kind, valueCell(summary, f.label).numFmt, `Summary: ${f.label}`);
    const phase = phaseResults(context);
    if (!phase.economics.ok) throw new Error(phase.economics.problems.join('; '));
    const economics = workbook.getWorksheet('Economics')!;
    for (const f of economicsSummaryRows(phase.economics.result)) note(f.kind, valueCell(economics, f.label).numFmt, `Economics: ${f.label}`);
    // The table columns of each kind: the cash flows' year, capex (USD), margin (%) and DSCR, the inputs' value column.
    const column = (sheet: ExcelJS.Worksheet, header: string) => {
      const index = (sheet.getRow(1).values as unknown[]).indexOf(header);
      expect(index, `${sheet.name} has '${header}'`).toBeGreaterThan(0);
      return sheet.getColumn(index).numFmt;
    };
    note('integer', column(economics, 'Year'), 'Economics column Year');
    note('usd', column(economics, 'Capex (USD)'), 'Economics column Capex');
    note('fraction', column(economics, 'EBITDA margin (%)'), 'Economics column EBITDA margin');
    note('number', column(economics, 'DSCR (×)'), 'Economics column DSCR');
    note('number', column(workbook.getWorksheet('Economics inputs')!, 'Value'), 'Economics inputs column Value');

    expect([...byKind.keys()].sort()).toEqual(['fraction', 'integer', 'number', 'usd']);
    for (const [kind, formats] of byKind) expect([...formats], kind).toHaveLength(1);
    expect([...byKind.get('usd')!][0]).toContain('$');
    expect([...byKind.get('fraction')!][0]).toContain('%');
  });
});
