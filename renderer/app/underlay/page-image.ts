import type { PDFPageProxy } from 'pdfjs-dist';
import { UNDERLAY_MAX_BYTES } from '../../../shared/model/underlay-records.ts';
import { drawPage } from './pdf-pages.ts';

/**
 * Longest side a PDF page is drawn at, px: about 4.8 px per mm on an A1 sheet (841 mm), so a 0.25 mm line is a pixel
 * wide and a wall can be traced to a few centimetres at 1:100; and under 4096, the largest texture every GPU in use
 * takes, so the viewport shows it at full size.
 */
export const PAGE_LONGEST_PX = 4000;

/** Smaller sizes tried, in turn, when the drawing at full size does not fit an underlay even as a JPEG. */
const SMALLER_PX = [3200, 2560, 2048, 1600] as const;

/** JPEG quality when a PNG is too large (a scanned page): lines stay crisp enough to trace. */
const JPEG_QUALITY = 0.88;

/** A PDF page as an image an underlay holds. */
export interface PageImage {
  readonly blob: Blob;
  readonly source: 'png' | 'jpeg';
  readonly width: number;
  readonly height: number;
}

function encode(canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg'): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the page could not be encoded'))), type, JPEG_QUALITY));
}

function shrunk(full: HTMLCanvasElement, longestPx: number): HTMLCanvasElement {
  const k = longestPx / Math.max(full.width, full.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(full.width * k));
  canvas.height = Math.max(1, Math.round(full.height * k));
  const ctx = canvas.getContext('2d')!;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(full, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/**
 * Draws a page at PAGE_LONGEST_PX and encodes it to fit an underlay: a PNG (a line drawing compresses well), else a
 * JPEG, else the JPEG at the next smaller size. Null when even the smallest does not fit.
 */
export async function pageImage(page: PDFPageProxy): Promise<PageImage | null> {
  const full = document.createElement('canvas');
  await drawPage(page, full, PAGE_LONGEST_PX).promise;
  const png = await encode(full, 'image/png');
  if (png.size <= UNDERLAY_MAX_BYTES) return { blob: png, source: 'png', width: full.width, height: full.height };
  for (const canvas of [full, ...SMALLER_PX.map((px) => shrunk(full, px))]) {
    const jpeg = await encode(canvas, 'image/jpeg');
    if (jpeg.size <= UNDERLAY_MAX_BYTES) return { blob: jpeg, source: 'jpeg', width: canvas.width, height: canvas.height };
  }
  return null;
}
