import type { ScenarioReport } from '../../shared/analysis/index.ts';
import { billCsvFile } from '../../shared/report-views/bill-csv-file.ts';
import { safeFileName } from '../../shared/report-views/report-context.ts';
import { downloadFile } from './download.ts';

/** Saves the bill as CSV (the same file as `powerhall export --format csv`) through the browser's download. */
export function downloadBillCsv(bill: ScenarioReport, title: string): void {
  downloadFile(billCsvFile(bill, false), `${safeFileName(title)}.csv`, 'text/csv;charset=utf-8');
}
