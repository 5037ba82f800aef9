import type { Placement } from '../../analysis/report-schema.ts';
import { worldBounds } from '../../geometry/floor-box.ts';
import { formatNumber, type DrawItem, type Pen } from './drawing.ts';
import { label, labelWidthMm, type LabelSpace, type PaperBox, type TextItem } from './label-fit.ts';

type Box = Placement['halls'][number]['box'];

/** A rectangle on site, metres, plan y pointing south. */
export interface SiteRect {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export function rectOf(box: Box): SiteRect {
  const [minX, , minY, maxX, , maxY] = worldBounds(box);
  return { minX, minY, maxX, maxY };
}

export function unionOf(rects: readonly SiteRect[]): SiteRect {
  if (rects.length === 0) return { minX: 0, minY: 0, maxX: 10, maxY: 10 };
  return {
    minX: Math.min(...rects.map((r) => r.minX)),
    minY: Math.min(...rects.map((r) => r.minY)),
    maxX: Math.max(...rects.map((r) => r.maxX)),
    maxY: Math.max(...rects.map((r) => r.maxY)),
  };
}

/** Site metres mapped onto paper millimetres at a standard scale. */
export interface PlanMap {
  /** The scale as 1:n. */
  readonly scale: number;
  /** Paper mm per site metre. */
  readonly k: number;
  readonly px: (x: number) => number;
  readonly py: (y: number) => number;
  readonly paper: (r: SiteRect) => PaperBox;
}

/** The largest of `scales` (1:n, smallest n first) at which `extent` fits `area`, centred in it; beyond the list, the next whole 1:n. */
export function fitPlan(extent: SiteRect, area: PaperBox, scales: readonly number[]): PlanMap {
  const spanX = Math.max(extent.maxX - extent.minX, 1);
  const spanY = Math.max(extent.maxY - extent.minY, 1);
  const fit = Math.min((area.x1 - area.x0) / spanX, (area.y1 - area.y0) / spanY);
  const scale = scales.find((n) => 1000 / n <= fit) ?? Math.ceil(1000 / fit);
  const k = 1000 / scale;
  const ox = (area.x0 + area.x1 - spanX * k) / 2 - extent.minX * k;
  const oy = (area.y0 + area.y1 - spanY * k) / 2 - extent.minY * k;
  const px = (x: number) => ox + x * k;
  const py = (y: number) => oy + y * k;
  return { scale, k, px, py, paper: (r) => ({ x0: px(r.minX), y0: py(r.minY), x1: px(r.maxX), y1: py(r.maxY) }) };
}

export function rectItem(b: PaperBox, pen: Pen): DrawItem {
  return { kind: 'rect', x: b.x0, y: b.y0, w: b.x1 - b.x0, h: b.y1 - b.y0, pen };
}

/**
 * A dimension line between two paper points with ticks and its length in metres written beside it, on the
 * first side where the figure finds room clear of other labels; where it finds none the line stands without it.
 */
export function dimension(space: LabelSpace, x1: number, y1: number, x2: number, y2: number, metres: number, size = 1.8, keepOff: readonly PaperBox[] = []): DrawItem[] {
  const vertical = Math.abs(x2 - x1) < Math.abs(y2 - y1);
  const tick = 1;
  const text = `${formatNumber(metres, 2)}`;
  const items: DrawItem[] = [
    { kind: 'line', points: [[x1, y1], [x2, y2]], pen: 'dimension' },
    { kind: 'line', points: vertical ? [[x1 - tick, y1], [x1 + tick, y1]] : [[x1, y1 - tick], [x1, y1 + tick]], pen: 'dimension' },
    { kind: 'line', points: vertical ? [[x2 - tick, y2], [x2 + tick, y2]] : [[x2, y2 - tick], [x2, y2 + tick]], pen: 'dimension' },
  ];
  const my = (y1 + y2) / 2;
  const mx = (x1 + x2) / 2;
  const placed = space.place(
    vertical
      ? [label(x1 + 1.2, my - size * 0.58, text, size), label(x1 - 1.2, my - size * 0.58, text, size, { align: 'right' })]
      : [label(mx, y1 - size * 1.16 - 0.5, text, size, { align: 'center' }), label(mx, y1 + 0.6, text, size, { align: 'center' })],
    keepOff,
  );
  if (placed) items.push(placed);
  return items;
}

/** Legend swatches and their meanings from (x, y) down; returns the items and the y below them. */
export function legendItems(space: LabelSpace, x: number, y: number, keys: readonly (readonly [Pen, string])[]): { items: DrawItem[]; y: number } {
  const items: DrawItem[] = [];
  const heading = space.place([label(x, y, 'Legend', 2.4, { bold: true })]);
  if (heading) items.push(heading);
  let at = y + 5;
  for (const [pen, meaning] of keys) {
    items.push(pen === 'pipe' || pen === 'power-a' || pen === 'power-b' ? { kind: 'line', points: [[x, at + 1], [x + 7, at + 1]], pen } : { kind: 'rect', x, y: at, w: 7, h: 2.2, pen });
    const text = space.place([label(x + 9, at - 0.1, meaning, 1.9)]);
    if (text) items.push(text);
    at += 4.2;
  }
  return { items, y: at + 2 };
}

/** Lines of a schedule column from (x, y) down, each cut to `width`; stops, saying how many were left out, before `bottom`. */
export function scheduleItems(space: LabelSpace, x: number, y: number, width: number, bottom: number, heading: string, lines: readonly string[]): { items: DrawItem[]; y: number } {
  const items: DrawItem[] = [];
  const size = 1.75;
  const step = 2.9;
  const head = space.place([label(x, y, heading, 2.1, { bold: true })]);
  if (head) items.push(head);
  let at = y + 4;
  for (const [i, line] of lines.entries()) {
    const last = at + 2 * step > bottom && i < lines.length - 1;
    const text = last ? `and ${lines.length - i} more` : line;
    const fitted = label(x, at, text, size);
    const placed = space.place([{ ...fitted, maxWidth: Math.min(fitted.maxWidth ?? width, width) }]);
    if (placed) items.push(placed);
    at += step;
    if (last) break;
  }
  return { items, y: at + 2 };
}

/** Words joined by commas into lines no wider than `width` at `size`, the lines after the first indented: a feed's UPS modules. */
export function wrapWords(words: readonly string[], size: number, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current}, ${word}` : word;
    if (current && next.length * size * 0.62 > width) {
      lines.push(`${current},`);
      current = `${indent}${word}`;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

/** Candidate labels for a box: inside it where the label fits within it (largest size first), then right, left, below, above and beside its ends. */
export function around(b: PaperBox, text: string, sizes: readonly number[]): TextItem[] {
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  const inside = sizes.filter((s) => labelWidthMm(text, s) <= b.x1 - b.x0 - 0.6 && s * 1.16 <= b.y1 - b.y0 - 0.4).map((s) => label(cx, cy - s * 0.58, text, s, { align: 'center' }));
  return [
    ...inside,
    ...sizes.flatMap((s) => [
      label(b.x1 + 0.8, cy - s * 0.58, text, s),
      label(b.x0 - 0.8, cy - s * 0.58, text, s, { align: 'right' }),
      label(cx, b.y1 + 0.5, text, s, { align: 'center' }),
      label(cx, b.y0 - s * 1.16 - 0.5, text, s, { align: 'center' }),
      // Beside the box's top or bottom end, for a tall box whose middle a pipe runs out of.
      ...[b.y0 + 0.2, b.y1 - s * 1.16 - 0.2].flatMap((y) => [label(b.x1 + 0.8, y, text, s), label(b.x0 - 0.8, y, text, s, { align: 'right' })]),
    ]),
  ];
}

/** The paper a drawn polyline covers, one thin box per segment, for labels to keep off pipes and busways. */
export function segmentBoxes(points: readonly (readonly [number, number])[], half = 0.3): PaperBox[] {
  return points.slice(1).map(([x, y], i) => {
    const [px, py] = points[i]!;
    return { x0: Math.min(x, px) - half, y0: Math.min(y, py) - half, x1: Math.max(x, px) + half, y1: Math.max(y, py) + half };
  });
}
