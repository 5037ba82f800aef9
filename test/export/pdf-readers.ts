import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Text of a PDF's pages, by poppler's pdftotext (an independent reader), one string per page. */
export function pdfPagesText(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'powerhall-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'in.pdf'), '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Raster images embedded in the PDF, by poppler's pdfimages (drawings must be vectors). */
export function pdfImageCount(pdf: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'powerhall-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const list = execFileSync('pdfimages', ['-list', join(dir, 'in.pdf')], { encoding: 'utf8' });
    return list.trim().split('\n').length - 2;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Share of ink (non-white pixels) on each page, rendered in grey by pdftoppm at a low resolution. */
export function pdfInkPerPage(pdf: Uint8Array, dpi = 30): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'powerhall-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', join(dir, 'in.pdf'), join(dir, 'page')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => inkShare(readFileSync(join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Non-white share of a binary PGM (P5, 8-bit). */
function inkShare(pgm: Buffer): number {
  const header = pgm.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('pdftoppm did not write a binary PGM');
  const [, w, h] = header.map(Number) as [number, number, number];
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (let i = 0; i < w * h; i += 1) if (pixels[i]! < 200) ink += 1;
  return ink / (w * h);
}
