import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** A packaged app has no DevTools and no reload in its menu. */
  isPackaged: boolean;
  openProject(): void;
}

/** The application menu as a template, for Menu.buildFromTemplate. */
export function appMenuTemplate({ platform, isPackaged, openProject }: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const development: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: () => openProject() },
        { type: 'separator' },
        { role: mac ? 'close' : 'quit' },
      ],
    },
    {
      // Undo and redo belong to the document history in the renderer, so the menu does not claim their keys.
      label: 'Edit',
      submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: 'View',
      submenu: [
        ...development,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
