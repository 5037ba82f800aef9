import { usdText as usd } from '../../../shared/money-text.ts';
import { BILL_CATEGORIES, CATEGORY_TITLES, systemTotals } from '../../../shared/report-views/bill-tables.ts';
import { formatNumber } from '../../../shared/report-views/drawings/drawing.ts';
import { citedSources, SOURCE_TAGS } from '../../../shared/report-views/input-tables.ts';
import { keyFigures, type KeyFigure } from '../../../shared/report-views/key-figures.ts';
import { scenarioOf, type ReportContext } from '../../../shared/report-views/report-context.ts';
import { drawTable, textPage, type PdfColumn } from './pdf-table.ts';
import { fitFont, MARGIN, mm, PAGE_H, PAGE_W, winAnsi, type Pdf } from './pdf-units.ts';

function figureText(f: KeyFigure): string {
  if (typeof f.value === 'string') return f.value;
  if (f.kind === 'usd') return usd(f.value);
  const digits = f.unit === 'MW' || f.unit === 'MVA' ? 2 : f.label.includes('PUE') ? 3 : 0;
  return `${formatNumber(f.value, digits)}${f.unit ? ` ${f.unit}` : ''}`;
}

/** The cover: what the brief is about, for whom and when. */
export function coverPage(doc: Pdf, context: ReportContext): void {
  const site = context.document.site;
  doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
  doc.rect(0, 0, mm(PAGE_W), mm(60)).fill('#1f3a56');
  fitFont(doc, 'Tenant brief', 12, true);
  doc.fillColor('#ffffff').text(winAnsi('Tenant brief'), mm(MARGIN + 6), mm(22), { lineBreak: false });
  const lines: [string, string][] = [
    ['Project', site.name],
    ['Site', site.location || '-'],
    ['Scenario', scenarioOf(context).name],
    ['Date', context.date],
    ['Prepared by', 'Powerhall (figures from the scenario report)'],
    ['Copy', context.hidePrices ? 'Tenant copy: prices left out' : 'Full copy with prices (USD)'],
  ];
  lines.forEach(([label, value], i) => {
    const y = 78 + i * 13;
    fitFont(doc, winAnsi(label), 3.2, false);
    doc.fillColor('#555555').text(label.toUpperCase(), mm(MARGIN + 6), mm(y), { lineBreak: false });
    fitFont(doc, winAnsi(value), 5, true, PAGE_W - 2 * MARGIN - 60);
    doc.fillColor('#111111').text(winAnsi(value), mm(MARGIN + 50), mm(y - 1.2), { lineBreak: false });
  });
}

/** Key figures in two columns, and the systems' totals. */
export function keyFiguresPage(doc: Pdf, context: ReportContext): void {
  let y = textPage(doc, 'Key figures');
  const figures = keyFigures(context);
  const half = Math.ceil(figures.length / 2);
  const colW = (PAGE_W - 2 * MARGIN) / 2;
  figures.forEach((f, i) => {
    const x = MARGIN + (i < half ? 0 : colW);
    const fy = y + (i % half) * 8.4;
    fitFont(doc, winAnsi(f.label), 3, false, colW * 0.5);
    doc.fillColor('#444444').text(winAnsi(f.label), mm(x), mm(fy), { lineBreak: false });
    const value = figureText(f);
    fitFont(doc, winAnsi(value), 3.6, true, colW * 0.45);
    doc.fillColor('#111111').text(winAnsi(value), mm(x + colW * 0.52), mm(fy - 0.4), { lineBreak: false });
  });
  y += half * 8.4 + 6;
  const columns: PdfColumn[] = [
    { header: 'System', weight: 3 },
    { header: 'Bill lines', weight: 1.5, align: 'right' },
    { header: 'Longest lead (weeks)', weight: 2, align: 'right' },
    ...(context.hidePrices ? [] : [{ header: 'Total (USD)', weight: 2.5, align: 'right' as const }]),
  ];
  const totals = systemTotals(context.report.lines);
  const rows = totals.map((t) => [t.title, formatNumber(t.lines), t.longestLeadWeeks === null ? '-' : formatNumber(t.longestLeadWeeks), ...(context.hidePrices ? [] : [usd(t.totalUsd)])]);
  if (!context.hidePrices) rows.push(['Total capex', formatNumber(context.report.lines.length), formatNumber(context.report.summary.longestLeadWeeks), usd(context.report.summary.capexUsd)]);
  drawTable(doc, Math.min(y, PAGE_H - 60), 'Bill by system', columns, rows);
}

/** The bill summary by system: each system's lines with quantities, redundancy, lead and (in a full copy) cost. */
export function billPages(doc: Pdf, context: ReportContext): void {
  let y = textPage(doc, 'Bill of materials by system');
  const columns: PdfColumn[] = [
    { header: 'Item', weight: 7 },
    { header: 'Group', weight: 3.4 },
    { header: 'Quantity', weight: 1.4, align: 'right' },
    { header: 'Unit', weight: 0.8 },
    { header: 'Redundancy', weight: 1.6 },
    { header: 'Lead (weeks)', weight: 1.4, align: 'right' },
    ...(context.hidePrices ? [] : [{ header: 'Total (USD)', weight: 1.9, align: 'right' as const }]),
  ];
  for (const category of BILL_CATEGORIES) {
    const lines = context.report.lines.filter((l) => l.category === category);
    if (lines.length === 0) continue;
    const rows = lines.map((l) => [
      l.item,
      l.groupName,
      formatNumber(l.quantity, 1),
      l.unit,
      l.redundancy ?? '',
      l.leadTimeWeeks === null ? '-' : formatNumber(l.leadTimeWeeks),
      ...(context.hidePrices ? [] : [usd(l.totalUsd)]),
    ]);
    if (y > PAGE_H - 40) y = textPage(doc, 'Bill of materials by system (continued)');
    y = drawTable(doc, y, CATEGORY_TITLES[category], columns, rows);
  }
}

/** Every check the report raised, and the sources its figures come from. */
export function checksAndSourcesPages(doc: Pdf, context: ReportContext): void {
  let y = textPage(doc, 'Checks');
  const checks = context.report.checks;
  y = checks.length === 0
    ? y + 8
    : drawTable(doc, y, `${checks.length} checks`, [{ header: 'Severity', weight: 1 }, { header: 'Code', weight: 2 }, { header: 'Message', weight: 10 }], checks.map((c) => [c.severity, c.code, c.message]));
  y = textPage(doc, 'Sources');
  const tags = Object.entries(SOURCE_TAGS).map(([t, meaning]) => `${t}: ${meaning}`).join(' · ');
  fitFont(doc, winAnsi(tags), 2.4, false, PAGE_W - 2 * MARGIN);
  doc.fillColor('#444444').text(winAnsi(tags), mm(MARGIN), mm(y), { lineBreak: false });
  drawTable(doc, y + 6, 'Sources cited by the bill', [{ header: 'Source', weight: 2 }, { header: 'Tag', weight: 0.6 }, { header: 'Title', weight: 10 }, { header: 'Lines', weight: 0.8, align: 'right' }],
    citedSources(context).map(({ source, lines }) => [source.id, source.tag, source.title, formatNumber(lines)]));
}

/** "Project · scenario · date" and "page n of N" under every page's bottom margin line (outside drawing frames). */
export function pageFooters(doc: Pdf, caption: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    const y = PAGE_H - MARGIN + 3;
    fitFont(doc, winAnsi(caption), 2.2, false, PAGE_W / 2);
    doc.fillColor('#666666').text(winAnsi(caption), mm(MARGIN), mm(y), { lineBreak: false });
    const page = `page ${i - start + 1} of ${count}`;
    fitFont(doc, page, 2.2, false);
    doc.text(page, mm(PAGE_W - MARGIN) - doc.widthOfString(page), mm(y), { lineBreak: false });
  }
}
