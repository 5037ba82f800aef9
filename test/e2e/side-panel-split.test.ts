import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/serve.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';

// At 1280 × 720 the outline gives way to the tab body (before, the outline's fixed 28 vh left the bill 195 px); the split between them moves by drag and by the arrow keys, never leaves either less than
// its least, and is kept with the project's session state through a reload, like the panel's width.
describe('the split between the outline and the tabs', () => {
  let app: SampleApp;
  let page: Page;
  beforeAll(async () => {
    app = await openSampleApp();
    page = app.page;
    await page.setViewportSize({ width: 1280, height: 720 });
  });
  afterAll(() => closeSampleApp(app));

  const height = async (testId: string) => Math.round((await page.locator(`[data-testid=${testId}]`).boundingBox())!.height);
  const heights = async () => ({ outline: await height('outline-section'), tabBody: await height('tab-body') });
  const rememberedPanel = () =>
    page.evaluate(() => {
      const key = Object.keys(window.localStorage).find((k) => k.startsWith('powerhall.view:'))!;
      return (JSON.parse(window.localStorage.getItem(key)!) as { panel?: { outlineHeight?: number } }).panel;
    });
  /** Drags the split by `dy` px with the mouse, as the user does. */
  const dragSplit = async (dy: number) => {
    const bar = (await page.locator('[data-testid=outline-split]').boundingBox())!;
    const x = bar.x + bar.width / 2;
    const y = bar.y + bar.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + dy, { steps: 5 });
    await page.mouse.up();
  };

  it('leaves the tab body 280 px at 1280 × 720, with the outline open', async () => {
    const { outline, tabBody } = await heights();
    expect(tabBody).toBe(280);
    expect(outline).toBeGreaterThanOrEqual(96);
    // The outline still shows its search field and the site's first rows.
    expect(await page.locator('[data-testid=outliner-search]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=outliner-row]').count()).toBeGreaterThanOrEqual(3);
    mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'side-panel-split-1280.png') });
  });

  it('moves by drag and by the arrow keys, what one gains the other gives up, and stops at their least', async () => {
    const before = await heights();
    await dragSplit(60);
    const dragged = await heights();
    expect(dragged.outline - before.outline).toBeGreaterThanOrEqual(58);
    expect(dragged.outline - before.outline).toBeLessThanOrEqual(62);
    expect(dragged.outline + dragged.tabBody).toBe(before.outline + before.tabBody);

    await page.locator('[data-testid=outline-split]').focus();
    await page.keyboard.press('ArrowUp');
    expect((await heights()).outline).toBe(dragged.outline - 20);

    // Dragged past the end, the split stays at the least of each, and that is the height remembered: a taller window
    // later does not find an outline taller than it was ever shown.
    await dragSplit(600);
    expect((await heights()).tabBody).toBe(120);
    expect((await rememberedPanel())?.outlineHeight).toBe((await heights()).outline);
    await dragSplit(-600);
    expect((await heights()).outline).toBe(96);
    expect((await rememberedPanel())?.outlineHeight).toBe(96);
  });

  it('is kept with the project through a reload, and a double click shares the height as at first', async () => {
    await dragSplit(80);
    const kept = await heights();
    expect((await rememberedPanel())?.outlineHeight).toBe(kept.outline);
    await page.reload();
    await page.waitForSelector('[data-testid=total-it]');
    expect(await heights()).toEqual(kept);

    await page.locator('[data-testid=outline-split]').dblclick();
    expect((await rememberedPanel())?.outlineHeight).toBeUndefined();
    const shared = await heights();
    expect(shared.tabBody).toBe(280);
  });

  it('folds the outline to its title, and the tab body takes the height', async () => {
    const open = await heights();
    await page.click('[data-testid=outline-toggle]');
    expect(await page.locator('[data-testid=outline-split]').count()).toBe(0);
    const folded = await heights();
    expect(folded.outline).toBeLessThan(30);
    expect(folded.tabBody).toBeGreaterThan(open.tabBody + open.outline - 40);
    await page.click('[data-testid=outline-toggle]');
    expect(await heights()).toEqual(open);
  });
});
