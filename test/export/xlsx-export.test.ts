import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxFormat } from '../../main/export/xlsx-format.ts';
import type { ReportContext } from '../../shared/report-views/report-context.ts';
import { FORMULA_NAME, hostileSample, phase1Context } from './export-fixture.ts';

async function readBack(context: ReportContext): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsxFormat.write(context, () => {})).buffer as ArrayBuffer);
  return workbook;
}

const SHEETS = ['Summary', 'Power', 'Cooling', 'Network', 'Building', 'Checks', 'Groups', 'Assumptions', 'Sources', 'Upgrade bill', 'Schedule', 'Economics', 'Economics inputs', 'Compare'];

describe('XLSX export (read back with exceljs)', () => {
  it('has the sheets in order, frozen headers with filters, units in the headers', async () => {
    const workbook = await readBack(phase1Context());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEETS);
    for (const name of SHEETS.slice(1)) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter, name).toBeTruthy();
    }
    const power = workbook.getWorksheet('Power')!;
    const header = (power.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Total (USD)');
    expect(header).toContain('Lead time (weeks)');
    expect(power.getColumn(header.indexOf('Total (USD)') + 1).width).toBeGreaterThanOrEqual('Total (USD)'.length);
    // Every bill row carries its line's scope; the network sheet is tenant scope, in-rack cooling OEM scope.
    for (const [name, expected] of [['Network', ['tenant']], ['Cooling', ['landlord', 'oem']]] as const) {
      const sheet = workbook.getWorksheet(name)!;
      const scope = (sheet.getRow(1).values as unknown[]).slice(1).indexOf('Scope') + 1;
      expect(scope, name).toBeGreaterThan(0);
      const values = new Set<unknown>();
      for (let r = 2; r < sheet.rowCount; r += 1) values.add(sheet.getRow(r).getCell(scope).value);
      expect([...values].sort(), name).toEqual([...expected]);
    }
  });

  it('writes numbers as numbers with formats, and subtotals and the total as formulas whose values are the report', async () => {
    const context = phase1Context();
    const { lines, summary } = context.report;
    const workbook = await readBack(context);
    const summarySheet = workbook.getWorksheet('Summary')!;
    const subtotals = new Map<string, number>();
    for (const name of ['Power', 'Cooling', 'Network', 'Building']) {
      const sheet = workbook.getWorksheet(name)!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const totalColumn = header.indexOf('Total (USD)') + 1;
      const own = lines.filter((l) => l.category === name.toLowerCase());
      expect(sheet.rowCount, name).toBe(own.length + 2);
      const first = sheet.getRow(2).getCell(totalColumn);
      expect(typeof first.value, name).toBe('number');
      expect(first.numFmt).toContain('#,##0');
      const cell = sheet.getRow(sheet.rowCount).getCell(totalColumn);
      expect(cell.formula, name).toMatch(/^SUM\(/);
      expect(cell.result).toBe(own.reduce((s, l) => s + l.totalUsd, 0));
      subtotals.set(name, cell.result as number);
    }
    const rows = summarySheet.getSheetValues().flatMap((r, i) => (Array.isArray(r) ? [{ i, label: r[1] }] : []));
    const totalRow = rows.find((r) => r.label === 'Total capex')!;
    const total = summarySheet.getRow(totalRow.i).getCell(2);
    expect(total.formula).toMatch(/^SUM\(B\d+:B\d+\)$/);
    expect(total.result).toBe(summary.capexUsd);
    const powerRow = rows.find((r) => r.label === 'Power')!;
    const power = summarySheet.getRow(powerRow.i).getCell(2);
    // The Total column is J: the Scope column stands after Redundancy.
    expect(power.formula).toMatch(/^'Power'!J\d+$/);
    expect(power.result).toBe(subtotals.get('Power'));
  });

  it('lists the checks, groups, entered inputs and cited sources', async () => {
    const context = phase1Context();
    const workbook = await readBack(context);
    expect(workbook.getWorksheet('Checks')!.rowCount).toBe(context.report.checks.length + 1);
    expect(workbook.getWorksheet('Groups')!.rowCount).toBe(context.report.groups.length + 1);
    const inputs = workbook.getWorksheet('Assumptions')!.getSheetValues().flatMap((r) => (Array.isArray(r) ? [r] : []));
    const scenario = context.document.scenarios.find((s) => s.id === 'sc-phase1')!;
    expect(inputs.find((r) => r[2] === 'Facility-water supply')?.[3]).toBe(scenario.liquidSupplyC);
    expect(inputs.find((r) => r[2] === 'Pipe sizing velocity' || r[2] === 'Design velocity for liquid pipe sizing')?.[5]).toMatch(/assumed/);
    const sources = workbook.getWorksheet('Sources')!.getColumn(1).values.slice(2);
    expect(sources).toContain('cw-2025');
  });

  it('keeps a formula-looking name as text and leaves prices out of a tenant copy', async () => {
    const hostile = await readBack(phase1Context({ document: hostileSample() }));
    let seen = 0;
    for (const sheet of hostile.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          if (c.value !== FORMULA_NAME) return;
          seen += 1;
          expect(c.type, sheet.name).toBe(ExcelJS.ValueType.String);
        }),
      );
    }
    expect(seen).toBeGreaterThan(0);
    const tenant = await readBack(phase1Context({ hidePrices: true }));
    for (const sheet of tenant.worksheets.filter((s) => s.name !== 'Sources' && s.name !== 'Assumptions')) {
      sheet.eachRow((row) => row.eachCell((c) => expect(String(c.value), sheet.name).not.toMatch(/\$\d/)));
      expect((sheet.getRow(1).values as unknown[]).join(' '), sheet.name).not.toContain('USD');
    }
  });
});
