import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectSession } from '../../main/app/project-session.ts';
import { ensureSampleProject } from '../../main/app/sample-project.ts';
import { rendererDir } from '../../main/paths.ts';
import { startBrowserServer, type BrowserServer } from '../../main/server/browser-server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(server: BrowserServer, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('browser mode server', () => {
  let dataDir: string;
  let session: ProjectSession;
  let server: BrowserServer;
  const api = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    call(server, path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-powerhall-token': server.token, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'powerhall-server-'));
    session = await ProjectSession.open(ensureSampleProject(dataDir));
    server = await startBrowserServer({ router: session.router, staticRoot: rendererDir(), port: 0 });
  });
  afterAll(async () => {
    await server.close();
    session.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('listens on loopback only and prints a token URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('refuses every request without the right token with 401', async () => {
    expect((await call(server, '/')).status).toBe(401);
    expect((await call(server, '/index.html')).status).toBe(401);
    expect((await call(server, `/?token=${server.token}x`)).status).toBe(401);
    const noToken = await call(server, '/api/project/info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    const wrongCookie = await call(server, '/', { headers: { cookie: 'powerhall_token=nope' } });
    expect(wrongCookie.status).toBe(401);
  });

  it('trades the query token for an HttpOnly SameSite=Strict cookie, then serves the app with a CSP', async () => {
    const first = await call(server, `/?token=${server.token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain(`powerhall_token=${server.token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await call(server, '/', { headers: { cookie: `powerhall_token=${server.token}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const reply = await call(server, `/?token=${server.token}`, { headers: { host: `evil.example:${server.port}` } });
    expect(reply.status).toBe(421);
  });

  it('does not serve files outside the renderer folder', async () => {
    const reply = await call(server, '/..%2f..%2fpackage.json', { headers: { cookie: `powerhall_token=${server.token}` } });
    expect(reply.status).toBe(404);
  });

  it('answers contract methods with the result envelope', async () => {
    const reply = await api('/api/project/info', {});
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body) as { ok: boolean; value: { name: string; readOnlyReason: string | null } };
    expect(body.ok).toBe(true);
    expect(body.value.readOnlyReason).toBeNull();
  });

  it('answers bad input with a specific error and changes nothing', async () => {
    const before = JSON.parse((await api('/api/project/info', {})).body) as { value: { revision: number } };

    const notJson = await api('/api/project/applyDiff', '{oops');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toBe('request body is not valid JSON');

    const badDiff = await api('/api/project/applyDiff', { baseRevision: before.value.revision, diff: { added: [{ type: 'rack' }], updated: [], removed: [] } });
    expect(badDiff.status).toBe(400);
    const error = JSON.parse(badDiff.body).error as { code: string; message: string; issues: { path: string }[] };
    expect(error.code).toBe('bad-request');
    expect(error.message).toMatch(/^invalid request to project\.applyDiff \(diff\.added\.0\./);
    expect(error.issues.length).toBeGreaterThan(0);

    const extraField = await api('/api/project/info', { surprise: 1 });
    expect(extraField.status).toBe(400);
    expect(JSON.parse(extraField.body).error.issues[0].message).toMatch(/surprise/);

    const unknown = await api('/api/project/dropTables', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.message).toBe('unknown method project.dropTables');

    const wrongType = await api('/api/project/info', {}, { 'content-type': 'text/plain' });
    expect(wrongType.status).toBe(415);

    const after = JSON.parse((await api('/api/project/info', {})).body) as { value: { revision: number } };
    expect(after.value.revision).toBe(before.value.revision);
  });
});
