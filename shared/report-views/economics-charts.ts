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

/** $ in millions or billions, signed with a true minus, as the charts label their bars. */
export function chartMoney(usd: number): string {
  const a = Math.abs(usd);
  const body = a >= 1e9 ? `$${(a / 1e9).toFixed(2)}B` : `$${(a / 1e6).toFixed(a >= 1e8 ? 0 : 1)}M`;
  return `${usd < 0 ? '−' : ''}${body}`;
}

const WIDTH = 180;
const LABEL_W = 52;
const VALUE_W = 20;
const ROW_H = 7;
const TOP = 12;
const TEXT = 2.6;

const text = (x: number, y: number, s: string, align: 'left' | 'center' | 'right' = 'left', maxWidth?: number, bold = false): DrawItem => ({
  kind: 'text', x, y, text: maxWidth === undefined ? s : fitText(s, TEXT, maxWidth), size: TEXT, align, bold, ...(maxWidth !== undefined ? { maxWidth } : {}),
});

/** NPV at each end of each input's range against the base NPV: a bar from the base to each end, widest first. */
export function tornadoDrawing(rows: readonly TornadoRow[], baseNpvUsd: number): Drawing {
  const sorted = [...rows].sort((a, b) => swing(b, baseNpvUsd) - swing(a, baseNpvUsd));
  const ends = sorted.flatMap((r) => [r.npvLowUsd, r.npvHighUsd]).filter((v): v is number => v !== null);
  const lo = Math.min(baseNpvUsd, ...ends);
  const hi = Math.max(baseNpvUsd, ...ends);
  const span = hi - lo || Math.max(1, Math.abs(baseNpvUsd));
  const barLeft = LABEL_W + VALUE_W;
  const barW = WIDTH - barLeft - VALUE_W - 3;
  const x = (usd: number) => barLeft + ((usd - lo) / span) * barW;
  const items: DrawItem[] = [
    text(0, 0, 'NPV at the low and high end of each input', 'left', WIDTH, true),
    { kind: 'rect', x: 0, y: 5, w: 3, h: 3, pen: 'chart-low', fill: true },
    text(5, 5, 'low end of the input'),
    { kind: 'rect', x: 40, y: 5, w: 3, h: 3, pen: 'chart-high', fill: true },
    text(45, 5, 'high end of the input'),
  ];
  sorted.forEach((r, i) => {
    const y = TOP + i * ROW_H;
    items.push(text(0, y + 1.5, r.label, 'left', LABEL_W - 2));
    const ends: [number | null, 'chart-low' | 'chart-high', number][] = [
      [r.npvLowUsd, 'chart-low', y + 0.8],
      [r.npvHighUsd, 'chart-high', y + 3.3],
    ];
    for (const [npv, pen, top] of ends) {
      if (npv === null) continue;
      const a = x(Math.min(npv, baseNpvUsd));
      items.push({ kind: 'rect', x: a, y: top, w: Math.max(0.3, x(Math.max(npv, baseNpvUsd)) - a), h: 2.4, pen, fill: true });
    }
    const left = Math.min(r.npvLowUsd ?? baseNpvUsd, r.npvHighUsd ?? baseNpvUsd);
    const right = Math.max(r.npvLowUsd ?? baseNpvUsd, r.npvHighUsd ?? baseNpvUsd);
    items.push(text(barLeft - 2, y + 1.5, r.npvLowUsd === null && r.npvHighUsd === null ? 'infeasible' : chartMoney(left), 'right', VALUE_W - 1));
    items.push(text(barLeft + barW + 2, y + 1.5, chartMoney(right), 'left', VALUE_W - 1));
  });
  const bottom = TOP + sorted.length * ROW_H;
  items.push({ kind: 'line', points: [[x(baseNpvUsd), TOP - 1], [x(baseNpvUsd), bottom]], pen: 'outline' });
  items.push(text(x(baseNpvUsd), bottom + 1, `base NPV ${chartMoney(baseNpvUsd)}`, 'center'));
  return { title: 'NPV sensitivity (tornado)', number: 'E-01', widthMm: WIDTH, heightMm: bottom + 6, items, mmPerMetre: null, notes: ['Each bar runs from the base NPV to the NPV with one input at the end of its sourced range.'] };
}

function swing(r: TornadoRow, base: number): number {
  return Math.max(Math.abs((r.npvLowUsd ?? base) - base), Math.abs((r.npvHighUsd ?? base) - base));
}

const BRIDGE_H = 70;

/**
 * The re-rating as a waterfall: the first step and the last are totals from zero, the steps between float from the
 * running total (a gain up, a loss down).
 */
export function valuationBridgeDrawing(steps: readonly BridgeStep[]): Drawing {
  const bars: { from: number; to: number; total: boolean }[] = [];
  let running = 0;
  steps.forEach((s, i) => {
    const total = i === 0 || i === steps.length - 1;
    if (total) {
      bars.push({ from: 0, to: s.usd, total });
      running = s.usd;
    } else {
      bars.push({ from: running, to: running + s.usd, total });
      running += s.usd;
    }
  });
  const lo = Math.min(0, ...bars.flatMap((b) => [b.from, b.to]));
  const hi = Math.max(0, ...bars.flatMap((b) => [b.from, b.to]));
  const span = hi - lo || 1;
  const plotTop = 12;
  const plotH = BRIDGE_H - plotTop - 14;
  const y = (usd: number) => plotTop + ((hi - usd) / span) * plotH;
  const slot = WIDTH / steps.length;
  const items: DrawItem[] = [text(0, 0, 'Valuation bridge: mining value before → data-center value after', 'left', WIDTH, true)];
  bars.forEach((b, i) => {
    const step = steps[i]!;
    const top = y(Math.max(b.from, b.to));
    const h = Math.max(0.3, y(Math.min(b.from, b.to)) - top);
    const pen = b.total ? 'chart-total' : step.usd >= 0 ? 'chart-high' : 'chart-low';
    const left = i * slot + slot * 0.18;
    items.push({ kind: 'rect', x: left, y: top, w: slot * 0.64, h, pen, fill: true });
    items.push(text(i * slot + slot / 2, top - 4, chartMoney(step.usd), 'center', slot - 2));
    items.push(text(i * slot + slot / 2, plotTop + plotH + 2, step.label, 'center', slot - 2));
    if (i < bars.length - 1) items.push({ kind: 'line', points: [[left + slot * 0.64, y(b.to)], [(i + 1) * slot + slot * 0.18, y(b.to)]], pen: 'dimension' });
  });
  items.push({ kind: 'line', points: [[0, y(0)], [WIDTH, y(0)]], pen: 'outline' });
  return { title: 'Valuation bridge', number: 'E-02', widthMm: WIDTH, heightMm: BRIDGE_H, items, mmPerMetre: null, notes: ['Mining EBITDA × the mining multiple before; data-center EBITDA × the data-center multiple after, less the capex.'] };
}
