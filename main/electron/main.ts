// The Electron shell: one window on powerhall://app/, the IPC router, and the File menu. Everything else lives
// in services that browser mode and the CLI share.
import { BrowserWindow, Menu, app, dialog, session } from 'electron';
import { join, resolve } from 'node:path';
import { ProjectSession } from '../app/project-session.ts';
import { ensureSampleProject } from '../app/sample-project.ts';
import { rendererDir } from '../paths.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { buildAppMenu } from './app-menu.ts';
import { registerIpcHandlers } from './ipc-main-transport.ts';
import { APP_ORIGIN, isAppUrl, secureWebPreferences } from './security-policy.ts';

process.env.POWERHALL_DATA_DIR ??= app.getPath('userData');
if (app.isPackaged) {
  process.env.POWERHALL_SQLITE_BINDING ??= join(process.resourcesPath, 'native', 'better_sqlite3.node');
}
registerAppScheme();

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
    webPreferences: secureWebPreferences(resolve(import.meta.dirname, 'preload.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  serveRenderer(rendererDir());
  try {
    await openProject(resolve(projectArgument() ?? ensureSampleProject()));
  } catch (error) {
    dialog.showErrorBox('Cannot open project', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  registerIpcHandlers(() => {
    if (!current) throw new Error('no project is open');
    return current.router;
  });
  Menu.setApplicationMenu(buildAppMenu({ openProject: chooseProject }));
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
