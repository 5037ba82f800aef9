import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPowerLossShim, LOST_POWER } from '../store/power-loss/build-shim.ts';
import { launchChromium } from '../support/browser.ts';
import { startServe, type ServeProcess } from '../support/serve.ts';
import { storedProject } from './editor-page.ts';

const SAVE_STATE = '[data-testid=save-state]';

async function saveState(page: Page): Promise<string> {
  return (await page.textContent(SAVE_STATE)) ?? '';
}

async function waitSaveState(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForFunction(
    ([source, flags]) => new RegExp(source!, flags).test(document.querySelector('[data-testid=save-state]')?.textContent ?? ''),
    [pattern.source, pattern.flags],
  );
}

/** Renames the scenario on screen through its dialog, as a user does. */
async function renameScenario(page: Page, name: string): Promise<void> {
  await page.click('[data-testid=scenario-rename]');
  await page.fill('[data-testid=name-dialog-input]', name);
  await page.press('[data-testid=name-dialog-input]', 'Enter');
  await page.waitForSelector('[data-testid=name-dialog]', { state: 'detached' });
}

async function openApp(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await waitSaveState(page, /^saved/);
  return page;
}

describe('browser mode: a killed and restarted server, the token, and other local servers', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  const started: ServeProcess[] = [];
  const serve = async (...args: Parameters<typeof startServe>) => {
    const s = await startServe(...args);
    started.push(s);
    return s;
  };

  beforeAll(async () => {
    chromium = await launchChromium();
    browser = chromium.browser;
  });
  afterAll(async () => {
    await chromium?.close();
    for (const s of started.reverse()) await s.stop();
  });

  it('keeps an edit made while the server is down, warns on leaving, and saves it once the server is back', async () => {
    const first = await serve();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await openApp(context, first.url);
    expect(page.url()).not.toContain('launch=');
    await first.kill();

    await renameScenario(page, 'Renamed while the server was down');
    await waitSaveState(page, /^not saved: Powerhall is not answering/);
    expect(await saveState(page)).toMatch(/Your edits are kept in this tab/);

    // Leaving now would lose the edit: the page asks first (and the user stays).
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    const again = await serve({ dataDir: first.dataDir, port: first.port });
    expect(again.token).toBe(first.token);
    await waitSaveState(page, /^saved · rev 1$/);
    const stored = await storedProject(again);
    expect(stored.scenarios.map((s) => s.name)).toContain('Renamed while the server was down');
    await context.close();
    await again.stop({ keepData: true });
  });

  it('keeps an unsaved edit in the tab across a reload while the server is down, and sends it when the page is opened again', async () => {
    const first = await serve();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await openApp(context, first.url);
    await first.kill();
    await renameScenario(page, 'Kept across a reload');
    await waitSaveState(page, /^not saved: Powerhall is not answering/);
    expect(await page.evaluate(() => sessionStorage.getItem('powerhall.outbox'))).toContain('Kept across a reload');
    page.once('dialog', (d) => void d.accept());
    await page.reload().catch(() => {
      // The server is down: the browser shows its own error page, and this tab's storage stays.
    });
    const again = await serve({ dataDir: first.dataDir, port: first.port });
    await page.goto(`${again.origin}/`);
    await waitSaveState(page, /^saved · rev 1$/);
    expect((await storedProject(again)).scenarios.map((s) => s.name)).toContain('Kept across a reload');
    expect(await page.evaluate(() => sessionStorage.getItem('powerhall.outbox'))).toBeNull();
    await context.close();
    await again.stop({ keepData: true });
  });

  it('an edit the tab shows as saved is there after the server loses power and comes back, and the tab carries on', async () => {
    const shim = buildPowerLossShim();
    try {
      const first = await serve({ env: { LD_PRELOAD: shim, POWERHALL_POWER_LOSS_SIGNAL: '1' } });
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await openApp(context, first.url);
      await renameScenario(page, 'Saved before the power went');
      await waitSaveState(page, /^saved · rev 1$/);
      expect(await first.signalAndWait('SIGUSR2')).toBe(LOST_POWER);
      const again = await serve({ dataDir: first.dataDir, port: first.port });
      expect((await storedProject(again)).scenarios.map((s) => s.name)).toContain('Saved before the power went');
      await renameScenario(page, 'Edited after the restart');
      await waitSaveState(page, /^saved · rev 2$/);
      expect((await storedProject(again)).scenarios.map((s) => s.name)).toContain('Edited after the restart');
      await context.close();
      await again.stop({ keepData: true });
    } finally {
      rmSync(shim, { force: true });
    }
  });

  it('after a restart with a new token, says in words that the session ended and carries on from a new link in the same tab', async () => {
    const first = await serve();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await openApp(context, first.url);
    await first.stop({ keepData: true });
    const rotated = await serve({ dataDir: first.dataDir, port: first.port, newToken: true });
    expect(rotated.token).not.toBe(first.token);

    await renameScenario(page, 'Edited across a new token');
    await waitSaveState(page, /^not saved: This tab's session with Powerhall has ended/);
    // The printed link opened in this tab (only its fragment changes, so the page and its edits stay).
    await page.goto(rotated.url);
    await waitSaveState(page, /^saved · rev 1$/);
    expect((await storedProject(rotated)).scenarios.map((s) => s.name)).toContain('Edited across a new token');
    // The link was spent: opened again in a new tab it is refused with words, not a blank 401.
    const late = await context.newPage();
    await late.goto(rotated.url);
    await late.waitForSelector('.boot.error');
    expect(await late.textContent('.boot.error')).toMatch(/session .* has ended|link was already used/);
    await context.close();
  });

  it('runs two instances side by side in one browser, each with its own link', async () => {
    const a = await serve();
    const b = await serve();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const pageA = await openApp(context, a.url);
    const pageB = await openApp(context, b.url);
    await renameScenario(pageB, 'Edited in instance B');
    await waitSaveState(pageB, /^saved · rev 1$/);
    await renameScenario(pageA, 'Edited in instance A');
    await waitSaveState(pageA, /^saved · rev 1$/);
    expect((await storedProject(a)).scenarios.map((s) => s.name)).toContain('Edited in instance A');
    expect((await storedProject(b)).scenarios.map((s) => s.name)).toContain('Edited in instance B');
    await context.close();
  });

  it('gives another local web server nothing: no cookie reaches it and its page cannot drive the API', async () => {
    const app = await serve();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await openApp(context, app.url);
    const seen: IncomingHttpHeaders[] = [];
    const evil: Server = createServer((req, res) => {
      seen.push(req.headers);
      res.setHeader('content-type', 'text/html');
      res.end('<!doctype html><title>other</title>');
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    try {
      const other = await context.newPage();
      await other.goto(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`);
      expect(seen.every((h) => h.cookie === undefined)).toBe(true);
      const attempt = await other.evaluate(async (origin) => {
        try {
          const r = await fetch(`${origin}/api/project/load`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' });
          return r.status;
        } catch {
          return 'blocked';
        }
      }, app.origin);
      expect(attempt === 'blocked' || attempt === 401 || attempt === 403).toBe(true);
      expect((await storedProject(app)).scenarios.length).toBeGreaterThan(0);
    } finally {
      evil.close();
      await context.close();
    }
  });
});
