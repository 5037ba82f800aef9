import type { Pen } from './drawing.ts';

export interface PenStyle {
  /** Line width, mm. */
  readonly width: number;
  readonly color: string;
  readonly dash?: readonly [number, number];
  readonly fill?: string;
}

/** How each pen of a drawing looks, on paper and on screen alike: widths in mm, as ISO 128 line groups roughly have them. */
export const PENS: Record<Pen, PenStyle> = {
  outline: { width: 0.35, color: '#1a1a1a' },
  thin: { width: 0.18, color: '#1a1a1a' },
  hall: { width: 0.5, color: '#1a1a1a', fill: '#f4f4f0' },
  row: { width: 0.25, color: '#33506e', fill: '#e3ebf3' },
  rack: { width: 0.1, color: '#5b7896' },
  equipment: { width: 0.25, color: '#6b4a1a', fill: '#f6ecd9' },
  yard: { width: 0.25, color: '#555555', dash: [2, 1.2] },
  pipe: { width: 0.45, color: '#1769aa' },
  'power-a': { width: 0.35, color: '#b3261e' },
  'power-b': { width: 0.35, color: '#b3261e', dash: [1.6, 0.9] },
  dimension: { width: 0.13, color: '#333333' },
  accent: { width: 0.6, color: '#c0504d' },
  // Economics charts (tornado, valuation bridge): a low case or a loss, a high case or a gain, a total.
  'chart-low': { width: 0.15, color: '#8c2d24', fill: '#d9776c' },
  'chart-high': { width: 0.15, color: '#1f5a35', fill: '#6fb287' },
  'chart-total': { width: 0.15, color: '#27415e', fill: '#7d9cc0' },
};
