// The Electron shell: one window per project on powerhall://app/, the IPC routing, menus, files and window state.
// Everything else lives in services that browser mode and the CLI share; the decisions live in plain functions
// beside this file, which receive the Electron objects they act on.
import { BrowserWindow, Menu, app, crashReporter, dialog, ipcMain, nativeTheme, protocol, screen, session } from 'electron';
// electron-log's Node logger: the same file transport, without the Electron one's IPC channel, on which any
// renderer could write to the log unchecked (every IPC handler here checks its sender).
import log from 'electron-log/node';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { contractMethods } from '../../shared/contract/define.ts';
import { contract } from '../../shared/contract/index.ts';
import { ProjectSession } from '../app/project-session.ts';
import { importCsvIntoProject, importJsonAsProject } from '../services/project-import.ts';
import { newProjectDocument } from '../app/new-project.ts';
import { ensureSampleProject } from '../app/sample-project.ts';
import { ProjectService } from '../services/project-service.ts';
import type { ProjectFilesHandlers } from '../services/powerhall-handlers.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import { rendererDir } from '../paths.ts';
import { configureAppLog } from './app-log.ts';
import { appMenuTemplate } from './app-menu.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { aboutDetail, aboutPanelOptions, appVersions, sqliteVersion } from './app-versions.ts';
import { startLocalCrashReports } from './crash-reports.ts';
import { diagnosticsText } from './diagnostics.ts';
import { exportSaveDialog } from './export-save-dialog.ts';
import { followOsTheme, windowBackground } from './os-theme.ts';
import { routeDroppedProjects } from './dropped-files.ts';
import { FileOpenRouter, PROJECT_EXTENSION } from './file-open-router.ts';
import { hardenApp } from './harden-app.ts';
import { hardenSession } from './harden-session.ts';
import { registerIpcHandlers, sendEvent } from './ipc-main-transport.ts';
import { PendingWrites } from './pending-writes.ts';
import { ProjectWindows, cascade, type ProjectWindow } from './project-windows.ts';
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

interface OpenProject {
  session: ProjectSession;
  writes: PendingWrites;
}
type Entry = ProjectWindow<BrowserWindow, OpenProject>;

const windows = new ProjectWindows<BrowserWindow, OpenProject>();
/** Projects being opened, so that a double request (two clicks, two launches) opens one window. */
const opening = new Set<string>();
let recent = parseRecent(readStateFile(recentFile), isAbsolute);

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function updateTitle({ window, project: { session, writes } }: Entry): void {
  const path = session.project.path;
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

function noteOpened(path: string): void {
  log.info('project opened', path);
  // The user's own copy of the sample is not a project they chose.
  if (path.startsWith(app.getPath('userData'))) return;
  app.addRecentDocument(path);
  rememberRecent(addRecent(recent, path));
}

/** The window in front, for the menu's commands. */
function frontEntry(): Entry | undefined {
  const front = BrowserWindow.getFocusedWindow();
  return (front && windows.forContents(front.webContents.id)) ?? windows.all().at(-1);
}

function createWindow(): BrowserWindow {
  const saved = parseWindowState(readStateFile(windowStateFile));
  const state = restoreWindowState(saved, screen.getAllDisplays(), screen.getPrimaryDisplay(), { width: 1600, height: 1000 });
  const front = frontEntry()?.window;
  const bounds = front ? restoreWindowState({ bounds: cascade(front.getNormalBounds()), maximized: false }, screen.getAllDisplays(), screen.getPrimaryDisplay(), state.bounds).bounds : state.bounds;
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 1100,
    minHeight: 700,
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    show: false,
    webPreferences: secureWebPreferences(resolve(import.meta.dirname, 'preload.cjs'), { devTools: !app.isPackaged }),
  });
  if (!front && state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  return win;
}

/** Opens `path` in a window of its own, or brings forward the window that already shows it. */
async function openProject(path: string): Promise<void> {
  const absolute = resolve(path);
  const open = windows.byPath(absolute);
  if (open) {
    if (open.window.isMinimized()) open.window.restore();
    open.window.focus();
    return;
  }
  if (opening.has(absolute)) return;
  opening.add(absolute);
  let projectSession: ProjectSession;
  try {
    projectSession = await ProjectSession.open(absolute);
  } finally {
    opening.delete(absolute);
  }
  const win = createWindow();
  const contentsId = win.webContents.id;
  const writes = new PendingWrites(() => {
    const entry = windows.forContents(contentsId);
    if (entry) updateTitle(entry);
  });
  windows.add(contentsId, { window: win, project: { session: projectSession, writes }, path: absolute });
  watchSession(projectSession);
  win.on('focus', updateMenu);
  routeDroppedProjects(win.webContents, (path) => void openOrExplain(path));
  win.on('close', (event) => {
    writeStateFile(windowStateFile, JSON.stringify({ bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
    // An edit on its way to disk is finished first; the window closes when it is.
    if (writes.busy) {
      event.preventDefault();
      void writes.idle().then(() => win.close());
    }
  });
  win.on('closed', () => windows.remove(contentsId)?.project.session.close());
  updateTitle(windows.forContents(contentsId)!);
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  noteOpened(absolute);
}

/** Opens `path`, or says why it cannot; a recent entry that no longer opens leaves the list. */
async function openOrExplain(path: string): Promise<void> {
  try {
    await openProject(path);
  } catch (error) {
    log.warn('cannot open project', path, error);
    dialog.showErrorBox('Cannot open project', errorText(error));
    if (recent.includes(path)) rememberRecent(removeRecent(recent, path));
  }
}

/** File → Open; false when the user cancelled the dialog. */
async function chooseProject(): Promise<boolean> {
  const front = frontEntry()?.window;
  const options = { title: 'Open Powerhall project', filters: [PROJECT_FILTER], properties: ['openFile' as const] };
  const result = front ? await dialog.showOpenDialog(front, options) : await dialog.showOpenDialog(options);
  const path = result.filePaths[0];
  if (result.canceled || !path) return false;
  await openOrExplain(path);
  return true;
}

/** The path a save dialog chose, with the project extension. */
const projectPathOf = (chosen: string) => resolve(chosen.toLowerCase().endsWith(PROJECT_EXTENSION) ? chosen : `${chosen}${PROJECT_EXTENSION}`);

/** File → New Project: an empty project where the user says, in a window of its own. */
async function newProject(name = 'New project'): Promise<boolean> {
  const front = frontEntry()?.window;
  const options = { title: 'New Powerhall project', defaultPath: `${name}${PROJECT_EXTENSION}`, filters: [PROJECT_FILTER] };
  const result = front ? await dialog.showSaveDialog(front, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return false;
  const target = projectPathOf(result.filePath);
  try {
    if (windows.byPath(target)) throw new Error(`${target} is open in a window; close it first.`);
    ProjectService.create(target, newProjectDocument(basename(target, PROJECT_EXTENSION))).close();
    await openProject(target);
  } catch (error) {
    log.warn('new project failed', target, error);
    dialog.showErrorBox('Cannot create the project', errorText(error));
  }
  return true;
}

/** Save As writes a consistent copy (SQLite's backup of the open file), then the window goes on in the copy. */
async function saveAs(): Promise<boolean> {
  const entry = frontEntry();
  if (!entry) return false;
  const result = await dialog.showSaveDialog(entry.window, { title: 'Save Powerhall project as', filters: [PROJECT_FILTER] });
  if (result.canceled || !result.filePath) return false;
  const target = projectPathOf(result.filePath);
  try {
    if (windows.byPath(target)) throw new Error(`${target} is open in another window; close it first.`);
    const { project: open } = entry;
    await open.writes.idle();
    open.session.project.saveAs(target);
    const copy = await ProjectSession.open(target);
    watchSession(copy);
    open.session.close();
    const next = windows.replace(entry.window.webContents.id, { session: copy, writes: open.writes }, target);
    updateTitle(next);
    entry.window.webContents.reload();
    noteOpened(target);
  } catch (error) {
    log.warn('save as failed', target, error);
    dialog.showErrorBox('Cannot save the project', errorText(error));
  }
  return true;
}

/**
 * File → Import: an interchange .json becomes a new project in a window of its own; the racks or equipment of a
 * .csv go into the scenario open in the window in front (all lines or none), which then reloads to show them.
 */
async function importFile(scenarioId?: string, given?: string): Promise<boolean> {
  const entry = frontEntry();
  const options = { title: 'Import', filters: [{ name: 'Interchange JSON or CSV', extensions: ['json', 'csv'] }], properties: ['openFile' as const] };
  const chosen = given ? { canceled: false, filePaths: [given] } : entry ? await dialog.showOpenDialog(entry.window, options) : await dialog.showOpenDialog(options);
  const input = chosen.filePaths[0];
  if (chosen.canceled || !input) return false;
  try {
    if (input.toLowerCase().endsWith('.csv')) {
      if (!entry) throw new Error('Open the project the CSV lines go into first.');
      await entry.project.writes.idle();
      const { kind, count } = importCsvIntoProject(entry.project.session.project, input, scenarioId);
      log.info('csv imported', input, kind, count);
      entry.window.webContents.reload();
      return true;
    }
    const saved = await dialog.showSaveDialog({ title: 'Save the imported project as', filters: [PROJECT_FILTER] });
    if (saved.canceled || !saved.filePath) return false;
    const target = projectPathOf(saved.filePath);
    importJsonAsProject(input, target).close();
    await openProject(target);
  } catch (error) {
    log.warn('import failed', input, error);
    dialog.showErrorBox('Cannot import', errorText(error));
  }
  return true;
}

/**
 * The contract's file commands (files.*) for the renderer: the same native dialogs as the File menu. A file dropped
 * on the window comes as a path from the recent list or through the dialogs; the renderer never names other paths.
 */
function windowFiles(): ProjectFilesHandlers {
  const outcome = (ran: boolean) => ({ outcome: ran ? 'done' : 'cancelled' }) as const;
  return {
    recent: () => ({ projects: recent.map((path) => ({ path, name: basename(path, PROJECT_EXTENSION) })) }),
    newProject: async ({ name }) => outcome(await newProject(name)),
    open: async ({ path }) => {
      if (path === undefined) return outcome(await chooseProject());
      if (!recent.includes(path)) throw new ApiError('not-found', `${basename(path)} is not in the recent list; choose the file to open instead.`);
      await openOrExplain(path);
      return outcome(true);
    },
    saveAs: async () => ({ ...outcome(await saveAs()), file: null }),
    // A JSON or CSV dropped on the window arrives as its bytes, like a browser tab's.
    importFile: async ({ scenarioId, upload }) => {
      if (!upload) return outcome(await importFile(scenarioId));
      const dir = mkdtempSync(join(tmpdir(), 'powerhall-drop-'));
      try {
        const path = join(dir, basename(upload.fileName));
        writeFileSync(path, Buffer.from(upload.base64, 'base64'));
        return outcome(await importFile(scenarioId, path));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    close: () => {
      frontEntry()?.window.close();
      return outcome(true);
    },
  };
}

const saveExportAs = exportSaveDialog({ app, dialog, focused: () => BrowserWindow.getFocusedWindow() });

/** What a window's session tells the shell: its menu actions, and its file and export commands go to the native dialogs. */
function watchSession(projectSession: ProjectSession): void {
  projectSession.onMenuActions = updateMenu;
  projectSession.files = windowFiles();
  projectSession.chooseExportPath = saveExportAs;
}

/** The versions About and the diagnostics show; SQLite's is asked of the loaded library once. */
const versions = (() => {
  let known: Record<string, string> | undefined;
  return () =>
    (known ??= appVersions(
      { app: app.getVersion(), process: process.versions, platform: `${process.platform} ${process.arch} ${process.getSystemVersion()}` },
      sqliteVersion(),
    ));
})();

async function showAbout(): Promise<void> {
  const entry = frontEntry();
  const options = { type: 'info' as const, title: 'About Powerhall', message: `Powerhall ${app.getVersion()}`, detail: aboutDetail(versions()), buttons: ['OK'] };
  await (entry ? dialog.showMessageBox(entry.window, options) : dialog.showMessageBox(options));
}

async function exportDiagnostics(): Promise<void> {
  const entry = frontEntry();
  const options = { title: 'Export diagnostics', defaultPath: 'powerhall-diagnostics.txt', filters: [{ name: 'Text', extensions: ['txt'] }] };
  const result = entry ? await dialog.showSaveDialog(entry.window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return;
  const project = entry && { path: entry.path, pragmas: entry.project.session.project.effectivePragmas(), integrity: entry.project.session.project.integrityCheck() };
  try {
    const logText = readStateFile(log.transports.file.getFile().path) ?? '';
    writeStateFile(result.filePath, diagnosticsText({ versions: versions(), ...(project ? { project } : {}), log: logText }));
  } catch (error) {
    dialog.showErrorBox('Cannot export diagnostics', errorText(error));
  }
}

function updateMenu(): void {
  const template = appMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    // The front window's actions, as its renderer last published them (menu.setActions).
    actions: frontEntry()?.project.session.menuActions ?? [],
    recent,
    commands: {
      newProject: () => void newProject(),
      openProject: () => void chooseProject(),
      // The window closes once its writes in flight are on disk (its close handler waits for them).
      closeProject: () => frontEntry()?.window.close(),
      saveAs: () => void saveAs(),
      // The window in front imports into the scenario it shows (its renderer asks through files.importFile).
      importFile: () => {
        const front = frontEntry();
        if (front) sendEvent(front.window.webContents, 'menu', 'runAction', { id: 'file.import' });
        else void importFile();
      },
      openRecent: (path) => void openOrExplain(path),
      clearRecent: () => {
        app.clearRecentDocuments();
        rememberRecent([]);
      },
      runAction: (id) => {
        const front = frontEntry();
        if (front) sendEvent(front.window.webContents, 'menu', 'runAction', { id });
      },
      showAbout: () => void showAbout(),
      exportDiagnostics: () => void exportDiagnostics(),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

app.whenReady().then(async () => {
  hardenSession(session.defaultSession);
  followOsTheme(nativeTheme, () => windows.all().map((e) => e.window));
  serveRenderer(protocol, rendererDir());
  app.setAboutPanelOptions(aboutPanelOptions(versions()));
  registerIpcHandlers(ipcMain, {
    methods: contractMethods(contract),
    routeFor: (contentsId) => {
      const entry = windows.forContents(contentsId);
      return entry && { router: entry.project.session.router, writes: entry.project.writes };
    },
    isWrite: (service, method) => WRITES.has(`${service}.${method}`),
  });
  updateMenu();
  const first = files.ready(
    {
      open: (path) => void openOrExplain(path),
      focus: () => {
        const front = frontEntry()?.window;
        if (front?.isMinimized()) front.restore();
        front?.focus();
      },
    },
    process.argv,
    process.cwd(),
  );
  try {
    await openProject(first ?? ensureSampleProject());
  } catch (error) {
    log.error('cannot open the first project', error);
    dialog.showErrorBox('Cannot open project', errorText(error));
    app.exit(1);
  }
}, (error: unknown) => {
  log.error('Powerhall failed to start', error);
  app.exit(1);
});

app.on('window-all-closed', () => app.quit());
