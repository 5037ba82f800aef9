import { EXPORT_FORMAT_IDS, type ExportFormatId } from '../../shared/report-views/export-formats.ts';
import { csvFormat } from './csv-format.ts';
import { dxfFormat } from './dxf-format.ts';
import type { ExportFormat } from './format.ts';
import { glbFormat } from './glb-format.ts';
import { jsonFormat } from './json-format.ts';
import { pdfFormat } from './pdf-format.ts';
import { pngFormat } from './png-format.ts';
import { xlsxFormat } from './xlsx-format.ts';

/** One writer per format id: the CLI's --format values and the app's Export menu come from this table. */
const FORMATS: Record<ExportFormatId, ExportFormat> = {
  json: jsonFormat,
  csv: csvFormat,
  xlsx: xlsxFormat,
  pdf: pdfFormat,
  glb: glbFormat,
  dxf: dxfFormat,
  png: pngFormat,
};

export const EXPORT_FORMATS: readonly ExportFormat[] = EXPORT_FORMAT_IDS.map((id) => FORMATS[id]);

export function exportFormat(id: ExportFormatId): ExportFormat {
  return FORMATS[id];
}
