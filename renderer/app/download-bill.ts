import type { ScenarioReport } from '../../shared/analysis/index.ts';
import { billToCsv } from '../../shared/report-views/bill-formats.ts';
import { UTF8_BOM } from '../../shared/report-views/csv.ts';

/** A file name from free text: no path separators or characters that some file systems refuse. */
export function safeFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 150) || 'bill';
}

/** Saves the bill as CSV (the same columns as `powerhall bill --format csv`) through the browser's download. */
export function downloadBillCsv(bill: ScenarioReport, title: string): void {
  const url = URL.createObjectURL(new Blob([UTF8_BOM + billToCsv(bill)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${safeFileName(title)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
