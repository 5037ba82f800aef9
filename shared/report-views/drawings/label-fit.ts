import type { DrawItem } from './drawing.ts';

export type TextItem = Extract<DrawItem, { kind: 'text' }>;

/** A box on paper, mm, y down. */
export interface PaperBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Helvetica's advance averages about 0.6 em over capitals and digits (0.55 em is lower-case prose), its bold about 0.68: labels are mostly names like "G1A" and "UPS G1A-A1". */
const LABEL_EM = 0.62;
const BOLD_EM = 0.68;
/** A line of text stands from its y to about 1.16 em below it (the face's ascender and descender). */
const LINE_EM = 1.16;

/** The width a label is given on paper, mm: the writers shrink the text to it, so the label never runs past it. */
export function labelWidthMm(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? BOLD_EM : LABEL_EM);
}

/** A label at (x, y), carrying its width so that the PDF writer and the SVG view fit the text inside it. */
export function label(x: number, y: number, text: string, size: number, options: { align?: 'left' | 'center' | 'right'; bold?: boolean } = {}): TextItem {
  return { kind: 'text', x, y, text, size, align: options.align ?? 'left', ...(options.bold ? { bold: true } : {}), maxWidth: labelWidthMm(text, size, options.bold) };
}

/** The paper a text item can cover: its fitted width (its maxWidth, else the estimate) by one line. */
export function textBox(t: TextItem): PaperBox {
  const w = t.maxWidth ?? labelWidthMm(t.text, t.size, t.bold);
  const x0 = t.align === 'center' ? t.x - w / 2 : t.align === 'right' ? t.x - w : t.x;
  return { x0, y0: t.y, x1: x0 + w, y1: t.y + t.size * LINE_EM };
}

export const boxesOverlap = (a: PaperBox, b: PaperBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
export const boxInside = (a: PaperBox, frame: PaperBox) => a.x0 >= frame.x0 && a.y0 >= frame.y0 && a.x1 <= frame.x1 && a.y1 <= frame.y1;

/**
 * The labels already on a sheet: a label is put at the first of its candidate places that stays inside the
 * frame and clear of every label placed before it and of the boxes it is told to keep off (rows, equipment).
 */
export class LabelSpace {
  private readonly placed: PaperBox[] = [];

  constructor(private readonly frame: PaperBox) {}

  place(candidates: readonly TextItem[], keepOff: readonly PaperBox[] = []): TextItem | null {
    for (const candidate of candidates) {
      const box = textBox(candidate);
      if (!boxInside(box, this.frame)) continue;
      if (this.placed.some((p) => boxesOverlap(p, box)) || keepOff.some((k) => boxesOverlap(k, box))) continue;
      this.placed.push(box);
      return candidate;
    }
    return null;
  }
}
