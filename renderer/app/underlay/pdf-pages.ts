import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** Largest PDF the page picker reads, bytes: only the rendered page is stored, but the whole file is held while picking. */
export const PDF_MAX_BYTES = 100 * 1024 * 1024;

/** An open PDF: its page count, a page to draw, and release. */
export interface PdfFile {
  readonly name: string;
  readonly pageCount: number;
  page(pageNumber: number): Promise<PDFPageProxy>;
  close(): void;
}

/** pdf.js is loaded on first use, so the app starts without it; its worker is a file of the app (works offline). */
async function pdfjs() {
  const lib = await import('pdfjs-dist');
  lib.GlobalWorkerOptions.workerSrc = workerUrl;
  return lib;
}

/** Why a PDF cannot be opened, in the user's words, from pdf.js's error names (they cross from the worker by name). */
function openError(name: string, error: unknown): string {
  const kind = error instanceof Error ? error.name : '';
  if (kind === 'PasswordException') return `${name} is protected by a password, and the app does not open protected PDFs. Save a copy without the password (or print the page to a new PDF) and import that.`;
  if (kind === 'InvalidPDFException') return `${name} could not be read as a PDF: it is damaged or not a PDF. Export the drawing to PDF again and import the new file.`;
  return `${name} could not be opened as a PDF (${error instanceof Error ? error.message : String(error)}).`;
}

/** Opens a chosen PDF for the page picker; an empty, damaged, protected or page-less file is refused in words. */
export async function openPdf(file: File): Promise<PdfFile | { error: string }> {
  if (file.size === 0) return { error: `${file.name} is empty (0 bytes): there is no page to import.` };
  if (file.size > PDF_MAX_BYTES) return { error: `${file.name} is ${(file.size / (1024 * 1024)).toFixed(0)} MB, more than the ${PDF_MAX_BYTES / (1024 * 1024)} MB the page picker reads. Save the page you need as a PDF of its own and import that.` };
  const lib = await pdfjs();
  // No eval (the app's Content-Security-Policy forbids it) and no fetches: the bytes are all pdf.js gets.
  const task = lib.getDocument({ data: new Uint8Array(await file.arrayBuffer()), isEvalSupported: false, useWorkerFetch: false });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    void task.destroy();
    return { error: openError(file.name, error) };
  }
  if (doc.numPages < 1) {
    void doc.destroy();
    return { error: `${file.name} has no pages: there is nothing to import.` };
  }
  return { name: file.name, pageCount: doc.numPages, page: (n) => doc.getPage(n), close: () => void doc.destroy() };
}

/** A page's size in pixels when its longest side is `longestPx`, and the scale from PDF points that gives it. */
export function pageFit(page: PDFPageProxy, longestPx: number): { scale: number; width: number; height: number } {
  const base = page.getViewport({ scale: 1 });
  const scale = longestPx / Math.max(base.width, base.height);
  return { scale, width: Math.max(1, Math.round(base.width * scale)), height: Math.max(1, Math.round(base.height * scale)) };
}

/** Draws a page into a canvas, its longest side `longestPx`, on white; the task can be cancelled (a closed picker). */
export function drawPage(page: PDFPageProxy, canvas: HTMLCanvasElement, longestPx: number): RenderTask {
  const fit = pageFit(page, longestPx);
  canvas.width = fit.width;
  canvas.height = fit.height;
  return page.render({ canvas, viewport: page.getViewport({ scale: fit.scale }), background: '#ffffff' });
}
