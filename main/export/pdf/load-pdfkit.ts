import { createRequire } from 'node:module';
import type PDFKit from 'pdfkit';

/**
 * pdfkit reads its standard fonts' metrics from files in its own package at run time, which a bundler cannot
 * carry along. Loaded through Node's own require, the bundles (CLI, Electron) leave it to the installed package.
 */
export function loadPdfKit(): typeof PDFKit {
  return createRequire(import.meta.url)('pdfkit') as typeof PDFKit;
}
