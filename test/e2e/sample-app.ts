import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startServe, type ServeProcess } from '../support/serve.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';
import { EditorPage, storedProject } from './editor-page.ts';

export interface SampleApp {
  readonly serve: ServeProcess;
  readonly chromium: Awaited<ReturnType<typeof launchChromium>>;
  readonly browser: Browser;
  readonly page: Page;
  readonly ed: EditorPage;
}

/** The real `serve` on its own copy of the sample, opened in Chromium at 1600 × 900 and drawn. */
export async function openSampleApp(): Promise<SampleApp> {
  const serve = await startServe();
  const chromium = await launchChromium();
  const page = await chromium.browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.goto(serve.url);
  await page.waitForSelector('[data-testid=total-it]');
  return { serve, chromium, browser: chromium.browser, page, ed: new EditorPage(page) };
}

/** Closes the browser and stops the server, whatever of them was started. */
export async function closeSampleApp(app: Partial<SampleApp> | undefined): Promise<void> {
  await app?.chromium?.close();
  await app?.serve?.stop();
}

/** The project as the server stored it once the app has saved its edits: what the e2e tests check the screen against. */
export async function storedAfterSave(app: Pick<SampleApp, 'ed' | 'serve'>): Promise<ProjectDocument> {
  await app.ed.saved();
  return storedProject(app.serve);
}
