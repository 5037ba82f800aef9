import type { Drawing, DrawItem, Pen } from '../../../shared/report-views/drawings/drawing.ts';
import { formatNumber } from '../../../shared/report-views/drawings/drawing.ts';
import { PENS } from '../../../shared/report-views/drawings/pens.ts';
import { DRAWING_H, DRAWING_W, PAGE_H, scaleBarMetres, TITLE_BLOCK_H, titleCells, type SheetInfo } from '../sheet-layout.ts';
import { fitFont, MARGIN, mm, winAnsi, type Pdf } from './pdf-units.ts';

export { DRAWING_H, DRAWING_W, type SheetInfo };

function strokeWith(doc: Pdf, pen: Pen): void {
  const style = PENS[pen];
  doc.lineWidth(mm(style.width)).strokeColor(style.color);
  if (style.dash) doc.dash(mm(style.dash[0]), { space: mm(style.dash[1]) });
  else doc.undash();
}

export function text(doc: Pdf, x: number, y: number, raw: string, size: number, options: { bold?: boolean; align?: 'left' | 'center' | 'right'; maxWidth?: number } = {}): void {
  let value = winAnsi(raw);
  fitFont(doc, value, size, options.bold ?? false, options.maxWidth);
  // Even at the smallest size some text is too long for its box: cut it rather than let it run into a neighbour.
  // (fitFont's shrink lands on the width up to rounding: a hair over it is no reason to cut.)
  while (options.maxWidth !== undefined && value.length > 1 && doc.widthOfString(value) > mm(options.maxWidth) + 0.01) value = `${value.slice(0, -2)}…`;
  const width = doc.widthOfString(value);
  const left = options.align === 'center' ? x - width / 2 / mm(1) : options.align === 'right' ? x - width / mm(1) : x;
  doc.fillColor('#111111').text(value, mm(left), mm(y), { lineBreak: false });
}

function drawItem(doc: Pdf, item: DrawItem, ox: number, oy: number): void {
  switch (item.kind) {
    case 'rect': {
      const style = PENS[item.pen];
      strokeWith(doc, item.pen);
      doc.rect(mm(ox + item.x), mm(oy + item.y), mm(item.w), mm(item.h));
      if (style.fill) doc.fillAndStroke(style.fill, style.color);
      else doc.stroke();
      return;
    }
    case 'line': {
      const [first, ...rest] = item.points;
      if (!first) return;
      strokeWith(doc, item.pen);
      doc.moveTo(mm(ox + first[0]), mm(oy + first[1]));
      for (const [x, y] of rest) doc.lineTo(mm(ox + x), mm(oy + y));
      if (item.closed) doc.closePath();
      doc.stroke();
      const last = item.points[item.points.length - 1]!;
      const prev = item.points[item.points.length - 2];
      if (item.arrow && prev) {
        const a = Math.atan2(last[1] - prev[1], last[0] - prev[0]);
        const s = 1.6;
        doc.undash().fillColor(PENS[item.pen].color);
        doc
          .moveTo(mm(ox + last[0]), mm(oy + last[1]))
          .lineTo(mm(ox + last[0] - s * Math.cos(a - 0.4)), mm(oy + last[1] - s * Math.sin(a - 0.4)))
          .lineTo(mm(ox + last[0] - s * Math.cos(a + 0.4)), mm(oy + last[1] - s * Math.sin(a + 0.4)))
          .closePath()
          .fill();
      }
      return;
    }
    case 'text':
      text(doc, ox + item.x, oy + item.y, item.text, item.size, { bold: item.bold ?? false, align: item.align ?? 'left', ...(item.maxWidth !== undefined ? { maxWidth: item.maxWidth } : {}) });
      return;
  }
}

/** A drawing's items at (x, y) in page mm, on the current page: a chart inside a text page. */
export function drawAt(doc: Pdf, drawing: Drawing, x: number, y: number): void {
  for (const item of drawing.items) drawItem(doc, item, x, y);
}

/** A scale bar of round metres, about 40 mm long, at (x, y) in page mm. */
function scaleBar(doc: Pdf, x: number, y: number, mmPerMetre: number): void {
  const metres = scaleBarMetres(mmPerMetre);
  const length = metres * mmPerMetre;
  doc.undash().lineWidth(mm(0.2)).strokeColor('#111111');
  for (let i = 0; i < 4; i += 1) {
    const seg = doc.rect(mm(x + (i * length) / 4), mm(y), mm(length / 4), mm(1.6));
    if (i % 2 === 0) seg.fillAndStroke('#111111', '#111111');
    else seg.stroke();
  }
  text(doc, x, y + 2.4, '0', 1.8, { align: 'center' });
  text(doc, x + length / 2, y + 2.4, formatNumber(metres / 2, 1), 1.8, { align: 'center' });
  text(doc, x + length, y + 2.4, `${formatNumber(metres)} m`, 1.8, { align: 'center' });
}

/** A north arrow pointing up the sheet (plan north is −y on site, the top of the drawing). */
function northArrow(doc: Pdf, x: number, y: number): void {
  doc.undash().lineWidth(mm(0.25)).strokeColor('#111111');
  doc.moveTo(mm(x), mm(y)).lineTo(mm(x + 2.6), mm(y + 9)).lineTo(mm(x), mm(y + 7)).closePath().fillAndStroke('#111111', '#111111');
  doc.moveTo(mm(x), mm(y)).lineTo(mm(x - 2.6), mm(y + 9)).lineTo(mm(x), mm(y + 7)).closePath().stroke();
  text(doc, x, y + 10, 'N', 2.4, { bold: true, align: 'center' });
}

/** One drawing on its own A4 landscape sheet: frame, the drawing, and the title block with scale bar and north arrow. */
export function drawSheet(doc: Pdf, drawing: Drawing, info: SheetInfo): void {
  doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
  doc.undash().lineWidth(mm(0.5)).strokeColor('#111111').rect(mm(MARGIN), mm(MARGIN), mm(DRAWING_W), mm(PAGE_H - 2 * MARGIN)).stroke();
  doc.save();
  doc.rect(mm(MARGIN), mm(MARGIN), mm(DRAWING_W), mm(DRAWING_H)).clip();
  for (const item of drawing.items) drawItem(doc, item, MARGIN, MARGIN);
  doc.restore();
  const ty = MARGIN + DRAWING_H;
  doc.undash().lineWidth(mm(0.35)).strokeColor('#111111');
  doc.moveTo(mm(MARGIN), mm(ty)).lineTo(mm(MARGIN + DRAWING_W), mm(ty)).stroke();
  // Title block cells: symbols | project & scenario | drawing title | notes | date & number.
  const cells = titleCells(drawing, info);
  for (const { x } of cells) doc.moveTo(mm(MARGIN + x), mm(ty)).lineTo(mm(MARGIN + x), mm(ty + TITLE_BLOCK_H)).stroke();
  if (drawing.mmPerMetre !== null) {
    northArrow(doc, MARGIN + 8, ty + 4);
    scaleBar(doc, MARGIN + 16, ty + 9, drawing.mmPerMetre);
  } else {
    text(doc, MARGIN + 4, ty + 8, 'Diagram, not to scale', 2.2, { maxWidth: 52 });
  }
  for (const { x, label, lines, width, big } of cells) {
    text(doc, MARGIN + x + 2, ty + 2, label, 1.6, { maxWidth: width - 4 });
    lines.forEach((l, i) => text(doc, MARGIN + x + 2, ty + 6 + i * (big ? 5 : 4.2), l, big && i === 0 ? 3 : 2.2, { bold: big && i === 0, maxWidth: width - 4 }));
  }
}
