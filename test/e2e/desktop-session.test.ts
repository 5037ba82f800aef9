import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CameraView } from '../../renderer/editor/session-memory.ts';
import type { ServeProcess } from '../support/serve.ts';
import { storedProject, type EditorPage } from './editor-page.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';

const MINING = 'sc-mining';
const AI = 'sc-phase1';

interface CameraWindow {
  powerhallViewport: { cameraView(): CameraView; stats(): { projection: string } };
}

const camera = (page: Page) => page.evaluate(() => (window as unknown as CameraWindow).powerhallViewport.cameraView());

/** Two cameras are the same place (numbers through JSON and three.js's float maths); zoom and scale are the plan's. */
function expectSameCamera(actual: CameraView, expected: CameraView): void {
  expect(actual.projection).toBe(expected.projection);
  for (const key of ['position', 'target'] as const) actual[key].forEach((v, i) => expect(v).toBeCloseTo(expected[key][i]!, 3));
  if (expected.projection !== 'plan') return;
  expect(actual.zoom).toBeCloseTo(expected.zoom, 4);
  expect(actual.planHalfHeight).toBeCloseTo(expected.planHalfHeight, 3);
}

describe('the view comes back after a reload (Chromium, browser mode, stored project)', () => {
  let serve: ServeProcess;
  let app: SampleApp | undefined;
  let page: Page;
  let ed: EditorPage;

  beforeAll(async () => {
    app = await openSampleApp();
    ({ serve, page, ed } = app);
  });
  afterAll(() => closeSampleApp(app));

  it('the last scenario, its plan view and camera, the colour mode, and the other scenario camera; nothing in the project or undo', async () => {
    const before = await storedProject(serve);
    const canvas = page.getByTestId('viewport-canvas');
    const box = (await canvas.boundingBox())!;

    // The mining scenario, orbited a little in 3D.
    expect(await page.inputValue('[data-testid=scenario]')).toBe(MINING);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await camera(page)).projection).toBe('perspective');
    const miningCamera = await camera(page);

    // Phase 1 in plan, zoomed in off-centre, coloured by feed.
    await page.selectOption('[data-testid=scenario]', AI);
    await ed.planView();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
    await page.mouse.wheel(0, -600);
    await page.selectOption('[data-testid=color-mode]', 'feed');
    await expect.poll(async () => (await camera(page)).zoom).toBeGreaterThan(1);
    const aiCamera = await camera(page);
    expect(aiCamera.projection).toBe('plan');

    // Going back to a scenario puts its own camera back.
    await page.selectOption('[data-testid=scenario]', MINING);
    expectSameCamera(await camera(page), miningCamera);
    await page.selectOption('[data-testid=scenario]', AI);
    expectSameCamera(await camera(page), aiCamera);

    await page.reload();
    await page.waitForSelector('[data-testid=total-it]');
    await expect.poll(() => page.inputValue('[data-testid=scenario]')).toBe(AI);
    expect(await page.inputValue('[data-testid=color-mode]')).toBe('feed');
    await expect.poll(async () => (await camera(page)).projection).toBe('plan');
    expectSameCamera(await camera(page), aiCamera);
    await page.selectOption('[data-testid=scenario]', MINING);
    expectSameCamera(await camera(page), miningCamera);

    // Session state only: the stored project is as it was and there is nothing to undo.
    expect(await storedProject(serve)).toEqual(before);
    expect(await page.locator('[data-action="history.undo"]').isDisabled()).toBe(true);
  });
});
