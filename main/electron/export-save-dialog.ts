import type { App, BrowserWindow, Dialog } from 'electron';
import { join } from 'node:path';
import type { ChooseExportPath } from '../export/export-service.ts';

/** The Electron objects the export dialog uses (passed in, so that this module loads without Electron). */
export interface ExportDialogHost {
  readonly app: Pick<App, 'getPath'>;
  readonly dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window in front, if any. */
  focused(): BrowserWindow | null;
}

/**
 * The native save dialog for an export, over the window in front, suggesting the export's name in Documents and
 * filtering by the format's extension (added when the user typed a name without it).
 */
export function exportSaveDialog({ app, dialog, focused }: ExportDialogHost): ChooseExportPath {
  return async (suggestedName, format) => {
    const options = {
      title: `Export ${format.label}`,
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [{ name: format.label, extensions: [format.extension] }],
    };
    const parent = focused();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    return result.filePath.toLowerCase().endsWith(`.${format.extension}`) ? result.filePath : `${result.filePath}.${format.extension}`;
  };
}
