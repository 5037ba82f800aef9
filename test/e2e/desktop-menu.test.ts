import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectSession } from '../../main/app/project-session.ts';
import { ensureSampleProject } from '../../main/app/sample-project.ts';
import { rendererDir } from '../../main/paths.ts';
import { startBrowserServer, type BrowserServer } from '../../main/server/browser-server.ts';
import { launchChromium } from '../support/browser.ts';
import { EditorPage, racksByScenario, storedProject } from './editor-page.ts';

// The menu's path in browser mode: main emits menu.runAction on the server's event stream (as the Electron shell
// sends it over IPC when a menu item is clicked) and the renderer runs the action. The server runs in this process so
// that the test can emit as main does, and read what the renderer published with menu.setActions.
const MINING = 'sc-mining';
const AI = 'sc-phase1';
const PHASE2 = 'p2-scenario-1';

describe('menu commands reach the renderer through the event stream (Chromium, browser mode, stored project)', () => {
  let dataDir: string;
  let session: ProjectSession;
  let server: BrowserServer;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let page: Page;
  let ed: EditorPage;
  const published = (id: string) => session.menuActions.find((a) => a.id === id);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'powerhall-menu-e2e-'));
    session = await ProjectSession.open(ensureSampleProject(dataDir));
    server = await startBrowserServer({ router: session.router, staticRoot: rendererDir(), port: 0 });
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(server.url);
    await page.waitForSelector('[data-testid=total-it]');
    ed = new EditorPage(page);
    while (server.listeners === 0) await new Promise((r) => setTimeout(r, 20));
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    session?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the renderer publishes its actions for the menus with their state, and keeps them current', async () => {
    await expect.poll(() => session.menuActions.length).toBeGreaterThan(20);
    expect(published('history.undo')).toMatchObject({ label: 'Undo', menu: 'Edit', shortcut: 'Mod+Z', enabled: false });
    expect(published('scenario.next')).toMatchObject({ menu: 'Scenario', enabled: true });
    expect(published('export.xlsx')).toMatchObject({ menu: 'File', submenu: 'Export', enabled: true });
    expect(published('view.fitAll')).toMatchObject({ menu: 'View', shortcut: 'Shift+F' });
  });

  it('Undo chosen from the menu undoes the last edit in the stored project', async () => {
    expect(racksByScenario(await storedProject(server))).toEqual({ [MINING]: 320, [AI]: 324, [PHASE2]: 396 });
    await ed.key('Control+a');
    await ed.key('Delete');
    await expect.poll(async () => racksByScenario(await storedProject(server))[MINING]).toBe(0);
    await expect.poll(() => published('history.undo')?.enabled).toBe(true);

    server.emit('menu', 'runAction', { id: 'history.undo' });
    await expect.poll(async () => racksByScenario(await storedProject(server))).toEqual({ [MINING]: 320, [AI]: 324, [PHASE2]: 396 });
    await expect.poll(() => published('history.redo')?.enabled).toBe(true);
  });

  it('Next scenario chosen from the menu shows the other scenario; the document is not touched', async () => {
    const before = await storedProject(server);
    const revision = session.project.info().revision;
    expect(await page.inputValue('[data-testid=scenario]')).toBe(MINING);
    server.emit('menu', 'runAction', { id: 'scenario.next' });
    await expect.poll(() => page.inputValue('[data-testid=scenario]')).toBe(AI);
    expect(await storedProject(server)).toEqual(before);
    expect(session.project.info().revision).toBe(revision);
  });

  it('a menu command waits while a dialog owns the keyboard', async () => {
    await page.getByTestId('backups-open').click();
    await page.getByRole('dialog').waitFor();
    server.emit('menu', 'runAction', { id: 'scenario.next' });
    // A refused command leaves no trace to wait for: the dialog stays open a moment so the event arrives while it is
    // (arriving later it would run, and the test would fail rather than pass).
    await page.waitForTimeout(1000);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // Events arrive in order on the one stream: once the colour change shows, the scenario command before it was seen
    // (while the dialog was open) and refused.
    server.emit('menu', 'runAction', { id: 'color.loop' });
    await expect.poll(() => page.inputValue('[data-testid=color-mode]')).toBe('loop');
    expect(await page.inputValue('[data-testid=scenario]')).toBe(AI);
    server.emit('menu', 'runAction', { id: 'scenario.next' });
    await expect.poll(() => page.inputValue('[data-testid=scenario]')).toBe(PHASE2);
  });
});
