import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';

// File → Export → a format (the desktop menu and the palette run the same command) opens the Export dialog and runs
// the export there as a job of main's export service: the dialog's progress, Cancel and status, not a one-shot call.
describe('File → Export from a command (browser mode)', () => {
  let app: SampleApp | undefined;
  beforeAll(async () => {
    app = await openSampleApp();
  });
  afterAll(() => closeSampleApp(app));

  it('opens the Export dialog on the format and saves it through the job, at the dialog\'s PNG scale', async () => {
    const { page, ed } = app!;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.selectOption('[data-testid=scenario]', 'sc-phase1');
    await ed.key('Control+k');
    await page.waitForSelector('[data-testid=command-palette]');
    await page.keyboard.type('Site plan (PNG)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    await page.waitForSelector('[data-testid=export-dialog]');
    expect(download.suggestedFilename()).toBe('North Shore Mining Campus - Phase 1 AI hall.png');
    // The dialog's scale is 2× when it opens: the A4 site plan sheet at 192 dpi.
    const png = PNG.sync.read(readFileSync((await download.path())!));
    expect([png.width, png.height]).toEqual([2245, 1587]);
    await page.waitForSelector('[data-testid=export-status]:has-text("Saved North Shore Mining Campus - Phase 1 AI hall.png")');
    await page.screenshot({ path: 'test-results/export-menu-dialog.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/export-menu-dialog-1920.png' });
  });
});
