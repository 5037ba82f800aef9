import { EXPORT_FORMAT_LABELS } from '../../shared/report-views/export-formats.ts';
import { hallSheets, sitePlanDrawing } from '../../shared/report-views/drawings/plan-drawing.ts';
import { scenarioOf } from '../../shared/report-views/report-context.ts';
import type { ExportFormat } from './format.ts';
import { svgToPng } from './png/rasterise.ts';
import { sheetSvg } from './png/sheet-svg.ts';
import { DRAWING_H, DRAWING_W } from './sheet-layout.ts';

/** Pixels per millimetre at 1×: 96 dpi, the screen's CSS pixel. */
export const PX_PER_MM_AT_1X = 96 / 25.4;

/**
 * The site plan sheet (E-101) as the PDF brief draws it, from the report: halls with their dimensions and names,
 * rows, racks, equipment, the yard and the loops' pipe routes at a standard scale, with its title block, scale bar
 * and north arrow; an A4 landscape sheet at 96 dpi times the image scale. It needs no WebGL, so the CLI writes it.
 */
export const pngFormat: ExportFormat = {
  id: 'png',
  label: EXPORT_FORMAT_LABELS.png,
  extension: 'png',
  mediaType: 'image/png',
  async write(context, progress, options) {
    const scale = options?.imageScale ?? 1;
    const scenario = scenarioOf(context);
    const drawing = sitePlanDrawing(context.report, hallSheets(context.report), DRAWING_W, DRAWING_H);
    progress(0.3, 'drawing the site plan');
    const svg = sheetSvg(drawing, { project: context.document.site.name, scenario: scenario.name, date: context.date });
    progress(0.5, `rendering at ${scale}×`);
    const { png } = await svgToPng(svg, PX_PER_MM_AT_1X * scale);
    progress(1, 'written');
    return png;
  },
};
