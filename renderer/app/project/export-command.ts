import { EXPORT_FORMAT_LABELS, type ExportFormatId } from '../../../shared/report-views/export-formats.ts';
import type { Editor } from '../../editor/editor.ts';
import { requestExport } from '../export-job.ts';

/** File → Export → a format: the open scenario, with its prices, run in the Export dialog as a job (progress, Cancel). */
export function exportOpenScenario(editor: Editor, format: ExportFormatId): void {
  if (!requestExport(format)) editor.session.error(`Export ${EXPORT_FORMAT_LABELS[format]}: this window has no Export dialog to run it in.`);
}
