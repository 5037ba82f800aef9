import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startServe, type ServeProcess } from '../support/serve.ts';
import { EditorPage, racksByScenario, storedProject } from './editor-page.ts';

const MINING = 'sc-mining';

describe('a second tab on the same project never takes edits it cannot save (Chromium, browser mode, stored project)', () => {
  let serve: ServeProcess;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  let context: BrowserContext;

  const supplyC = async () => (await storedProject(serve)).scenarios.find((s) => s.id === MINING)!.liquidSupplyC;
  const supplyField = (page: Page) => page.locator('[data-testid=inspector] input[data-field=liquidSupplyC]');
  const openSettings = async (page: Page) => {
    await page.click('button:has-text("Settings")');
    await page.click('role=tab[name=/Inspector/]');
  };
  const setSupply = async (page: Page, value: string) => {
    await openSettings(page);
    await supplyField(page).fill(value);
    await supplyField(page).press('Enter');
    await new EditorPage(page).saved();
  };

  beforeAll(async () => {
    serve = await startServe();
    chromium = await launchChromium();
    browser = chromium.browser;
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  });

  afterAll(async () => {
    await chromium?.close();
    await serve?.stop();
  });

  it('the tab whose save is refused turns read-only with a banner, keeps the file as the other tab saved it, and reloads to go on', async () => {
    const a = await context.newPage();
    await a.goto(serve.url);
    await a.waitForSelector('[data-testid=total-it]');
    // The same project in a second tab of this browser (the tab's session goes with it, as with "duplicate tab").
    const [b] = await Promise.all([context.waitForEvent('page'), a.evaluate(() => void window.open(window.location.href))]);
    await b.waitForSelector('[data-testid=total-it]');
    const edA = new EditorPage(a);

    await setSupply(b, '30');
    expect(await supplyC()).toBe(30);

    // Tab A, behind the file now, deletes every rack: the save is refused and the tab stops taking edits.
    await edA.key('Control+a');
    await edA.key('Delete');
    await a.waitForSelector('[data-testid=writer-banner]');
    expect(await edA.text('writer-banner')).toMatch(
      /^Read-only Not saved: The project changed since revision 0 \(it is now at 1\); reload it\. This window takes no more edits, so that nothing is typed that cannot be saved; its last change is not in the file\. Reload the saved project$/,
    );
    expect(await edA.text('save-state')).toBe('read-only · not saved');
    await edA.key('Control+z');
    await edA.key('h');
    expect(await edA.text('status')).toMatch(/read-only/);
    expect(await a.getAttribute('[data-action="tool.select"]', 'aria-pressed')).toBe('true');
    expect(await a.isDisabled('[data-action="tool.hall"]')).toBe(true);
    expect(await a.isDisabled('[data-action="history.undo"]')).toBe(true);
    await openSettings(a);
    expect(await supplyField(a).isDisabled()).toBe(true);
    const stored = await storedProject(serve);
    expect(racksByScenario(stored)[MINING]).toBe(320);
    expect(stored.scenarios.find((s) => s.id === MINING)!.liquidSupplyC).toBe(30);

    // Reloading shows the saved project, and this tab writes again.
    await a.click('[data-testid=writer-reload]');
    await a.waitForSelector('[data-testid=total-it]');
    await edA.waitText('total-racks', '320');
    expect(await a.isVisible('[data-testid=writer-banner]')).toBe(false);
    await setSupply(a, '31');
    expect(await supplyC()).toBe(31);

    // Tab B is behind now: coming back to it finds that out before anything is typed there.
    await b.evaluate(() => window.dispatchEvent(new Event('focus')));
    await b.waitForSelector('[data-testid=writer-banner]');
    expect(await new EditorPage(b).text('writer-banner')).toMatch(/^Read-only Saving stopped: another window saved changes to this project \(revision 1 → 2\)\. This window takes no more edits/);
    expect(await supplyField(b).isDisabled()).toBe(true);
    expect(await supplyC()).toBe(31);
  }, 90_000);
});
