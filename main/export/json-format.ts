import { formatInterchange } from '../../shared/interchange/interchange-json.ts';
import type { ExportFormat } from './format.ts';
import { EXPORT_FORMAT_LABELS } from '../../shared/report-views/export-formats.ts';

/** The whole project in the JSON interchange format (every scenario: it is the project, not one report). */
export const jsonFormat: ExportFormat = {
  id: 'json',
  label: EXPORT_FORMAT_LABELS.json,
  extension: 'json',
  mediaType: 'application/json',
  async write(context, progress) {
    const bytes = new TextEncoder().encode(formatInterchange(context.document));
    progress(1, 'written');
    return bytes;
  },
};
