import { coolingSchematic } from '../../shared/report-views/drawings/cooling-schematic.ts';
import { planSheets } from '../../shared/report-views/drawings/plan-drawing.ts';
import { singleLineDiagram } from '../../shared/report-views/drawings/single-line.ts';
import { scenarioOf } from '../../shared/report-views/report-context.ts';
import type { ExportFormat } from './format.ts';
import { billPages, checksAndSourcesPages, coverPage, keyFiguresPage, pageFooters } from './pdf/brief-pages.ts';
import { DRAWING_H, DRAWING_W, drawSheet } from './pdf/draw-drawing.ts';
import { loadPdfKit } from './pdf/load-pdfkit.ts';
import { economicsPages, scheduleSheet } from './pdf/phase-pages.ts';
import { renderPage } from './pdf/render-page.ts';
import { phaseResults } from '../../shared/report-views/phase-results.ts';
import { EXPORT_FORMAT_LABELS } from '../../shared/report-views/export-formats.ts';

/**
 * The tenant brief: cover, key figures, the app's 3D view when it sent one, the plan, single-line diagram and cooling schematic drawn as vectors from
 * the report, the schedule as a Gantt chart, then the bill by system (prices left out of a tenant copy), the economics summary (full copy
 * only), checks and sources.
 */
export const pdfFormat: ExportFormat = {
  id: 'pdf',
  label: EXPORT_FORMAT_LABELS.pdf,
  extension: 'pdf',
  mediaType: 'application/pdf',
  write(context, progress) {
    return new Promise<Uint8Array>((resolve, reject) => {
      const scenario = scenarioOf(context);
      const PDFDocument = loadPdfKit();
      const doc = new PDFDocument({
        autoFirstPage: false,
        bufferPages: true,
        compress: true,
        info: { Title: `Tenant brief: ${context.document.site.name}, ${scenario.name}`, Author: 'Powerhall', Creator: 'Powerhall' },
      });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.on('error', reject);
      try {
        const info = { project: context.document.site.name, scenario: scenario.name, date: context.date };
        coverPage(doc, context);
        keyFiguresPage(doc, context);
        if (context.viewportPng) renderPage(doc, context.viewportPng, `${scenario.name} as the app showed it on ${context.date}`);
        progress(0.2, 'plan');
        for (const sheet of planSheets(context, DRAWING_W, DRAWING_H)) drawSheet(doc, sheet, info);
        progress(0.4, 'single-line diagram');
        drawSheet(doc, singleLineDiagram(context, DRAWING_W, DRAWING_H), info);
        progress(0.6, 'cooling schematic');
        drawSheet(doc, coolingSchematic(context, DRAWING_W, DRAWING_H), info);
        progress(0.7, 'schedule and economics');
        const phase = phaseResults(context);
        scheduleSheet(doc, phase, info);
        progress(0.8, 'bill, checks and sources');
        billPages(doc, context);
        // The economics are the landlord's: a tenant copy leaves them out with the prices.
        if (!context.hidePrices) economicsPages(doc, phase);
        checksAndSourcesPages(doc, context);
        pageFooters(doc, `${context.document.site.name} · ${scenario.name} · ${context.date}`);
        doc.end();
        progress(1, 'written');
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  },
};
