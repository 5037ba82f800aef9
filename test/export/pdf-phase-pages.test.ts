import { beforeAll, describe, expect, it } from 'vitest';
import { pdfFormat } from '../../main/export/pdf-format.ts';
import { chartMoney } from '../../shared/report-views/economics-charts.ts';
import { phaseResults, type PhaseResults } from '../../shared/report-views/phase-results.ts';
import type { ReportContext } from '../../shared/report-views/report-context.ts';
import { phase1Context } from './export-fixture.ts';
import { pdfInkPerPage, pdfPagesText } from './pdf-readers.ts';

// The brief's schedule (a Gantt chart) and economics summary, read back with pdftotext and rendered with pdftoppm.

const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

describe('PDF brief: the schedule as a Gantt chart and the economics summary', () => {
  let context: ReportContext;
  let phase: PhaseResults;
  let pdf: Uint8Array;
  let pages: string[];
  beforeAll(async () => {
    context = phase1Context();
    phase = phaseResults(context);
    pdf = await pdfFormat.write(context, () => {});
    pages = pdfPagesText(pdf);
  });

  it('draws every task of the schedule on a drawing sheet, first and full power marked with their weeks', () => {
    const gantt = pages.findIndex((p) => p.includes('Schedule to power'));
    expect(gantt).toBeGreaterThan(pages.findIndex((p) => p.includes('Cooling schematic')));
    const page = pages[gantt]!;
    for (const task of phase.bill.schedule.tasks) expect(page).toContain(task.name.slice(0, 20));
    expect(page).toContain(`first power, week ${phase.bill.schedule.firstPowerWeeks}`);
    expect(page).toContain(`full power, week ${phase.bill.schedule.fullPowerWeeks}`);
    expect(pdfInkPerPage(pdf)[gantt]).toBeGreaterThan(0.01);
  });

  it("states the economics' headline figures and cash flows, and draws the tornado and the bridge on a page with ink", () => {
    if (!phase.economics.ok) throw new Error(phase.economics.problems.join('; '));
    const s = phase.economics.result.summary;
    const summary = pages.find((p) => p.includes('Economics summary'))!;
    expect(summary).toContain(usd(s.capexUsd));
    expect(summary).toContain(`${s.npvUsd < 0 ? '-' : ''}${usd(Math.abs(s.npvUsd))}`);
    for (const y of phase.economics.result.cashFlows.slice(0, 3)) expect(summary).toContain(usd(y.capexUsd));
    const charts = pages.findIndex((p) => p.includes('Economics: sensitivity and valuation'));
    const text = pages[charts]!;
    expect(text).toContain('NPV at the low and high end of each input');
    expect(text).toContain(`base NPV ${chartMoney(s.npvUsd).replace('−', '-')}`);
    for (const step of phase.economics.json.valuationBridge) expect(text).toContain(chartMoney(step.usd).replace('−', '-'));
    expect(pdfInkPerPage(pdf)[charts]).toBeGreaterThan(0.01);
  });

  it('leaves the economics out of a tenant copy and keeps the schedule', async () => {
    const tenant = pdfPagesText(await pdfFormat.write(phase1Context({ hidePrices: true }), () => {}));
    expect(tenant.some((p) => p.includes('Schedule to power'))).toBe(true);
    expect(tenant.some((p) => p.includes('Economics'))).toBe(false);
  });
});
