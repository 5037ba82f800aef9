// The Electron shell: the window on powerhall://app/, the IPC router, menus, files and window state. Everything
// else lives in services that browser mode and the CLI share; the decisions live in plain functions beside this
// file, which receive the Electron objects they act on.
import { BrowserWindow, Menu, app, crashReporter, dialog, ipcMain, protocol, screen, session } from 'electron';
import log from 'electron-log/main';
import { isAbsolute, join, resolve } from 'node:path';
import { ProjectSession } from '../app/project-session.ts';
import { ensureSampleProject } from '../app/sample-project.ts';
import { rendererDir } from '../paths.ts';
import { configureAppLog } from './app-log.ts';
import { appMenuTemplate } from './app-menu.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { startLocalCrashReports } from './crash-reports.ts';
import { diagnosticsText } from './diagnostics.ts';
import { FileOpenRouter, PROJECT_EXTENSION } from './file-open-router.ts';
import { hardenApp } from './harden-app.ts';
import { hardenSession } from './harden-session.ts';
import { registerIpcHandlers } from './ipc-main-transport.ts';
import { PendingWrites } from './pending-writes.ts';
import { addRecent, formatRecent, parseRecent, removeRecent } from './recent-documents.ts';
import { APP_ORIGIN, secureWebPreferences } from './security-policy.ts';
import { readStateFile, writeStateFile } from './state-files.ts';
import { applyOverrides, trustedOverrides } from './trusted-environment.ts';
import { parseWindowState, restoreWindowState } from './window-state.ts';
import { windowTitle } from './window-title.ts';

configureAppLog(log, { logsDir: app.getPath('logs'), isPackaged: app.isPackaged });
startLocalCrashReports(crashReporter);
applyOverrides(process.env, trustedOverrides(app.isPackaged, process.env, process.resourcesPath));
log.info(`Powerhall ${app.getVersion()} (Electron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node ${process.versions.node})`);
process.env.POWERHALL_DATA_DIR ??= app.getPath('userData');
const WRITES = new Set(['project.applyDiff', 'backups.restore']);
const PROJECT_FILTER = { name: 'Powerhall project', extensions: [PROJECT_EXTENSION.slice(1)] };
const recentFile = join(app.getPath('userData'), 'recent-projects.json');
const windowStateFile = join(app.getPath('userData'), 'window-state.json');

const files = new FileOpenRouter();
// macOS hands over files with open-file, possibly before ready; Windows and Linux start a second instance.
app.on('open-file', (event, path) => {
  event.preventDefault();
  files.openFile(path);
});
// One instance: a second launch hands its file to this one and ends before it opens anything.
if (!app.requestSingleInstanceLock()) app.exit(0);
app.on('second-instance', (_event, argv, cwd) => files.secondInstance(argv, cwd));
registerAppScheme(protocol);
hardenApp(app);

let current: ProjectSession | undefined;
let window: BrowserWindow | undefined;
let recent = parseRecent(readStateFile(recentFile), isAbsolute);
const writes = new PendingWrites(() => updateTitle());

function updateTitle(): void {
  if (!window || !current) return;
  const path = current.project.path;
  window.setTitle(windowTitle({ path, edited: writes.isSlow, platform: process.platform }));
  if (process.platform === 'darwin') {
    window.setRepresentedFilename(path);
    window.setDocumentEdited(writes.isSlow);
  }
}

function rememberRecent(next: string[]): void {
  recent = next;
  writeStateFile(recentFile, formatRecent(recent));
  updateMenu();
}

async function openProject(path: string): Promise<void> {
  const next = await ProjectSession.open(path);
  await writes.idle();
  current?.close();
  current = next;
  log.info('project opened', path);
  updateTitle();
  if (!path.startsWith(app.getPath('userData'))) {
    app.addRecentDocument(path);
    rememberRecent(addRecent(recent, path));
  }
}

/** Opens `path` in the window, or says why it cannot; a recent entry that no longer opens leaves the list. */
async function openInWindow(path: string): Promise<void> {
  try {
    await openProject(resolve(path));
    window?.webContents.reload();
    window?.show();
  } catch (error) {
    log.warn('cannot open project', path, error);
    dialog.showErrorBox('Cannot open project', error instanceof Error ? error.message : String(error));
    if (recent.includes(path)) rememberRecent(removeRecent(recent, path));
  }
}

async function chooseProject(): Promise<void> {
  if (!window) return;
  const result = await dialog.showOpenDialog(window, {
    title: 'Open Powerhall project',
    filters: [PROJECT_FILTER],
    properties: ['openFile'],
  });
  const path = result.filePaths[0];
  if (!result.canceled && path) await openInWindow(path);
}

/** Save As writes a consistent copy (SQLite's backup of the open file), then the window goes on in the copy. */
async function saveAs(): Promise<void> {
  if (!window || !current) return;
  const result = await dialog.showSaveDialog(window, { title: 'Save Powerhall project as', filters: [PROJECT_FILTER] });
  if (result.canceled || !result.filePath) return;
  const target = result.filePath.toLowerCase().endsWith(PROJECT_EXTENSION) ? result.filePath : `${result.filePath}${PROJECT_EXTENSION}`;
  try {
    await writes.idle();
    current.project.saveAs(target);
  } catch (error) {
    log.warn('save as failed', target, error);
    dialog.showErrorBox('Cannot save the project', error instanceof Error ? error.message : String(error));
    return;
  }
  await openInWindow(target);
}

function versions(): Record<string, string> {
  return {
    Powerhall: app.getVersion(),
    Electron: process.versions.electron,
    Chromium: process.versions.chrome,
    Node: process.versions.node,
    V8: process.versions.v8,
    platform: `${process.platform} ${process.arch} ${process.getSystemVersion()}`,
  };
}

async function exportDiagnostics(): Promise<void> {
  if (!window) return;
  const result = await dialog.showSaveDialog(window, {
    title: 'Export diagnostics',
    defaultPath: 'powerhall-diagnostics.txt',
    filters: [{ name: 'Text', extensions: ['txt'] }],
  });
  if (result.canceled || !result.filePath) return;
  const project = current && { path: current.project.path, pragmas: current.project.effectivePragmas(), integrity: current.project.integrityCheck() };
  const logFile = log.transports.file.getFile().path;
  try {
    writeStateFile(result.filePath, diagnosticsText({ versions: versions(), ...(project ? { project } : {}), log: readStateFile(logFile) ?? '' }));
  } catch (error) {
    dialog.showErrorBox('Cannot export diagnostics', error instanceof Error ? error.message : String(error));
  }
}

function updateMenu(): void {
  const template = appMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    // The renderer's actions (Edit, View, Scenario items) need a contract method to send them and an event to run
    // one; until the contract has both, the menu holds the shell's own commands only.
    actions: [],
    recent,
    commands: {
      openProject: () => void chooseProject(),
      saveAs: () => void saveAs(),
      exportDiagnostics: () => void exportDiagnostics(),
      openRecent: (path) => void openInWindow(path),
      clearRecent: () => {
        app.clearRecentDocuments();
        rememberRecent([]);
      },
      runAction: () => {},
      showAbout: () => app.showAboutPanel(),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): BrowserWindow {
  const state = restoreWindowState(parseWindowState(readStateFile(windowStateFile)), screen.getAllDisplays(), screen.getPrimaryDisplay(), {
    width: 1600,
    height: 1000,
  });
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: 1100,
    minHeight: 700,
    backgroundColor: '#14171c',
    show: false,
    webPreferences: secureWebPreferences(resolve(import.meta.dirname, 'preload.cjs'), { devTools: !app.isPackaged }),
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    writeStateFile(windowStateFile, JSON.stringify({ bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
    // An edit on its way to disk is finished first; the window closes when it is.
    if (writes.busy) {
      event.preventDefault();
      void writes.idle().then(() => win.close());
    }
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

app.whenReady().then(async () => {
  hardenSession(session.defaultSession);
  serveRenderer(protocol, rendererDir());
  const { Electron, Chromium, Node } = versions();
  app.setAboutPanelOptions({
    applicationName: 'Powerhall',
    applicationVersion: app.getVersion(),
    version: `Electron ${Electron} · Chromium ${Chromium} · Node ${Node}`,
  });
  const first = files.ready(
    {
      open: (path) => void openInWindow(path),
      focus: () => {
        if (window?.isMinimized()) window.restore();
        window?.focus();
      },
    },
    process.argv,
    process.cwd(),
  );
  try {
    await openProject(resolve(first ?? ensureSampleProject()));
  } catch (error) {
    log.error('cannot open the first project', error);
    dialog.showErrorBox('Cannot open project', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  registerIpcHandlers(ipcMain, () => {
    if (!current) throw new Error('no project is open');
    return current.router;
  }, { writes, isWrite: (service, method) => WRITES.has(`${service}.${method}`) });
  updateMenu();
  window = createWindow();
  updateTitle();
  window.on('closed', () => (window = undefined));
}, (error: unknown) => {
  log.error('Powerhall failed to start', error);
  app.exit(1);
});

app.on('window-all-closed', () => {
  current?.close();
  current = undefined;
  app.quit();
});
