import { billCsvFile } from '../../shared/report-views/bill-csv-file.ts';
import type { ExportFormat } from './format.ts';

export const csvFormat: ExportFormat = {
  id: 'csv',
  label: 'Bill of materials (CSV)',
  extension: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  async write(context, progress) {
    const bytes = new TextEncoder().encode(billCsvFile(context.report, context.hidePrices));
    progress(1, 'written');
    return bytes;
  },
};
