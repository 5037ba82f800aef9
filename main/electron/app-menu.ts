import type { MenuItemConstructorOptions } from 'electron';
import { actionItems, type ActionMenu, type MenuAction } from './menu-actions.ts';

export interface AppMenuCommands {
  newProject(): void;
  openProject(): void;
  saveAs(): void;
  importFile(): void;
  closeProject(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  runAction(id: string): void;
  showAbout(): void;
  exportDiagnostics(): void;
}

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** A packaged app has no DevTools and no reload in its menu. */
  isPackaged: boolean;
  /** The front window's renderer actions, in its order; empty until the renderer has sent them. */
  actions: readonly MenuAction[];
  /** Most recent first. */
  recent: readonly string[];
  commands: AppMenuCommands;
}

/** The items followed by a separator, or nothing when there are none. */
const section = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => (items.length > 0 ? [...items, { type: 'separator' }] : []);

/**
 * The application menu (File, Edit, View, Scenario, Window, Help) as a template, for Menu.buildFromTemplate: the
 * shell's own file commands (native dialogs) and, in each menu, the renderer's actions that it placed there.
 */
export function appMenuTemplate({ platform, isPackaged, actions, recent, commands }: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const inMenu = (menu: ActionMenu) => actionItems(actions, menu, commands.runAction);
  const development: MenuItemConstructorOptions[] = isPackaged ? [] : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const scenario = inMenu('Scenario');
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { id: 'file.new', label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => commands.newProject() },
        { id: 'file.open', label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: () => commands.openProject() },
        {
          label: 'Open Recent',
          submenu: [
            ...recent.map((path, i): MenuItemConstructorOptions => ({ id: `file.recent.${i}`, label: path, click: () => commands.openRecent(path) })),
            ...(recent.length > 0 ? [{ type: 'separator' as const }] : []),
            { id: 'file.recent.clear', label: 'Clear Menu', enabled: recent.length > 0, click: () => commands.clearRecent() },
          ],
        },
        { type: 'separator' },
        { id: 'file.saveAs', label: 'Save As…', accelerator: 'Shift+CmdOrCtrl+S', click: () => commands.saveAs() },
        { id: 'file.import', label: 'Import JSON or CSV…', click: () => commands.importFile() },
        { type: 'separator' },
        ...section(inMenu('File')),
        { id: 'file.close', label: 'Close Project', accelerator: 'CmdOrCtrl+W', click: () => commands.closeProject() },
        ...(mac ? [] : [{ role: 'quit' as const }]),
      ],
    },
    {
      label: 'Edit',
      // On macOS, text fields copy and paste only through these roles of the menu.
      submenu: [...inMenu('Edit'), ...(mac ? [{ type: 'separator' as const }, { role: 'cut' as const }, { role: 'copy' as const }, { role: 'paste' as const }] : [])],
    },
    {
      label: 'View',
      submenu: [
        ...inMenu('View'),
        { type: 'separator' },
        ...development,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    ...(scenario.length > 0 ? [{ label: 'Scenario', submenu: scenario }] : []),
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        ...section(inMenu('Help')),
        { id: 'help.diagnostics', label: 'Export Diagnostics…', click: () => commands.exportDiagnostics() },
        { type: 'separator' },
        { id: 'help.about', label: 'About Powerhall', click: () => commands.showAbout() },
      ],
    },
  ];
}
