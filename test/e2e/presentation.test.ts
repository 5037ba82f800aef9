import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CameraPose } from '../../shared/model/index.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';
import { storedProject } from './editor-page.ts';
import { REPO_ROOT } from '../support/serve.ts';

// A fresh clone has no results folder: the PNGs written here need it made first (screenshots make their own).
const RESULTS = join(REPO_ROOT, 'test-results');

interface ViewportWindow {
  powerhallViewport: { cameraPose(): CameraPose; showPose(pose: CameraPose, ms: number): void; canvas: HTMLCanvasElement };
}

const pose = (page: Page) => page.evaluate(() => (window as unknown as ViewportWindow).powerhallViewport.cameraPose());

/** Width and height from a PNG's IHDR chunk (bytes 16–23), read without the browser. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Of a PNG decoded by the browser's own image decoder: distinct colours, the alpha of the top-left pixel, and the shares
 * of pixels that are opaque and that differ from that corner (the background).
 */
function decodeInPage(page: Page, bytes: Buffer): Promise<{ colours: number; cornerAlpha: number; opaqueShare: number; drawnShare: number }> {
  return page.evaluate(async (b64) => {
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    let opaque = 0;
    let drawn = 0;
    const samples = data.length / (4 * 7);
    for (let i = 0; i < data.length; i += 4 * 7) {
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      if (data[i + 3] === 255) opaque++;
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2] || data[i + 3] !== data[3]) drawn++;
    }
    return { colours: colours.size, cornerAlpha: data[3]!, opaqueShare: opaque / samples, drawnShare: drawn / samples };
  }, bytes.toString('base64'));
}

/** Keeps the 3D canvas's pixels as they stand (in the page), so that `changedPixels` can count what a change redrew. */
function keepPixels(page: Page): Promise<void> {
  return page.evaluate(() => {
    const source = (window as unknown as ViewportWindow).powerhallViewport.canvas;
    const canvas = new OffscreenCanvas(source.width, source.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(source, 0, 0);
    (window as unknown as { keptPixels: Uint8ClampedArray }).keptPixels = ctx.getImageData(0, 0, source.width, source.height).data;
  });
}

function changedPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const source = (window as unknown as ViewportWindow).powerhallViewport.canvas;
    const canvas = new OffscreenCanvas(source.width, source.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(source, 0, 0);
    const now = ctx.getImageData(0, 0, source.width, source.height).data;
    const before = (window as unknown as { keptPixels: Uint8ClampedArray }).keptPixels;
    let n = 0;
    for (let i = 0; i < now.length; i += 4) if (now[i] !== before[i] || now[i + 1] !== before[i + 1] || now[i + 2] !== before[i + 2]) n++;
    return n;
  });
}

async function settled(page: Page): Promise<void> {
  // Two animation frames: the one that applies a change and the one that draws it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

describe('images, drawings and presentation mode in the app (issue 12, points 5, 10, 11)', () => {
  let app: SampleApp;
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    app = await openSampleApp();
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await app.page.selectOption('[data-testid=scenario]', 'sc-phase1');
  });
  afterAll(() => closeSampleApp(app));

  it('saves the 3D view as a PNG at 2× its size on screen, with the model drawn, and a transparent one', async () => {
    const { page } = app;
    const size = await page.$eval('[data-testid=viewport]', (el) => ({ width: el.clientWidth, height: el.clientHeight }));
    await page.click('[data-testid=export-open]');
    await page.check('[data-testid=export-scale-2]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-view-png]')]);
    expect(download.suggestedFilename()).toBe('North Shore Mining Campus - Phase 1 AI hall - 3D view @2x.png');
    const bytes = readFileSync((await download.path())!);
    writeFileSync(join(RESULTS, 'viewport-2x.png'), bytes);
    expect(pngSize(bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
    const opaque = await decodeInPage(page, bytes);
    // Not blank: besides the background, the ground, halls and racks in their load colours.
    expect(opaque.colours).toBeGreaterThan(20);
    expect(opaque.drawnShare).toBeGreaterThan(0.2);
    expect(opaque.cornerAlpha).toBe(255);
    await page.check('[data-testid=export-transparent]');
    await page.check('[data-testid=export-scale-1]');
    const [clear] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-view-png]')]);
    const clearBytes = readFileSync((await clear.path())!);
    writeFileSync(join(RESULTS, 'viewport-1x-transparent.png'), clearBytes);
    expect(pngSize(clearBytes)).toEqual(size);
    const transparent = await decodeInPage(page, clearBytes);
    expect(transparent.cornerAlpha).toBe(0);
    expect(transparent.opaqueShare).toBeGreaterThan(0.02);
    expect(transparent.opaqueShare).toBeLessThan(0.9);
    await page.screenshot({ path: 'test-results/export-png-dialog.png' });
    await page.keyboard.press('Escape');
  });

  it('shows the single-line diagram from the live report; clicking a feed box selects its feeds, in the inspector and in 3D', async () => {
    const { page } = app;
    await page.click('[data-testid=drawing-single-line]');
    const box = page.locator('[data-testid=drawing-sheet] rect[data-record-ids]').first();
    await box.waitFor();
    const ids = ((await box.getAttribute('data-record-ids')) ?? '').split(' ');
    const stored = await storedProject(app.serve);
    const feeds = new Map<string, (typeof stored.powerFeeds)[number]>(stored.powerFeeds.map((f) => [f.id, f]));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(feeds.has(id), id).toBe(true);
    await settled(page);
    await keepPixels(page);
    await box.click();
    await settled(page);
    expect(await box.getAttribute('data-selected')).toBe('true');
    expect(await page.locator('[data-testid=drawing-sheet] rect[data-selected=true]').count()).toBe(1);
    await page.getByRole('tab', { name: 'Inspector' }).click();
    const inspector = await page.textContent('[data-testid=inspector]').catch(() => '');
    const status = await page.textContent('.statusbar');
    if (ids.length === 1) expect(inspector).toContain(feeds.get(ids[0]!)!.name);
    else expect(status).toContain(`${ids.length} selected`);
    // The selected feeds' rows get the selection frame in 3D: the view is drawn again with it.
    expect(await changedPixels(page)).toBeGreaterThan(200);
    await page.screenshot({ path: 'test-results/drawing-sld-selected.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await settled(page);
    await page.screenshot({ path: 'test-results/drawing-sld-selected-1920.png' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.click('[data-testid=drawing-cooling]');
    await page.locator('[data-testid=drawing-sheet] svg[aria-label^="M-301"]').waitFor();
    await page.screenshot({ path: 'test-results/drawing-cooling.png' });
    await page.click('[data-testid=drawing-cooling]');
  });

  it('saves two views (undoable), then presents them: full screen tour with captions and key figures, stepped by keys, left by Escape', async () => {
    const { page } = app;
    await page.click('[data-testid=views-open]');
    await page.click('[data-testid=view-save]');
    await page.locator('[data-testid=saved-view]').first().locator('textarea').fill('Phase 1: the AI hall in the converted building.');
    const first = await pose(page);
    await page.keyboard.press('Escape');
    // Undo takes a saved view away again, as any document edit.
    await page.click('[data-testid=views-open]');
    await page.click('[data-testid=view-save]');
    expect(await page.locator('[data-testid=saved-view]').count()).toBe(2);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await page.click('[data-testid=views-open]');
    expect(await page.locator('[data-testid=saved-view]').count()).toBe(1);
    await page.keyboard.press('Escape');
    // A second view of the As-is scenario from overhead, closer in.
    await page.selectOption('[data-testid=scenario]', 'sc-mining');
    const overhead: CameraPose = { projection: 'perspective', position: { x: first.target.x + 5, y: 140, z: first.target.z + 30 }, target: first.target, planHalfHeightM: first.planHalfHeightM };
    await page.evaluate((p) => (window as unknown as ViewportWindow).powerhallViewport.showPose(p, 0), overhead);
    await settled(page);
    await page.click('[data-testid=views-open]');
    await page.click('[data-testid=view-save]');
    await page.locator('[data-testid=saved-view]').nth(1).locator('textarea').fill('As-is: the mining halls before the conversion.');
    await page.keyboard.press('Escape');
    await page.selectOption('[data-testid=scenario]', 'sc-phase1');
    // Written to the project file by the editor's autosave, which runs after the edits: read until it has landed.
    await expect.poll(async () => (await storedProject(app.serve)).savedViews?.map((v) => [v.order, v.scenarioId, v.caption])).toEqual([
      [0, 'sc-phase1', 'Phase 1: the AI hall in the converted building.'],
      [1, 'sc-mining', 'As-is: the mining halls before the conversion.'],
    ]);

    await page.click('[data-testid=present]');
    await page.waitForSelector('[data-testid=presentation]');
    await page.screenshot({ path: 'test-results/presentation-start.png' });
    expect(await page.textContent('[data-testid=presentation-scenario]')).toContain('Phase 1');
    expect(await page.isVisible('.toolbar')).toBe(false);
    expect(await page.isVisible('.side')).toBe(false);
    expect(await page.textContent('[data-testid=presentation-step]')).toBe('1 / 2');
    expect(await page.textContent('[data-testid=presentation-caption]')).toBe('Phase 1: the AI hall in the converted building.');
    // The figures are the open scenario's report's, as the app has it.
    const itMw = (page: Page) => page.evaluate(() => ((JSON.parse((window as unknown as { powerhallReport(): string }).powerhallReport()) as { summary: { itKw: number } }).summary.itKw / 1000).toFixed(2));
    const phase1It = await itMw(page);
    const figures = await page.textContent('[data-testid=presentation-figures]');
    expect(figures).toContain(`IT load${phase1It} MW`);
    // Prices hidden by default; P shows them.
    expect(figures).not.toContain('Capex');
    await page.keyboard.press('p');
    expect(await page.textContent('[data-testid=presentation-figures]')).toMatch(/Capex\$[\d.]+ M/);
    await page.keyboard.press('p');
    await page.screenshot({ path: 'test-results/presentation-step1.png' });

    await page.keyboard.press('PageDown');
    await page.waitForSelector('[data-testid=presentation-step]:has-text("2 / 2")');
    await page.waitForSelector('[data-testid=presentation-scenario]:has-text("As-is")');
    expect(await page.textContent('[data-testid=presentation-caption]')).toBe('As-is: the mining halls before the conversion.');
    await page.waitForFunction((y) => (window as unknown as ViewportWindow).powerhallViewport.cameraPose().position.y > y - 0.01, overhead.position.y);
    const arrived = await pose(page);
    expect(arrived.position.y).toBeCloseTo(overhead.position.y, 3);
    const asIsIt = await itMw(page);
    expect(asIsIt).not.toBe(phase1It);
    expect(await page.textContent('[data-testid=presentation-figures]')).toContain(`IT load${asIsIt} MW`);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await settled(page);
    await page.screenshot({ path: 'test-results/presentation-step2-1920.png' });
    await page.setViewportSize({ width: 1280, height: 720 });

    // Space at the last view stays there; ArrowLeft goes back to Phase 1 and its camera.
    await page.keyboard.press(' ');
    expect(await page.textContent('[data-testid=presentation-step]')).toBe('2 / 2');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('[data-testid=presentation-scenario]:has-text("Phase 1")');
    await page.waitForFunction((y) => Math.abs((window as unknown as ViewportWindow).powerhallViewport.cameraPose().position.y - y) < 0.01, first.position.y);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=presentation]', { state: 'detached' });
    expect(await page.isVisible('.toolbar')).toBe(true);
    expect(await page.isVisible('.side')).toBe(true);
  });
});
