import { fitFont, MARGIN, mm, PAGE_H, PAGE_W, winAnsi, type Pdf } from './pdf-units.ts';

export interface PdfColumn {
  readonly header: string;
  /** Share of the table's width. */
  readonly weight: number;
  readonly align?: 'left' | 'right';
}

const ROW_GAP = 1.2;
const SIZE = 2.6;

/** Starts a text page with a heading; returns the y (mm) below it. */
export function textPage(doc: Pdf, heading: string): number {
  doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
  fitFont(doc, winAnsi(heading), 6, true);
  doc.fillColor('#111111').text(winAnsi(heading), mm(MARGIN), mm(MARGIN), { lineBreak: false });
  return MARGIN + 12;
}

function rowHeight(doc: Pdf, cells: readonly string[], widths: readonly number[]): number {
  fitFont(doc, 'x', SIZE, false);
  return Math.max(...cells.map((c, i) => doc.heightOfString(winAnsi(c), { width: mm(widths[i]! - 2) }) / mm(1))) + ROW_GAP;
}

/**
 * A table that wraps long cells and carries on over as many pages as it needs, repeating its header. Returns the
 * y (mm) below the table on the page it ended.
 */
export function drawTable(doc: Pdf, y: number, heading: string, columns: readonly PdfColumn[], rows: readonly (readonly string[])[]): number {
  const width = PAGE_W - 2 * MARGIN;
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => (width * c.weight) / total);
  const header = (at: number) => {
    fitFont(doc, winAnsi(heading), 3.6, true);
    doc.fillColor('#111111').text(winAnsi(heading), mm(MARGIN), mm(at), { lineBreak: false });
    let x = MARGIN;
    const hy = at + 6;
    columns.forEach((c, i) => {
      fitFont(doc, winAnsi(c.header), SIZE, true, widths[i]! - 2);
      doc.text(winAnsi(c.header), mm(x + 1), mm(hy), { width: mm(widths[i]! - 2), align: c.align ?? 'left', lineBreak: false });
      x += widths[i]!;
    });
    const under = hy + SIZE + 1.6;
    doc.undash().lineWidth(mm(0.3)).strokeColor('#111111').moveTo(mm(MARGIN), mm(under)).lineTo(mm(MARGIN + width), mm(under)).stroke();
    return under + 1.2;
  };
  let at = header(y);
  for (const row of rows) {
    const h = rowHeight(doc, row, widths);
    if (at + h > PAGE_H - MARGIN) {
      doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
      at = header(MARGIN);
    }
    let x = MARGIN;
    row.forEach((cell, i) => {
      fitFont(doc, winAnsi(cell), SIZE, false);
      doc.fillColor('#111111').text(winAnsi(cell), mm(x + 1), mm(at), { width: mm(widths[i]! - 2), align: columns[i]!.align ?? 'left' });
      x += widths[i]!;
    });
    at += h;
    doc.lineWidth(mm(0.1)).strokeColor('#bbbbbb').moveTo(mm(MARGIN), mm(at - ROW_GAP / 2)).lineTo(mm(MARGIN + width), mm(at - ROW_GAP / 2)).stroke();
  }
  return at + 4;
}
