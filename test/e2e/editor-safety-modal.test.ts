import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../shared/model/index.ts';
import { hallToSite, slotCentreInHall } from '../../shared/geometry/plan.ts';
import type { ServeProcess } from '../support/serve.ts';
import { closeSampleApp, openSampleApp, storedAfterSave, type SampleApp } from './sample-app.ts';
import { storedProject, type EditorPage } from './editor-page.ts';

// Editor shortcuts that change the document or the tool: none may fire behind an open dialog.
const SHORTCUTS = ['Delete', 'Backspace', 'ArrowRight', 'ArrowDown', 'r', 'k', 'Shift+K', 'h', 'Control+d', 'Control+v', 'Control+z'];

describe('dialogs and overlays are modal (Chromium, browser mode, stored project)', () => {
  let serve: ServeProcess;
  let app: SampleApp | undefined;
  let page: Page;
  let ed: EditorPage;
  let sample: ProjectDocument;

  const activeTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);
  const stored = () => storedAfterSave(app!);
  /** Presses every editor shortcut where the keyboard focus is now. */
  const pressShortcuts = async () => {
    for (const key of SHORTCUTS) await page.keyboard.press(key);
  };

  beforeAll(async () => {
    app = await openSampleApp();
    ({ serve, page, ed } = app);
    sample = await storedProject(serve);
    // One rack of the open (mining) scenario selected, as when the Delete went through the help overlay.
    const hall = sample.halls.find((h) => h.scenarioId === 'sc-mining')!;
    const row = sample.rows.find((r) => r.hallId === hall.id)!;
    const rack = sample.racks.find((k) => k.rowId === row.id)!;
    await ed.planView();
    await ed.key('Shift+F');
    await ed.rendered((await ed.frames()) - 1);
    const c = hallToSite(hall, slotCentreInHall(row, rack.slot, 1.2));
    await ed.click(c.x, c.y);
    await page.waitForSelector('.statusbar >> text="1 selected"');
  });

  afterAll(() => closeSampleApp(app));

  it('the help overlay takes the keyboard: Delete, arrows, R, K do nothing; Escape closes it and focus returns to the viewport', async () => {
    await ed.key('?');
    await page.waitForSelector('[data-testid=help-overlay]');
    await pressShortcuts();
    expect(await stored()).toEqual(sample);
    expect(await page.getAttribute('[data-action="tool.select"]', 'aria-pressed')).toBe('true');
    expect(await page.isVisible('[data-testid=help-overlay]')).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=help-overlay]', { state: 'detached' });
    expect(await activeTestId()).toBe('viewport-canvas');
    // Escape closed the overlay only: the selection is still there, and shortcuts work again.
    expect(await page.isVisible('.statusbar >> text="1 selected"')).toBe(true);
    await page.keyboard.press('Delete');
    await ed.waitText('total-racks', '319');
    expect((await stored()).racks).toHaveLength(sample.racks.length - 1);
    await page.keyboard.press('Control+z');
    await ed.waitText('total-racks', '320');
    expect((await stored()).racks).toHaveLength(sample.racks.length);
  });

  it('the command palette takes the keyboard and closes on Escape, back to the viewport', async () => {
    const before = await stored();
    await ed.key('Control+k');
    await page.waitForSelector('[data-testid=command-palette]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('command-palette-input');
    // Out of the input (focus on the palette itself), the shortcuts still go nowhere.
    await page.focus('[data-testid=command-palette]');
    await pressShortcuts();
    expect(await stored()).toEqual(before);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=command-palette]', { state: 'detached' });
    expect(await activeTestId()).toBe('viewport-canvas');
  });

  it('the backups dialog takes the keyboard, keeps Tab inside, closes on Escape and gives focus back to its button', async () => {
    const before = await stored();
    await page.click('[data-testid=backups-open]');
    await page.waitForSelector('[data-testid=backups-dialog]');
    await pressShortcuts();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=backups-dialog]'))).toBe(true);
    }
    expect(await stored()).toEqual(before);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=backups-dialog]', { state: 'detached' });
    expect(await activeTestId()).toBe('backups-open');
  });

  it('the name dialog takes the keyboard and Escape cancels it without creating a scenario', async () => {
    const before = await stored();
    await page.click('[data-testid=scenario-new]');
    await page.waitForSelector('[data-testid=name-dialog]');
    await page.focus('[data-testid=name-dialog]');
    await pressShortcuts();
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=name-dialog]'))).toBe(true);
    }
    await page.focus('[data-testid=name-dialog-input]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=name-dialog]', { state: 'detached' });
    expect(await activeTestId()).toBe('scenario-new');
    const after = await stored();
    expect(after).toEqual(before);
    expect(after.scenarios).toHaveLength(3);
  });
});
