import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../shared/contract/envelope.ts';
import { appProtocolHandler } from '../../main/electron/app-protocol.ts';
import { hardenApp } from '../../main/electron/harden-app.ts';
import { hardenSession } from '../../main/electron/harden-session.ts';
import { hardenWebContents } from '../../main/electron/harden-web-contents.ts';
import { registerIpcHandlers } from '../../main/electron/ipc-main-transport.ts';
import { PendingWrites } from '../../main/electron/pending-writes.ts';
import { APP_ORIGIN, isAppUrl, isTrustedSender, secureWebPreferences } from '../../main/electron/security-policy.ts';
import { CONTENT_SECURITY_POLICY } from '../../main/security/content-security-policy.ts';
import { FakeApp, FakeIpcMain, FakeSession, FakeWebContents, fakeEvent } from './electron-fakes.ts';

const FOREIGN = ['https://example.com/', 'file:///etc/passwd', 'powerhall://evil/index.html', 'javascript:alert(1)', 'data:text/html,x', 'not a url'];

describe('Electron window security', () => {
  it('isolates and sandboxes the renderer with no Node integration anywhere, and DevTools only when asked', () => {
    const prefs = secureWebPreferences('/app/preload.cjs', { devTools: false });
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(secureWebPreferences('/app/preload.cjs', { devTools: true }).devTools).toBe(true);
  });

  it('allows navigation only within the app origin', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/assets/index.js?x=1`)).toBe(true);
    for (const url of FOREIGN) expect(isAppUrl(url), url).toBe(false);
  });

  it('every web contents the app creates refuses foreign navigation, redirects and frame navigation', () => {
    const app = new FakeApp();
    hardenApp(app.asElectron());
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const) {
      expect(contents.navigates(event, `${APP_ORIGIN}/index.html`), event).toBe(true);
      for (const url of FOREIGN) expect(contents.navigates(event, url), `${event} ${url}`).toBe(false);
    }
    expect(contents.navigates('will-frame-navigate', 'https://example.com/', false)).toBe(false);
  });

  it('opens no windows and attaches no webviews', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asElectron());
    expect(contents.windowOpenHandler?.({ url: `${APP_ORIGIN}/index.html` })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });

  it('refuses every permission request, answers no to every permission check and device request', () => {
    const session = new FakeSession();
    hardenSession(session.asElectron());
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal', 'hid']) {
      const callback = vi.fn();
      session.permissionRequest!({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheck!({}, permission, APP_ORIGIN, {}), permission).toBe(false);
    }
    expect(session.devicePermission!({ deviceType: 'usb', origin: APP_ORIGIN })).toBe(false);
  });

  it('answers IPC only from the top-level app frame', async () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, parent: null })).toBe(true);
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);

    const ipcMain = new FakeIpcMain();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'info' }));
    const routes = new Map([[7, { router: { dispatch } }]]);
    const unregister = registerIpcHandlers(ipcMain.asElectron(), {
      methods: [{ service: 'project', method: 'info' }],
      routeFor: (id) => routes.get(id),
      isWrite: () => false,
    });
    expect([...ipcMain.handlers.keys()]).toHaveLength(1);
    const [channel, handler] = [...ipcMain.handlers][0]!;
    const top = { url: `${APP_ORIGIN}/index.html`, parent: null };
    expect(await handler({ sender: { id: 7 }, senderFrame: { ...top, parent: {} } }, {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await handler({ sender: { id: 7 }, senderFrame: { url: 'https://example.com/', parent: null } }, {})).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
    expect(await handler({ sender: { id: 7 }, senderFrame: top }, { a: 1 })).toEqual({ ok: true, value: 'info' });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('project', 'info', { a: 1 });
    // A window that shows no project (or has closed) reaches no project's router.
    expect(await handler({ sender: { id: 8 }, senderFrame: top }, {})).toMatchObject({ ok: false, error: { message: /shows no project/ } });
    unregister();
    expect(ipcMain.handlers.has(channel)).toBe(false);
  });

  it("routes each window's requests to its own project and counts its writes in flight", async () => {
    const ipcMain = new FakeIpcMain();
    const writes = new PendingWrites();
    let finish!: () => void;
    const a = { router: { dispatch: vi.fn(() => new Promise<ApiResult<unknown>>((resolve) => (finish = () => resolve({ ok: true, value: 'a' })))) }, writes };
    const b = { router: { dispatch: vi.fn(async () => ({ ok: true as const, value: 'b' })) } };
    registerIpcHandlers(ipcMain.asElectron(), {
      methods: [{ service: 'project', method: 'applyDiff' }, { service: 'project', method: 'info' }],
      routeFor: (id) => (id === 1 ? a : id === 2 ? b : undefined),
      isWrite: (service, method) => `${service}.${method}` === 'project.applyDiff',
    });
    const [applyDiff, info] = [...ipcMain.handlers.values()];
    const frame = { url: `${APP_ORIGIN}/index.html`, parent: null };
    const pending = applyDiff!({ sender: { id: 1 }, senderFrame: frame }, {});
    expect(writes.busy).toBe(true);
    expect(await info!({ sender: { id: 2 }, senderFrame: frame }, {})).toEqual({ ok: true, value: 'b' });
    finish();
    expect(await pending).toEqual({ ok: true, value: 'a' });
    expect(writes.busy).toBe(false);
    expect(a.router.dispatch).toHaveBeenCalledOnce();
    expect(b.router.dispatch).toHaveBeenCalledOnce();
  });
});

describe('the powerhall://app protocol handler', () => {
  const root = mkdtempSync(join(tmpdir(), 'powerhall-renderer-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Powerhall</title>');
  const outside = mkdtempSync(join(tmpdir(), 'powerhall-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  afterAll(() => [root, outside].forEach((d) => rmSync(d, { recursive: true, force: true })));
  const handler = appProtocolHandler(root);

  it('serves the built renderer with the Content-Security-Policy and nosniff', async () => {
    const response = await handler(new Request(`${APP_ORIGIN}/index.html`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Powerhall</title>');
  });

  it('answers 404 for another host, a missing file, and paths that climb out of the renderer', async () => {
    const secret = `${outside.split(/[\\/]/).pop()}/secret.txt`;
    for (const url of [
      'powerhall://evil/index.html',
      `${APP_ORIGIN}/missing.js`,
      `${APP_ORIGIN}/..%2f${secret}`,
      `${APP_ORIGIN}/%2e%2e/%2e%2e/${secret}`,
      `${APP_ORIGIN}/..%5c${secret}`,
    ]) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).toBe('not found');
    }
  });

  it('has a strict Content-Security-Policy: own scripts only, no eval, no inline script, no framing', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline/);
  });
});

describe('the shell modules', () => {
  it('load without Electron: only main.ts imports it at run time', async () => {
    const dir = new URL('../../main/electron/', import.meta.url);
    const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'main.ts');
    expect(modules.length).toBeGreaterThan(5);
    for (const file of modules) await expect(import(new URL(file, dir).href), file).resolves.toBeDefined();
  });

  it('the preload exposes only the typed API built from the contract, never ipcRenderer itself', () => {
    const preload = readFileSync(new URL('../../main/preload/preload.ts', import.meta.url), 'utf8');
    const exposed = [...preload.matchAll(/exposeInMainWorld\(\s*'(\w+)'/g)].map((m) => m[1]);
    expect(exposed).toEqual(['powerhall']);
    expect(preload).toContain('createApiClient(');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
