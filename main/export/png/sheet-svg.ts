import type { Drawing, DrawItem } from '../../../shared/report-views/drawings/drawing.ts';
import { fitText, formatNumber, textWidthMm } from '../../../shared/report-views/drawings/drawing.ts';
import { PENS } from '../../../shared/report-views/drawings/pens.ts';
import { DRAWING_H, DRAWING_W, MARGIN, PAGE_H, PAGE_W, scaleBarMetres, TITLE_BLOCK_H, titleCells, type SheetInfo } from '../sheet-layout.ts';

/** The face the rasteriser is given (main/export/png/rasterise.ts): metrics as Helvetica's, which the PDF sets. */
export const SHEET_FONT = 'Arimo';
/** The smallest text the PDF sets (3 pt), mm: a text that would need less is cut instead. */
const MIN_TEXT_MM = 3 / (72 / 25.4);
/** The baseline below a text's top, in em: the PDF writer puts Helvetica's ascender (718/1000) there. */
const ASCENT = 0.718;
const INK = '#111111';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => Number(v.toFixed(3));
const points = (list: readonly (readonly [number, number])[]) => list.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');

function text(x: number, y: number, raw: string, size: number, options: { bold?: boolean; align?: 'left' | 'center' | 'right'; maxWidth?: number | undefined } = {}): string {
  let fitted = raw;
  let em = size;
  if (options.maxWidth !== undefined && textWidthMm(raw, size) > options.maxWidth) {
    em = Math.max(MIN_TEXT_MM, (size * options.maxWidth) / textWidthMm(raw, size));
    fitted = fitText(raw, em, options.maxWidth);
  }
  const anchor = options.align === 'center' ? 'middle' : options.align === 'right' ? 'end' : 'start';
  return `<text x="${n(x)}" y="${n(y + ASCENT * em)}" font-size="${n(em)}"${options.bold ? ' font-weight="bold"' : ''} text-anchor="${anchor}">${escape(fitted)}</text>`;
}

function stroke(pen: keyof typeof PENS): string {
  const style = PENS[pen];
  return `stroke="${style.color}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash.join(' ')}"` : ''}`;
}

function item(drawn: DrawItem): string {
  switch (drawn.kind) {
    case 'rect':
      return `<rect x="${n(drawn.x)}" y="${n(drawn.y)}" width="${n(drawn.w)}" height="${n(drawn.h)}" fill="${PENS[drawn.pen].fill ?? 'none'}" ${stroke(drawn.pen)}/>`;
    case 'line': {
      const shape = `<${drawn.closed ? 'polygon' : 'polyline'} points="${points(drawn.points)}" fill="none" ${stroke(drawn.pen)}/>`;
      const last = drawn.points[drawn.points.length - 1];
      const prev = drawn.points[drawn.points.length - 2];
      if (!drawn.arrow || !last || !prev) return shape;
      // The PDF writer's arrow head: 1.6 mm long, 0.4 rad either side of the last segment.
      const a = Math.atan2(last[1] - prev[1], last[0] - prev[0]);
      const wing = (angle: number) => [last[0] - 1.6 * Math.cos(angle), last[1] - 1.6 * Math.sin(angle)] as const;
      return `${shape}<polygon points="${points([last, wing(a - 0.4), wing(a + 0.4)])}" fill="${PENS[drawn.pen].color}"/>`;
    }
    case 'text':
      return text(drawn.x, drawn.y, drawn.text, drawn.size, { bold: drawn.bold ?? false, align: drawn.align ?? 'left', maxWidth: drawn.maxWidth });
  }
}

/** As the PDF's title block draws them: a scale bar of round metres in four alternate blocks, and a north arrow. */
function scaleSymbols(x: number, y: number, mmPerMetre: number): string[] {
  const metres = scaleBarMetres(mmPerMetre);
  const length = metres * mmPerMetre;
  const blocks = [0, 1, 2, 3].map(
    (i) => `<rect x="${n(x + 8 + (i * length) / 4)}" y="${n(y + 5)}" width="${n(length / 4)}" height="1.6" fill="${i % 2 === 0 ? INK : '#ffffff'}" stroke="${INK}" stroke-width="0.2"/>`,
  );
  const north = [
    `<polygon points="${points([[x, y], [x + 2.6, y + 9], [x, y + 7]])}" fill="${INK}" stroke="${INK}" stroke-width="0.25"/>`,
    `<polygon points="${points([[x, y], [x - 2.6, y + 9], [x, y + 7]])}" fill="none" stroke="${INK}" stroke-width="0.25"/>`,
    text(x, y + 10, 'N', 2.4, { bold: true, align: 'center' }),
  ];
  const figures = [
    text(x + 8, y + 7.4, '0', 1.8, { align: 'center' }),
    text(x + 8 + length / 2, y + 7.4, formatNumber(metres / 2, 1), 1.8, { align: 'center' }),
    text(x + 8 + length, y + 7.4, `${formatNumber(metres)} m`, 1.8, { align: 'center' }),
  ];
  return [...north, ...blocks, ...figures];
}

/**
 * One drawing on its A4 landscape sheet as SVG, laid out as the PDF brief's drawing sheets are (frame, the drawing
 * clipped to its area, the title block with scale bar and north arrow); user units are millimetres.
 */
export function sheetSvg(drawing: Drawing, info: SheetInfo): string {
  const ty = MARGIN + DRAWING_H;
  const cells = titleCells(drawing, info);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_W}" height="${PAGE_H}" viewBox="0 0 ${PAGE_W} ${PAGE_H}" font-family="${SHEET_FONT}" fill="${INK}">`,
    `<rect width="${PAGE_W}" height="${PAGE_H}" fill="#ffffff"/>`,
    `<clipPath id="area"><rect x="${MARGIN}" y="${MARGIN}" width="${DRAWING_W}" height="${DRAWING_H}"/></clipPath>`,
    `<g clip-path="url(#area)"><g transform="translate(${MARGIN} ${MARGIN})">`,
    ...drawing.items.map(item),
    '</g></g>',
    `<rect x="${MARGIN}" y="${MARGIN}" width="${DRAWING_W}" height="${PAGE_H - 2 * MARGIN}" fill="none" stroke="${INK}" stroke-width="0.5"/>`,
    `<polyline points="${points([[MARGIN, ty], [MARGIN + DRAWING_W, ty]])}" stroke="${INK}" stroke-width="0.35"/>`,
    ...cells.map(({ x }) => `<polyline points="${points([[MARGIN + x, ty], [MARGIN + x, ty + TITLE_BLOCK_H]])}" stroke="${INK}" stroke-width="0.35"/>`),
    ...(drawing.mmPerMetre !== null ? scaleSymbols(MARGIN + 8, ty + 4, drawing.mmPerMetre) : [text(MARGIN + 4, ty + 8, 'Diagram, not to scale', 2.2, { maxWidth: 52 })]),
    ...cells.flatMap(({ x, label, lines, width, big }) => [
      text(MARGIN + x + 2, ty + 2, label, 1.6, { maxWidth: width - 4 }),
      ...lines.map((line, i) => text(MARGIN + x + 2, ty + 6 + i * (big ? 5 : 4.2), line, big && i === 0 ? 3 : 2.2, { bold: big && i === 0, maxWidth: width - 4 })),
    ]),
    '</svg>',
  ];
  return parts.join('\n');
}
