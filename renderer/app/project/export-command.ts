import type { ExportedFile } from '../../../shared/contract/services.ts';
import { EXPORT_FORMAT_LABELS, type ExportFormatId } from '../../../shared/report-views/export-formats.ts';
import { getApi } from '../../api/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { downloadFile } from '../download.ts';

/** Saves an exported file through the browser's download (in Electron, its save dialog). */
export function saveExportedFile(file: ExportedFile): void {
  downloadFile(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)), file.fileName, file.mediaType);
}

/** File → Export → a format: the open scenario, with its prices, written by main's export service and saved. */
export async function exportOpenScenario(editor: Editor, format: ExportFormatId): Promise<void> {
  const label = EXPORT_FORMAT_LABELS[format];
  editor.session.info(`Preparing the ${label}…`);
  try {
    const file = await getApi().export.file({ scenarioId: editor.session.state.scenarioId, format, hidePrices: false });
    saveExportedFile(file);
    editor.session.info(`Saved ${file.fileName}`);
  } catch (error) {
    editor.session.error(`Export ${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
