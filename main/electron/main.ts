// The Electron shell: one window on powerhall://app/, the IPC router, and the File menu. Everything else lives
// in services that browser mode and the CLI share; the decisions live in plain functions beside this file.
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import { resolve } from 'node:path';
import { ProjectSession } from '../app/project-session.ts';
import { ensureSampleProject } from '../app/sample-project.ts';
import { rendererDir } from '../paths.ts';
import { appMenuTemplate } from './app-menu.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { hardenApp } from './harden-app.ts';
import { hardenSession } from './harden-session.ts';
import { registerIpcHandlers } from './ipc-main-transport.ts';
import { APP_ORIGIN, secureWebPreferences } from './security-policy.ts';
import { applyOverrides, trustedOverrides } from './trusted-environment.ts';

applyOverrides(process.env, trustedOverrides(app.isPackaged, process.env, process.resourcesPath));
process.env.POWERHALL_DATA_DIR ??= app.getPath('userData');
registerAppScheme(protocol);
hardenApp(app);

let current: ProjectSession | undefined;
let window: BrowserWindow | undefined;

function projectArgument(): string | undefined {
  const i = process.argv.indexOf('--project');
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function openProject(path: string): Promise<void> {
  const next = await ProjectSession.open(path);
  current?.close();
  current = next;
  window?.setTitle(`${next.project.info().name} — Powerhall`);
}

async function chooseProject(): Promise<void> {
  if (!window) return;
  const result = await dialog.showOpenDialog(window, {
    title: 'Open Powerhall project',
    filters: [{ name: 'Powerhall project', extensions: ['powerhall'] }],
    properties: ['openFile'],
  });
  const path = result.filePaths[0];
  if (result.canceled || !path) return;
  try {
    await openProject(path);
    window.webContents.reload();
  } catch (error) {
    dialog.showErrorBox('Cannot open project', error instanceof Error ? error.message : String(error));
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1600,
    height: 1000,
    minWidth: 1100,
    minHeight: 700,
    backgroundColor: '#14171c',
    show: false,
    webPreferences: secureWebPreferences(resolve(import.meta.dirname, 'preload.cjs'), { devTools: !app.isPackaged }),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

app.whenReady().then(async () => {
  hardenSession(session.defaultSession);
  serveRenderer(protocol, rendererDir());
  try {
    await openProject(resolve(projectArgument() ?? ensureSampleProject()));
  } catch (error) {
    dialog.showErrorBox('Cannot open project', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  registerIpcHandlers(ipcMain, () => {
    if (!current) throw new Error('no project is open');
    return current.router;
  });
  const template = appMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, openProject: () => void chooseProject() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  window = createWindow();
  window.on('closed', () => (window = undefined));
}, (error: unknown) => {
  console.error('Powerhall failed to start', error);
  app.exit(1);
});

app.on('window-all-closed', () => {
  current?.close();
  current = undefined;
  app.quit();
});
