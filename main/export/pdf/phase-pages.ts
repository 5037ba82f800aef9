import { formatNumber } from '../../../shared/analysis/load-profile/index.ts';
import { usdText as usd } from '../../../shared/money-text.ts';
import { economicsInputsTable, economicsSummaryRows } from '../../../shared/report-views/phase-tables.ts';
import type { PhaseResults } from '../../../shared/report-views/phase-results.ts';
import { chartMoney, tornadoDrawing, valuationBridgeDrawing } from '../../../shared/report-views/economics-charts.ts';
import { ganttDrawing } from '../../../shared/report-views/schedule-gantt.ts';
import { DRAWING_H, DRAWING_W, drawAt, drawSheet, text, type SheetInfo } from './draw-drawing.ts';
import { drawTable, textPage } from './pdf-table.ts';
import { MARGIN, type Pdf } from './pdf-units.ts';

/** Shares of the page width of the economics inputs table's columns; the sources and labels are the long ones. */
const INPUT_WEIGHTS: Record<string, number> = { input: 4, value: 1.4, unit: 3, default: 1.2, source: 7 };

/** The phase's schedule as a Gantt chart on its own drawing sheet. */
export function scheduleSheet(doc: Pdf, phase: PhaseResults, info: SheetInfo): void {
  drawSheet(doc, ganttDrawing(phase.bill.schedule, DRAWING_W, DRAWING_H), info);
}

/**
 * The economics summary (a full copy only): the headline figures and the yearly cash flows, the tornado and the
 * valuation bridge as vectors, then the inputs they ran on (with each AI hall's load profile); or why the phase cannot
 * be costed.
 */
export function economicsPages(doc: Pdf, phase: PhaseResults): void {
  let y = textPage(doc, 'Economics summary');
  if (!phase.economics.ok) {
    text(doc, MARGIN, y, `Not costed: ${phase.economics.problems.join('; ')}`, 3, { maxWidth: DRAWING_W });
    return;
  }
  const e = phase.economics.result;
  text(doc, MARGIN, y, `${phase.economics.json.scenario.basis}; inputs as stored with the scenario (or their sourced defaults).`, 2.6, { maxWidth: DRAWING_W });
  y += 6;
  const shown = (f: ReturnType<typeof economicsSummaryRows>[number]) =>
    f.value === null ? '-' : f.kind === 'usd' ? usd(f.value) : f.kind === 'fraction' ? `${(f.value * 100).toFixed(1)}%` : `${f.value.toFixed(2)} ${f.unit}`;
  y = drawTable(doc, y, 'Headline figures', [{ header: 'Figure', weight: 3 }, { header: 'Value', weight: 2, align: 'right' }], economicsSummaryRows(e).map((f) => [f.label, shown(f)]));
  drawTable(
    doc,
    y,
    'Cash flows by year (USD)',
    ['Year', 'Capex', 'Revenue', 'Opex', 'EBITDA', 'Debt service', 'DSCR', 'Free cash flow'].map((header, i) => ({ header, weight: i === 0 ? 0.7 : 1.4, align: i === 0 ? ('left' as const) : ('right' as const) })),
    e.cashFlows.map((c) => [String(c.year), usd(c.capexUsd), usd(c.revenueUsd), usd(c.opexUsd), usd(c.ebitdaUsd), usd(c.debtServiceUsd), c.dscr === null ? '-' : c.dscr.toFixed(2), usd(c.freeCashFlowUsd)]),
  );
  const top = textPage(doc, 'Economics: sensitivity and valuation');
  const tornado = tornadoDrawing(phase.economics.json.sensitivity, e.summary.npvUsd);
  drawAt(doc, tornado, MARGIN, top);
  const bridge = valuationBridgeDrawing(phase.economics.json.valuationBridge);
  drawAt(doc, bridge, MARGIN, top + tornado.heightMm + 8);
  text(doc, MARGIN, top + tornado.heightMm + bridge.heightMm + 10, `Re-rating: ${chartMoney(e.summary.reratingUsd)} (value after less capex less value before).`, 2.6, { maxWidth: DRAWING_W });
  const inputs = economicsInputsTable(phase.economics.inputs, phase.economics.halls);
  drawTable(
    doc,
    textPage(doc, inputs.title),
    'Inputs, their units and the source of each default',
    inputs.columns.map((c) => ({ header: c.title, weight: INPUT_WEIGHTS[c.key] ?? 1, align: c.kind === 'number' ? ('right' as const) : ('left' as const) })),
    inputs.rows.map((row) => row.map((v) => (v === null ? '-' : typeof v === 'number' ? formatNumber(v) : v))),
  );
}
