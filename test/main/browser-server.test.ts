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
    const req = request({ host: '127.0.0.1', port: server.port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const launchToken = (url: string) => new URL(url).hash.replace(/^#launch=/, '');

describe('browser mode server', () => {
  let dataDir: string;
  let session: ProjectSession;
  let server: BrowserServer;
  let other: BrowserServer;
  const api = (path: string, body: unknown, headers: Record<string, string> = {}, target = () => server) =>
    call(target(), path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-powerhall-token': target().token, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const revision = async () => (JSON.parse((await api('/api/project/info', {})).body) as { value: { revision: number } }).value.revision;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'powerhall-server-'));
    session = await ProjectSession.open(ensureSampleProject(dataDir));
    server = await startBrowserServer({ router: session.router, staticRoot: rendererDir(), port: 0 });
    other = await startBrowserServer({ router: session.router, staticRoot: rendererDir(), port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await other.close();
    session.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('listens on loopback only and prints a link whose launch token is in the fragment, never sent to a server', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#launch=[\w-]{20,}$/);
    expect(launchToken(server.url)).not.toBe(server.token);
  });

  it('serves the page without a credential (it holds no data), with the CSP, and never sets a cookie', async () => {
    const page = await call(server, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['set-cookie']).toBeUndefined();
  });

  it('trades the launch token for the session secret once: the printed link is worthless afterwards', async () => {
    const launch = launchToken(server.newLaunchUrl());
    const first = await call(server, '/session', { method: 'POST', headers: { 'x-powerhall-launch': launch } });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ ok: true, value: { session: server.token } });
    expect(first.headers['set-cookie']).toBeUndefined();
    const again = await call(server, '/session', { method: 'POST', headers: { 'x-powerhall-launch': launch } });
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body).error.message).toMatch(/already used .*Press Enter .* for a new link/);
  });

  it('refuses API calls without the session header, and a cookie is no credential at all', async () => {
    const noToken = await call(server, '/api/project/info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    const error = JSON.parse(noToken.body).error as { code: string; message: string };
    expect(error.code).toBe('session-ended');
    expect(error.message).toMatch(/session with Powerhall has ended.*new link.*edits not yet saved stay in this tab/);
    const cookieOnly = await call(server, '/api/project/info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `powerhall_token=${server.token}` },
      body: '{}',
    });
    expect(cookieOnly.status).toBe(401);
  });

  it('keeps instances independent: one instance secret opens nothing on another, and a planted cookie blocks nothing', async () => {
    expect((await api('/api/project/info', {}, {}, () => other)).status).toBe(200);
    expect((await api('/api/project/info', {}, { 'x-powerhall-token': server.token }, () => other)).status).toBe(401);
    expect((await api('/api/project/info', {}, { cookie: 'powerhall_token=stale-from-another-run' })).status).toBe(200);
  });

  it("refuses API calls from another page's origin (another port, another site) and changes nothing", async () => {
    const before = await revision();
    const doc = JSON.parse((await api('/api/project/load', {})).body).value as { site: { name: string } };
    const edit = { baseRevision: before, diff: { added: [], updated: [[doc.site, { ...doc.site, name: 'Renamed from elsewhere' }]], removed: [] } };
    const otherPort = await api('/api/project/applyDiff', edit, { origin: other.origin });
    expect(otherPort.status).toBe(403);
    expect(JSON.parse(otherPort.body).error.message).toBe('Powerhall answers API calls from its own page only.');
    expect((await api('/api/project/applyDiff', edit, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('/api/project/applyDiff', edit, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api('/api/project/applyDiff', edit, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await call(server, '/session', { method: 'POST', headers: { origin: other.origin, 'x-powerhall-launch': launchToken(server.newLaunchUrl()) } })).status).toBe(403);
    expect(await revision()).toBe(before);
    expect((await api('/api/project/info', {}, { origin: server.origin, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const reply = await call(server, '/', { headers: { host: `evil.example:${server.port}` } });
    expect(reply.status).toBe(421);
  });

  it('does not serve files outside the renderer folder', async () => {
    const reply = await call(server, '/..%2f..%2fpackage.json');
    expect(reply.status).toBe(404);
  });

  it('answers contract methods with the result envelope', async () => {
    const reply = await api('/api/project/info', {});
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body) as { ok: boolean; value: { name: string; readOnlyReason: string | null } };
    expect(body.ok).toBe(true);
    expect(body.value.readOnlyReason).toBeNull();
  });

  it('compares media types exactly and case-insensitively', async () => {
    expect((await api('/api/project/info', {}, { 'content-type': 'Application/JSON; Charset=UTF-8' })).status).toBe(200);
    expect((await api('/api/project/info', {}, { 'content-type': 'application/jsonp' })).status).toBe(415);
    expect((await api('/api/project/info', {}, { 'content-type': 'application/json-patch+json' })).status).toBe(415);
    expect((await api('/api/project/info', {}, { 'content-type': 'application/json; charset=latin1' })).status).toBe(415);
    expect((await api('/api/project/info', {}, { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('refuses a body over the cap from its declared length, without reading it', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/project/applyDiff',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-powerhall-token': server.token, 'content-length': String(250 * 1024 * 1024) },
        },
        (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      // Only a first chunk of the 250 MB it announced: the answer must come without the rest.
      req.write('{"baseRevision":0,');
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toBe('The request is larger than the 8 MB an API call may carry.');
  });

  it('stops reading a body without a declared length once it passes the cap', async () => {
    const big = `{"pad":"${'x'.repeat(9 * 1024 * 1024)}"}`;
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/project/info',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-powerhall-token': server.token, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', () => {
        // The server may close the connection while the rest is still being sent; the answer came first.
      });
      req.on('close', () => reject(new Error('closed without an answer')));
      req.end(big);
    });
    expect(reply.status).toBe(413);
  });

  it('answers bad input with a specific error and changes nothing', async () => {
    const before = await revision();

    const notJson = await api('/api/project/applyDiff', '{oops');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toBe('request body is not valid JSON');

    const badDiff = await api('/api/project/applyDiff', { baseRevision: before, diff: { added: [{ type: 'rack' }], updated: [], removed: [] } });
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

    expect(await revision()).toBe(before);
  });
});
