import { mkdtempSync, rmSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectSession } from '../../main/app/project-session.ts';
import { ensureSampleProject } from '../../main/app/sample-project.ts';
import { rendererDir } from '../../main/paths.ts';
import { startBrowserServer, type BrowserServer } from '../../main/server/browser-server.ts';

/** Opens POST /events and resolves once the answer's head has arrived. */
function openStream(server: BrowserServer, headers: Record<string, string>, method = 'POST'): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: '/events', method, headers }, resolve);
    req.on('error', reject);
    req.end();
  });
}

const bodyOf = (res: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    res.on('data', (d: Buffer) => (body += d.toString()));
    res.on('end', () => resolve(body));
  });

/** Reads the stream until `count` event frames (not comments) have arrived. */
function frames(res: IncomingMessage, count: number): Promise<{ event: string; data: unknown }[]> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (d: Buffer) => {
      text += d.toString();
      const found = text
        .split('\n\n')
        .filter((f) => f.startsWith('event: '))
        .map((f) => {
          const [event, data] = f.split('\n');
          return { event: event!.slice('event: '.length), data: JSON.parse(data!.slice('data: '.length)) as unknown };
        });
      if (found.length >= count) {
        res.off('data', onData);
        resolve(found);
      }
    };
    res.on('data', onData);
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 10));
}

describe('browser mode events (server-sent)', () => {
  let dataDir: string;
  let session: ProjectSession;
  let server: BrowserServer;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'powerhall-events-'));
    session = await ProjectSession.open(ensureSampleProject(dataDir));
    server = await startBrowserServer({ router: session.router, staticRoot: rendererDir(), port: 0 });
  });
  afterAll(async () => {
    await server.close();
    session.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('are guarded like every API call: the session secret, the own origin, POST only', async () => {
    const none = await openStream(server, {});
    expect(none.statusCode).toBe(401);
    expect(JSON.parse(await bodyOf(none)).error.code).toBe('session-ended');
    const wrong = await openStream(server, { 'x-powerhall-token': `${server.token.slice(1)}x` });
    expect(wrong.statusCode).toBe(401);
    await bodyOf(wrong);
    const foreign = await openStream(server, { 'x-powerhall-token': server.token, origin: 'http://127.0.0.1:1' });
    expect(foreign.statusCode).toBe(403);
    await bodyOf(foreign);
    const crossSite = await openStream(server, { 'x-powerhall-token': server.token, 'sec-fetch-site': 'cross-site' });
    expect(crossSite.statusCode).toBe(403);
    await bodyOf(crossSite);
    const get = await openStream(server, { 'x-powerhall-token': server.token }, 'GET');
    expect(get.statusCode).toBe(405);
    await bodyOf(get);
    expect(server.listeners).toBe(0);
  });

  it("carry menu.runAction to every open tab as the contract's event, and refuse a payload the contract does not allow", async () => {
    const headers = { 'x-powerhall-token': server.token, origin: server.origin, 'sec-fetch-site': 'same-origin' };
    const [a, b] = await Promise.all([openStream(server, headers), openStream(server, headers)]);
    expect(a.statusCode).toBe(200);
    expect(a.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(a.headers['cache-control']).toBe('no-store');
    await until(() => server.listeners === 2);
    const seenA = frames(a, 2);
    const seenB = frames(b, 2);
    expect(() => server.emit('menu', 'runAction', { id: '' })).toThrow();
    expect(() => server.emit('menu', 'runAction', { id: 'history.undo', script: 'x' })).toThrow();
    expect(() => server.emit('menu', 'elsewhere', {})).toThrow(/no event menu.elsewhere/);
    server.emit('menu', 'runAction', { id: 'history.undo' });
    server.emit('menu', 'runAction', { id: 'view.fitAll' });
    const expected = [
      { event: 'powerhall-event:menu.runAction', data: { id: 'history.undo' } },
      { event: 'powerhall-event:menu.runAction', data: { id: 'view.fitAll' } },
    ];
    expect(await seenA).toEqual(expected);
    expect(await seenB).toEqual(expected);
    a.destroy();
    b.destroy();
    await until(() => server.listeners === 0);
  });
});

describe("the tab's reading of the event stream", () => {
  it('splits frames, keeps an unfinished one for the next chunk, and skips comments', async () => {
    const { parseEventFrames } = await import('../../renderer/api/event-stream.ts');
    const first = parseEventFrames(': open\n\nevent: powerhall-event:menu.runAction\ndata: {"id":"history.undo"}\n\nevent: powerhall-event:menu.run');
    expect(first.frames).toEqual([{ event: 'powerhall-event:menu.runAction', data: '{"id":"history.undo"}' }]);
    const second = parseEventFrames(`${first.rest}Action\ndata: {"id":"view.fitAll"}\n\n: keep-alive\n\n`);
    expect(second).toEqual({ frames: [{ event: 'powerhall-event:menu.runAction', data: '{"id":"view.fitAll"}' }], rest: '' });
  });
});
