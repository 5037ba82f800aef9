import type PDFDocument from 'pdfkit';

/** PDF points per millimetre. */
export const PT_PER_MM = 72 / 25.4;
export const mm = (v: number) => v * PT_PER_MM;

export { MARGIN, PAGE_H, PAGE_W } from '../sheet-layout.ts';

export type Pdf = InstanceType<typeof PDFDocument>;

/** Sets the font and returns the size in points that makes `text` fit `maxWidthMm` (never larger than `sizeMm`). */
export function fitFont(doc: Pdf, text: string, sizeMm: number, bold: boolean, maxWidthMm?: number): number {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
  let size = mm(sizeMm);
  doc.fontSize(size);
  if (maxWidthMm !== undefined) {
    const width = doc.widthOfString(text);
    if (width > mm(maxWidthMm)) {
      size = Math.max(size * (mm(maxWidthMm) / width), 3);
      doc.fontSize(size);
    }
  }
  return size;
}

// The standard PDF fonts draw WinAnsi only: other characters become look-alikes or '?', never a wrong glyph.
const LOOK_ALIKES: Record<string, string> = { 'Δ': 'd', '≤': '<=', '≥': '>=', '→': '->', '←': '<-', '≈': '~', '−': '-', '‑': '-', '✓': 'ok' };
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);

export function winAnsi(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c)) out += c;
    else if (c === '\n') out += c;
    else out += LOOK_ALIKES[c] ?? '?';
  }
  return out;
}
