import { fork, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { bundleElectron } from '../../main/build/bundle-electron.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { exportBytes } from '../../main/export/export-file.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { channelName } from '../../shared/contract/define.ts';
import { REPO_ROOT } from '../support/serve.ts';

// The built main process, run under plain Node with electron-fake-runtime.mjs answering for the `electron` module:
// the wiring of main.ts (start-up order, windows, IPC routing, file opening) that its plain functions do not cover.
type Message = { type: string; [key: string]: unknown };

class Shell {
  readonly messages: Message[] = [];
  private readonly listeners = new Set<() => void>();
  private tag = 0;

  constructor(
    readonly child: ChildProcess,
    /** The app's userData folder for this run. */
    readonly userData: string,
  ) {
    child.on('message', (m: Message) => {
      this.messages.push(m);
      for (const listener of this.listeners) listener();
    });
  }

  waitFor(match: (m: Message) => boolean, what: string): Promise<Message> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.messages.find(match);
        if (!found) return false;
        this.listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`no ${what} within 20 s; got ${JSON.stringify(this.messages.map((m) => m.type))}`));
      }, 20_000);
      if (!check()) this.listeners.add(check);
    });
  }

  send(command: Record<string, unknown>): void {
    this.child.send(command);
  }

  async request<T>(command: Record<string, unknown>): Promise<T> {
    const tag = ++this.tag;
    this.send({ ...command, tag });
    return (await this.waitFor((m) => m.type === 'reply' && m.tag === tag, `reply to ${String(command.type)}`)).result as T;
  }

  titles(): string[] {
    return this.messages.filter((m) => m.type === 'title').map((m) => String(m.title));
  }
}

const INFO = channelName('project', 'info');
const SET_ACTIONS = channelName('menu', 'setActions');
const APP_URL = 'powerhall://app/index.html';

describe('the Electron main process', () => {
  let dir: string;
  let app: string;
  const shells: Shell[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'powerhall-shell-'));
    app = join(dir, 'app');
    mkdirSync(app);
    cpSync(join(REPO_ROOT, 'package.json'), join(app, 'package.json'));
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
    symlinkSync(join(REPO_ROOT, 'resources'), join(app, 'resources'), 'dir');
    await bundleElectron(REPO_ROOT, join(app, 'dist', 'electron'));
  });
  afterEach(() => shells.splice(0).forEach((s) => s.child.kill()));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function start(args: string[] = [], env: Record<string, string> = {}): Shell {
    const userData = mkdtempSync(join(dir, 'user-'));
    const { POWERHALL_DATA_DIR: _data, ...inherited } = process.env;
    const fake = pathToFileURL(join(REPO_ROOT, 'test', 'main', 'electron-fake-runtime.mjs')).href;
    const hook = `export async function resolve(s, c, next) { return s === 'electron' ? { url: ${JSON.stringify(fake)}, shortCircuit: true } : next(s, c); }`;
    const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
    const child = fork(join(app, 'dist', 'electron', 'main.mjs'), args, {
      execArgv: ['--import', `data:text/javascript,${encodeURIComponent(register)}`],
      env: { ...inherited, FAKE_ELECTRON_USER_DATA: userData, ...env },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const shell = new Shell(child, userData);
    shells.push(shell);
    return shell;
  }

  it('starts on the sample: scheme before ready, local crash reports, one hardened window on the app origin', async () => {
    const shell = start();
    await shell.waitFor((m) => m.type === 'waiting-for-ready', 'whenReady');
    const types = shell.messages.map((m) => m.type);
    expect(types.indexOf('schemes')).toBeGreaterThanOrEqual(0);
    expect(types.indexOf('schemes')).toBeLessThan(types.indexOf('waiting-for-ready'));
    expect(shell.messages.find((m) => m.type === 'crash-reporter')?.options).toMatchObject({ uploadToServer: false });
    shell.send({ type: 'ready' });

    const load = await shell.waitFor((m) => m.type === 'load', 'a window loading its page');
    expect(load.url).toBe(APP_URL);
    expect(shell.messages.find((m) => m.type === 'window')?.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(shell.titles()).toContain('North Shore sample.powerhall — Powerhall');
    expect((await shell.waitFor((m) => m.type === 'menu', 'the menu')).labels).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);

    const id = load.id;
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(await shell.request({ type: 'navigate', id, event, url: 'https://example.com/' }), event).toEqual({ prevented: true });
      expect(await shell.request({ type: 'navigate', id, event, url: APP_URL }), event).toEqual({ prevented: false });
    }
    expect(await shell.request({ type: 'permission', permission: 'media' })).toEqual({ granted: false, check: false });
    expect(await shell.request({ type: 'protocol', url: 'powerhall://evil/index.html' })).toEqual({ status: 404 });

    const info = await shell.request<{ ok: boolean; value?: { name: string } }>({ type: 'invoke', channel: INFO, id, url: APP_URL, payload: {} });
    expect(info.ok).toBe(true);
    expect(info.value?.name).toBeTruthy();
    expect(await shell.request({ type: 'invoke', channel: INFO, id, url: APP_URL, payload: {}, subframe: true })).toMatchObject({ ok: false });
    expect(await shell.request({ type: 'invoke', channel: INFO, id: 999, url: APP_URL, payload: {} })).toMatchObject({ ok: false });
  });

  it("builds its menus from the renderer's published actions, sends a click to that window, and opens a project dropped on it", async () => {
    const shell = start();
    await shell.waitFor((m) => m.type === 'waiting-for-ready', 'whenReady');
    shell.send({ type: 'ready' });
    const { id } = await shell.waitFor((m) => m.type === 'load', 'a window loading its page');
    const actions = [
      { id: 'export.xlsx', label: 'Workbook (XLSX)', menu: 'File', submenu: 'Export', group: 'export', enabled: true },
      { id: 'history.undo', label: 'Undo', menu: 'Edit', group: 'history', shortcut: 'Mod+Z', enabled: true },
      { id: 'scenario.next', label: 'Next scenario', menu: 'Scenario', group: 'view', enabled: true },
    ];
    expect(await shell.request({ type: 'invoke', channel: SET_ACTIONS, id, url: APP_URL, payload: { actions } })).toEqual({ ok: true, value: {} });
    const menu = await shell.waitFor((m) => m.type === 'menu' && (m.labels as string[]).includes('Scenario'), 'the menu with the renderer actions');
    expect(menu.labels).toEqual(['File', 'Edit', 'View', 'Scenario', 'windowMenu', 'help']);
    expect(menu.ids).toEqual(expect.arrayContaining(['file.new', 'file.open', 'submenu.Export', 'export.xlsx', 'history.undo', 'scenario.next', 'help.about']));
    // A list the contract does not allow changes nothing.
    expect(await shell.request({ type: 'invoke', channel: SET_ACTIONS, id, url: APP_URL, payload: { actions: [{ ...actions[0], menu: 'Tools' }] } })).toMatchObject({ ok: false });

    for (const item of ['history.undo', 'export.xlsx', 'file.import']) {
      expect(await shell.request({ type: 'menu-click', id: item })).toEqual({ clicked: true });
      const sent = await shell.waitFor((m) => m.type === 'sent' && (m.payload as { id?: string }).id === item, `the ${item} event`);
      expect(sent).toMatchObject({ id, channel: 'powerhall-event:menu.runAction', payload: { id: item } });
    }

    const dropped = join(dir, 'dropped.powerhall');
    ProjectService.create(dropped, loadSampleDocument()).close();
    expect(await shell.request({ type: 'navigate', id, event: 'will-navigate', url: pathToFileURL(dropped).href })).toEqual({ prevented: true });
    await shell.waitFor((m) => m.type === 'title' && m.title === 'dropped.powerhall — Powerhall', 'the dropped project in a window of its own');
  });

  it("opens the file macOS passes before ready, a second launch's file in a window of its own, an open file only once", async () => {
    const projects = join(dir, 'projects');
    mkdirSync(projects, { recursive: true });
    const a = join(projects, 'a.powerhall');
    const b = join(projects, 'b.powerhall');
    for (const path of [a, b]) ProjectService.create(path, loadSampleDocument()).close();

    const shell = start();
    await shell.waitFor((m) => m.type === 'waiting-for-ready', 'whenReady');
    shell.send({ type: 'emit', event: 'open-file', args: [a] });
    shell.send({ type: 'ready' });
    const first = await shell.waitFor((m) => m.type === 'title' && m.title === 'a.powerhall — Powerhall', 'the title of a');
    await shell.waitFor((m) => m.type === 'recent-document' && m.path === a, 'a in the OS recent list');

    shell.send({ type: 'emit', event: 'second-instance', args: [['powerhall', basename(b)], dirname(b)] });
    const second = await shell.waitFor((m) => m.type === 'title' && m.title === 'b.powerhall — Powerhall', 'the title of b');
    expect(second.id).not.toBe(first.id);

    shell.send({ type: 'emit', event: 'second-instance', args: [['powerhall', a], '/'] });
    await shell.waitFor((m) => m.type === 'focus' && m.id === first.id, 'the window of a brought forward');
    expect(shell.messages.filter((m) => m.type === 'window')).toHaveLength(2);
    const recent = JSON.parse(readFileSync(join(shell.userData, 'recent-projects.json'), 'utf8')) as { recent: string[] };
    expect(recent.recent).toEqual([b, a]);

    shell.send({ type: 'close', id: second.id });
    await shell.waitFor((m) => m.type === 'closed' && m.id === second.id, 'the window of b closed');
    expect(await shell.request({ type: 'invoke', channel: INFO, id: second.id, url: APP_URL, payload: {} })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/shows no project/) },
    });
    // The closed window's project was closed with it: another process can take it for writing.
    const reopened = ProjectService.open(b);
    expect(reopened.info().readOnlyReason).toBeNull();
    reopened.close();

    shell.send({ type: 'close', id: first.id });
    await shell.waitFor((m) => m.type === 'quit', 'the app quitting with its last window');
  });

  it('File → Export on the desktop: the native save dialog, then a job in the bundled export worker with progress; cancel writes nothing', async () => {
    const target = join(dir, 'exports', 'brief.pdf');
    mkdirSync(dirname(target), { recursive: true });
    const shell = start([], { FAKE_ELECTRON_SAVE_PATH: target });
    await shell.waitFor((m) => m.type === 'waiting-for-ready', 'whenReady');
    shell.send({ type: 'ready' });
    const { id } = await shell.waitFor((m) => m.type === 'load', 'a window loading its page');
    const invoke = <T>(method: 'start' | 'status' | 'cancel', payload: unknown) =>
      shell.request<{ ok: boolean; value: T }>({ type: 'invoke', channel: channelName('export', method), id, url: APP_URL, payload });
    type Status = { state: string; stage?: string; savedTo?: string | null };
    const poll = async (jobId: string, until: (s: Status) => boolean) => {
      for (;;) {
        const { value } = await invoke<Status>('status', { jobId });
        if (until(value)) return value;
      }
    };
    // The one-shot export.file is gone: the desktop runs the same jobs as browser mode.
    expect(await shell.request({ type: 'invoke', channel: channelName('export', 'file' as 'start'), id, url: APP_URL, payload: {} })).toBe('no handler');

    const request = { scenarioId: 'sc-phase1', format: 'pdf', hidePrices: false };
    const started = await invoke<{ jobId: string }>('start', request);
    expect(started.ok).toBe(true);
    const dialog = shell.messages.find((m) => m.type === 'save-dialog');
    expect(dialog?.options).toMatchObject({ title: 'Export Tenant brief (PDF)', filters: [{ name: 'Tenant brief (PDF)', extensions: ['pdf'] }] });
    const stages = new Set<string>();
    const done = await poll(started.value.jobId, (s) => (s.stage !== undefined && stages.add(s.stage), s.state !== 'running'));
    expect(done).toEqual({ state: 'done', fileName: 'brief.pdf', file: null, savedTo: target });
    expect(stages).toContain('single-line diagram');
    expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    rmSync(target);

    const again = await invoke<{ jobId: string }>('start', request);
    await poll(again.value.jobId, (s) => s.state !== 'running' || s.stage === 'plan');
    expect((await invoke('cancel', { jobId: again.value.jobId })).value).toEqual({ cancelled: true });
    expect(await poll(again.value.jobId, (s) => s.state !== 'running')).toEqual({ state: 'cancelled' });
    // A worker that went on would have written the brief by the time a whole one is made here.
    await exportBytes(loadSampleDocument(), loadCatalog(), { scenarioId: 'sc-phase1', format: 'pdf', hidePrices: false });
    expect(readdirSync(dirname(target))).toEqual([]);
  });

  it('a second launch hands over and ends before it opens anything', async () => {
    const shell = start([], { FAKE_ELECTRON_LOCK_TAKEN: '1' });
    expect((await shell.waitFor((m) => m.type === 'exit', 'exit')).code).toBe(0);
    expect(shell.messages.filter((m) => m.type === 'window')).toEqual([]);
  });
});
