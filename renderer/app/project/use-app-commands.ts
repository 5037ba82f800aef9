import { useMemo } from 'react';
import { EXPORT_FORMAT_IDS, EXPORT_FORMAT_LABELS } from '../../../shared/report-views/export-formats.ts';
import type { Editor } from '../../editor/editor.ts';
import type { AppCommand } from './app-commands.ts';
import { exportOpenScenario } from './export-command.ts';

/** The app's own menu commands: File → Export in every format main writes, the palette and the shortcuts overlay. */
export function useAppCommands(editor: Editor, ui: { toggleHelp: () => void; openPalette: () => void }): readonly AppCommand[] {
  const { toggleHelp, openPalette } = ui;
  return useMemo(
    (): AppCommand[] => [
      ...EXPORT_FORMAT_IDS.map((format) => ({
        id: `export.${format}`,
        label: EXPORT_FORMAT_LABELS[format],
        menu: 'File' as const,
        submenu: 'Export',
        group: 'export',
        enabled: true,
        run: () => void exportOpenScenario(editor, format),
      })),
      { id: 'app.palette', label: 'Command palette…', menu: 'View', group: 'app', shortcut: 'Mod+K', enabled: true, run: openPalette },
      { id: 'app.shortcuts', label: 'Keyboard shortcuts', menu: 'Help', group: 'help', shortcut: '?', enabled: true, run: toggleHelp },
    ],
    [editor, toggleHelp, openPalette],
  );
}
