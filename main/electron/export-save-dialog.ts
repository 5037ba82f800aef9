import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { ChooseExportPath } from '../export/export-service.ts';

/**
 * The native save dialog for an export, over the window in front, suggesting the export's name in Documents and
 * filtering by the format's extension (added when the user typed a name without it).
 */
export const exportSaveDialog: ChooseExportPath = async (suggestedName, format) => {
  const options = {
    title: `Export ${format.label}`,
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [{ name: format.label, extensions: [format.extension] }],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  return result.filePath.toLowerCase().endsWith(`.${format.extension}`) ? result.filePath : `${result.filePath}.${format.extension}`;
};
