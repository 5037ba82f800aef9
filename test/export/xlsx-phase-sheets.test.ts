import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxFormat } from '../../main/export/xlsx-format.ts';
import { phaseResults } from '../../shared/report-views/phase-results.ts';
import type { ReportContext } from '../../shared/report-views/report-context.ts';
import { phase1Context } from './export-fixture.ts';

// The phase's sheets read back with exceljs: every total is a formula whose cached value is the figure the
// analysis reports (the upgrade bill's delta capex, the schedule's full power week, the economics' column sums).

async function readBack(context: ReportContext): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsxFormat.write(context, () => {})).buffer as ArrayBuffer);
  return workbook;
}

const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1) as string[];

/** The total row's cell under a header: its formula and cached result. */
function totalUnder(sheet: ExcelJS.Worksheet, header: string, totalRow: number) {
  const column = headerOf(sheet).indexOf(header) + 1;
  expect(column, `${sheet.name} has a column '${header}'`).toBeGreaterThan(0);
  const cell = sheet.getRow(totalRow).getCell(column);
  return { formula: cell.formula, result: cell.result as number, numFmt: cell.numFmt };
}

describe('XLSX phase sheets: Upgrade bill, Schedule, Economics, Compare', () => {
  it('totals the upgrade bill, the schedule and the compare with formulas whose values are the retrofit report', async () => {
    const context = phase1Context();
    const phase = phaseResults(context);
    const retrofit = phase.bill.retrofit!;
    const workbook = await readBack(context);

    const upgrade = workbook.getWorksheet('Upgrade bill')!;
    expect(upgrade.rowCount).toBe(retrofit.lines.length + 2);
    const upgradeTotal = totalUnder(upgrade, 'Total (USD)', upgrade.rowCount);
    expect(upgradeTotal.formula).toMatch(new RegExp(`^SUM\\(([A-Z]+)2:\\1(?:${retrofit.lines.length + 1})\\)$`));
    expect(upgradeTotal.result).toBeCloseTo(retrofit.summary.deltaCapexUsd, 2);
    expect(upgradeTotal.numFmt).toContain('$');
    expect(headerOf(upgrade)).toEqual(expect.arrayContaining(['Unit cost (USD)', 'Lead time (weeks)', 'Disposition']));

    const schedule = workbook.getWorksheet('Schedule')!;
    expect(schedule.rowCount).toBe(retrofit.schedule.tasks.length + 2);
    const finish = totalUnder(schedule, 'End (week)', schedule.rowCount);
    expect(finish.formula).toMatch(/^MAX\(/);
    expect(finish.result).toBe(retrofit.summary.fullPowerWeeks);

    const compare = workbook.getWorksheet('Compare')!;
    expect(totalUnder(compare, 'Upgrade bill (USD)', compare.rowCount).result).toBeCloseTo(retrofit.summary.deltaCapexUsd, 2);
    expect(totalUnder(compare, `Bill, ${retrofit.baseline.name} (USD)`, compare.rowCount).result).toBeCloseTo(phase.baselineReport!.summary.capexUsd, 2);
  });

  it('writes the cash flows with column totals as formulas equal to the economics, and the headline figures and inputs', async () => {
    const context = phase1Context();
    const phase = phaseResults(context);
    if (!phase.economics.ok) throw new Error(phase.economics.problems.join('; '));
    const e = phase.economics.result;
    const workbook = await readBack(context);
    const sheet = workbook.getWorksheet('Economics')!;
    const totalRow = e.cashFlows.length + 2;
    expect(sheet.getRow(totalRow).getCell(1).value).toBe('Total');
    const expected: [string, number][] = [
      ['Capex (USD)', e.cashFlowTotals.capexUsd],
      ['Revenue (USD)', e.cashFlowTotals.revenueUsd],
      ['Opex (USD)', e.cashFlowTotals.opexUsd],
      ['EBITDA (USD)', e.cashFlowTotals.ebitdaUsd],
      ['Free cash flow (USD)', e.cashFlowTotals.freeCashFlowUsd],
      ['Levered free cash flow (USD)', e.cashFlowTotals.leveredFreeCashFlowUsd],
    ];
    for (const [header, value] of expected) {
      const t = totalUnder(sheet, header, totalRow);
      expect(t.formula, header).toMatch(/^SUM\(/);
      expect(t.result, header).toBeCloseTo(value, 2);
    }
    // The capex column sums to the phase's landlord bill, the figure the headline shows.
    expect(totalUnder(sheet, 'Capex (USD)', totalRow).result).toBeCloseTo(e.summary.capexUsd, 2);
    const rows = sheet.getSheetValues().flatMap((r) => (Array.isArray(r) ? [r] : []));
    expect(rows.find((r) => r[1] === 'NPV at the discount rate')?.[2]).toBeCloseTo(e.summary.npvUsd, 2);
    expect(typeof sheet.getRow(2).getCell(2).value).toBe('number');
    const inputs = workbook.getWorksheet('Economics inputs')!.getSheetValues().flatMap((r) => (Array.isArray(r) ? [r] : []));
    expect(inputs.find((r) => r[1] === 'Debt tenor')?.[3]).toBe('years');
    expect(String(inputs.find((r) => r[1] === 'Lease escalator')?.[5])).toMatch(/REFERENCE §10/);
  });

  it('leaves the economics and every price out of a tenant copy but keeps the schedule and quantities', async () => {
    const workbook = await readBack(phase1Context({ hidePrices: true }));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Upgrade bill', 'Schedule', 'Compare']));
    expect(names).not.toContain('Economics');
    expect(names).not.toContain('Economics inputs');
    for (const name of ['Upgrade bill', 'Compare']) expect(headerOf(workbook.getWorksheet(name)!).join(' ')).not.toContain('USD');
  });
});
