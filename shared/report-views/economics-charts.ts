import { usdShort } from '../money-text.ts';
import type { Drawing, DrawItem } from './drawings/drawing.ts';
import { fitText } from './drawings/drawing.ts';

// The tornado and the valuation bridge as vector drawings (millimetres, y down), made once here from the economics
// figures: the app draws them as SVG and the PDF brief as vectors, so both show the same bars.

export interface TornadoRow {
  readonly label: string;
  readonly low: number;
  readonly high: number;
  readonly npvLowUsd: number | null;
  readonly npvHighUsd: number | null;
}

export interface BridgeStep {
  readonly label: string;
  readonly usd: number;
}

/** The charts label their bars with money in millions or billions, short. */
export const chartMoney = usdShort;

/** Paper size of a chart: the PDF draws it 180 mm wide at 2.6 mm text; the app's side panel narrower with larger text. */
export interface ChartSize {
  readonly widthMm: number;
  readonly textMm: number;
}
export const PAPER_CHART: ChartSize = { widthMm: 180, textMm: 2.6 };

const textAt = (size: ChartSize, x: number, y: number, s: string, align: 'left' | 'center' | 'right' = 'left', maxWidth?: number, bold = false): DrawItem => ({
  kind: 'text', x, y, text: maxWidth === undefined ? s : fitText(s, size.textMm, maxWidth), size: size.textMm, align, bold, ...(maxWidth !== undefined ? { maxWidth } : {}),
});

/**
 * NPV at each end of each input's range against the base NPV, widest swing first: each row names its input above two
 * thin bars (the low end, then the high end) from the base NPV, with the NPV at each bar's far end.
 */
export function tornadoDrawing(rows: readonly TornadoRow[], baseNpvUsd: number, size: ChartSize = PAPER_CHART): Drawing {
  const t = size.textMm;
  const W = size.widthMm;
  const sorted = [...rows].sort((a, b) => swing(b, baseNpvUsd) - swing(a, baseNpvUsd));
  const ends = sorted.flatMap((r) => [r.npvLowUsd, r.npvHighUsd]).filter((v): v is number => v !== null);
  const lo = Math.min(baseNpvUsd, ...ends);
  const hi = Math.max(baseNpvUsd, ...ends);
  const span = hi - lo || Math.max(1, Math.abs(baseNpvUsd));
  const valueW = t * 0.55 * 8;
  const barLeft = valueW;
  const barW = W - 2 * valueW;
  const x = (usd: number) => barLeft + ((usd - lo) / span) * barW;
  const top = t * 4;
  const rowH = t * 3.4;
  const items: DrawItem[] = [
    textAt(size, 0, 0, 'NPV at the low and high end of each input', 'left', W, true),
    { kind: 'rect', x: 0, y: t * 1.6, w: t, h: t, pen: 'chart-low', fill: true },
    textAt(size, t * 1.5, t * 1.6, 'low end of the input'),
    { kind: 'rect', x: W / 2, y: t * 1.6, w: t, h: t, pen: 'chart-high', fill: true },
    textAt(size, W / 2 + t * 1.5, t * 1.6, 'high end of the input'),
  ];
  sorted.forEach((r, i) => {
    const y = top + i * rowH;
    items.push(textAt(size, 0, y, r.label, 'left', W));
    const bars: [number | null, 'chart-low' | 'chart-high', number][] = [
      [r.npvLowUsd, 'chart-low', y + t * 1.25],
      [r.npvHighUsd, 'chart-high', y + t * 2.15],
    ];
    for (const [npv, pen, barTop] of bars) {
      if (npv === null) continue;
      const a = x(Math.min(npv, baseNpvUsd));
      items.push({ kind: 'rect', x: a, y: barTop, w: Math.max(0.3, x(Math.max(npv, baseNpvUsd)) - a), h: t * 0.8, pen, fill: true });
    }
    const left = Math.min(r.npvLowUsd ?? baseNpvUsd, r.npvHighUsd ?? baseNpvUsd);
    const right = Math.max(r.npvLowUsd ?? baseNpvUsd, r.npvHighUsd ?? baseNpvUsd);
    const valueY = y + t * 1.3;
    items.push(textAt(size, barLeft - 1, valueY, r.npvLowUsd === null && r.npvHighUsd === null ? 'infeasible' : chartMoney(left), 'right', valueW - 1));
    items.push(textAt(size, barLeft + barW + 1, valueY, chartMoney(right), 'left', valueW - 1));
  });
  const bottom = top + sorted.length * rowH;
  items.push({ kind: 'line', points: [[x(baseNpvUsd), top + t], [x(baseNpvUsd), bottom]], pen: 'outline' });
  items.push(textAt(size, x(baseNpvUsd), bottom + 0.5, `base NPV ${chartMoney(baseNpvUsd)}`, 'center'));
  return { title: 'NPV sensitivity (tornado)', number: 'E-01', widthMm: W, heightMm: bottom + t * 2, items, mmPerMetre: null, notes: ['Each bar runs from the base NPV to the NPV with one input at the end of its sourced range.'] };
}

function swing(r: TornadoRow, base: number): number {
  return Math.max(Math.abs((r.npvLowUsd ?? base) - base), Math.abs((r.npvHighUsd ?? base) - base));
}

/** A label on up to two lines of `maxWidth` mm, split at the space nearest its middle when one line is too long. */
function twoLines(text: string, size: number, maxWidth: number): string[] {
  if (fitText(text, size, maxWidth) === text || !text.includes(' ')) return [text];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  const cut = spaces.reduce((best, i) => (Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best));
  return [text.slice(0, cut), text.slice(cut + 1)];
}

/**
 * The re-rating as a waterfall: the first step and the last are totals from zero, the steps between float from the
 * running total (a gain up, a loss down).
 */
export function valuationBridgeDrawing(steps: readonly BridgeStep[], size: ChartSize = PAPER_CHART): Drawing {
  const t = size.textMm;
  const W = size.widthMm;
  const heightMm = W * 0.4;
  const bars: { from: number; to: number; total: boolean }[] = [];
  let running = 0;
  steps.forEach((s, i) => {
    const total = i === 0 || i === steps.length - 1;
    const from = total ? 0 : running;
    const to = total ? s.usd : running + s.usd;
    bars.push({ from, to, total });
    running = to;
  });
  const lo = Math.min(0, ...bars.flatMap((b) => [b.from, b.to]));
  const hi = Math.max(0, ...bars.flatMap((b) => [b.from, b.to]));
  const span = hi - lo || 1;
  const plotTop = t * 4.5;
  const plotH = heightMm - plotTop - t * 3.2;
  const y = (usd: number) => plotTop + ((hi - usd) / span) * plotH;
  const slot = W / steps.length;
  const items: DrawItem[] = [textAt(size, 0, 0, 'Valuation bridge: mining value before → data-center value after', 'left', W, true)];
  bars.forEach((b, i) => {
    const step = steps[i]!;
    const top = y(Math.max(b.from, b.to));
    const h = Math.max(0.3, y(Math.min(b.from, b.to)) - top);
    const pen = b.total ? 'chart-total' : step.usd >= 0 ? 'chart-high' : 'chart-low';
    const left = i * slot + slot * 0.18;
    items.push({ kind: 'rect', x: left, y: top, w: slot * 0.64, h, pen, fill: true });
    items.push(textAt(size, i * slot + slot / 2, top - t * 1.4, chartMoney(step.usd), 'center', slot - 1));
    twoLines(step.label, t, slot - 1).forEach((line, j) => items.push(textAt(size, i * slot + slot / 2, plotTop + plotH + 1 + j * t * 1.15, line, 'center', slot - 1)));
    if (i < bars.length - 1) items.push({ kind: 'line', points: [[left + slot * 0.64, y(b.to)], [(i + 1) * slot + slot * 0.18, y(b.to)]], pen: 'dimension' });
  });
  items.push({ kind: 'line', points: [[0, y(0)], [W, y(0)]], pen: 'outline' });
  return { title: 'Valuation bridge', number: 'E-02', widthMm: W, heightMm, items, mmPerMetre: null, notes: ['Mining EBITDA × the mining multiple before; data-center EBITDA × the data-center multiple after, less the capex.'] };
}
