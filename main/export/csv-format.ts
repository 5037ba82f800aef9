import { billCsvFile } from '../../shared/report-views/bill-csv-file.ts';
import type { ExportFormat } from './format.ts';
import { EXPORT_FORMAT_LABELS } from '../../shared/report-views/export-formats.ts';

export const csvFormat: ExportFormat = {
  id: 'csv',
  label: EXPORT_FORMAT_LABELS.csv,
  extension: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  async write(context, progress) {
    const bytes = new TextEncoder().encode(billCsvFile(context.report, context.hidePrices));
    progress(1, 'written');
    return bytes;
  },
};
