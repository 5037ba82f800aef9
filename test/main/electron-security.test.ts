import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, isTrustedSender, secureWebPreferences } from '../../main/electron/security-policy.ts';
import { CONTENT_SECURITY_POLICY } from '../../main/security/content-security-policy.ts';

describe('Electron window security', () => {
  it('isolates and sandboxes the renderer with no Node integration anywhere', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
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
    });
  });

  it('allows navigation only within the app origin', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/assets/index.js?x=1`)).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'powerhall://evil/index.html', 'javascript:alert(1)', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('answers IPC only from the top-level app frame', () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, parent: null })).toBe(true);
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('has a strict Content-Security-Policy: own scripts only, no eval, no inline script, no framing', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  it('the window denies new windows, navigation and permission requests in the shell source', () => {
    const shell = readFileSync(new URL('../../main/electron/main.ts', import.meta.url), 'utf8');
    expect(shell).toContain("setWindowOpenHandler(() => ({ action: 'deny' }))");
    expect(shell).toMatch(/will-navigate[\s\S]*isAppUrl\(url\)[\s\S]*preventDefault/);
    expect(shell).toContain('setPermissionRequestHandler((_contents, _permission, callback) => callback(false))');
    expect(shell).toContain('webPreferences: secureWebPreferences(');
  });

  it('the preload exposes only the typed API built from the contract, never ipcRenderer itself', () => {
    const preload = readFileSync(new URL('../../main/preload/preload.ts', import.meta.url), 'utf8');
    const exposed = [...preload.matchAll(/exposeInMainWorld\(\s*'(\w+)'/g)].map((m) => m[1]);
    expect(exposed).toEqual(['powerhall']);
    expect(preload).toContain('createApiClient(');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
