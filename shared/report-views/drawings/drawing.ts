/**
 * An engineering drawing as vector primitives on paper: millimetres from the top-left corner of the drawing
 * area, y down. Made from the report by pure functions here; the PDF writer (and later an SVG view) only draws.
 */
export type Pen = 'outline' | 'thin' | 'hall' | 'row' | 'rack' | 'equipment' | 'yard' | 'pipe' | 'power-a' | 'power-b' | 'dimension' | 'accent' | 'chart-low' | 'chart-high' | 'chart-total';

export type DrawItem =
  | { readonly kind: 'line'; readonly points: readonly (readonly [number, number])[]; readonly pen: Pen; readonly closed?: boolean; readonly arrow?: boolean }
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly pen: Pen;
      readonly fill?: boolean;
      /** The records this box stands for (a feed, a side's feeds drawn as one, a loop): the app selects and highlights them through it. */
      readonly recordIds?: readonly string[];
    }
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      /** Font size (em) in millimetres. */
      readonly size: number;
      readonly align?: 'left' | 'center' | 'right';
      readonly bold?: boolean;
      /** Box the text must fit in: a writer shrinks it to this width. */
      readonly maxWidth?: number;
    };

export interface Drawing {
  readonly title: string;
  /** Drawing number in the set, for the title block. */
  readonly number: string;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly items: readonly DrawItem[];
  /** Paper millimetres per metre on site for a scaled plan (1:200 → 5), null for a diagram. */
  readonly mmPerMetre: number | null;
  /** Notes for the title block, e.g. the scale in words or what the diagram shows. */
  readonly notes: readonly string[];
}

/** A text's width on paper, in mm, for a Helvetica-like face at `size` mm (average advance about 0.55 em). */
export function textWidthMm(text: string, size: number): number {
  return text.length * size * 0.55;
}

/** The text cut to fit `maxWidth` mm, with an ellipsis when it had to be cut. */
export function fitText(text: string, size: number, maxWidth: number): string {
  if (textWidthMm(text, size) <= maxWidth) return text;
  const chars = Math.max(1, Math.floor(maxWidth / (size * 0.55)) - 1);
  return `${text.slice(0, chars)}…`;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
export const formatNumber = fmt;
