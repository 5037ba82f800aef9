import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocumentPath } from '../../main/app/sample-project.ts';
import { launchChromium } from '../support/browser.ts';
import { runCli } from '../support/run-cli.ts';
import { REPO_ROOT, startServe, type ServeProcess } from '../support/serve.ts';

// The economics panel shows the figures the CLI prints for the same phase, and draws the year's load.
describe('economics panel', () => {
  let serve: ServeProcess;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    serve = await startServe();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await serve?.stop();
  });

  it("shows the CLI's headline figures for Phase 1 and draws the load chart", async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(serve.url);
    await page.waitForSelector('[data-testid=total-it]');
    await page.selectOption('[data-testid=scenario]', 'sc-phase1');
    await page.click('[data-testid=economics-tab]');
    await page.waitForSelector('[data-testid=load-chart] canvas');
    const today = new Date().toISOString().slice(0, 10);
    const cli = JSON.parse((await runCli(['economics', sampleDocumentPath(), '--scenario', 'sc-phase1', '--format', 'json', '--as-of', today])).out);
    const millions = (usd: number) => `${usd < 0 ? '-' : ''}$${(Math.abs(usd) / 1e6).toFixed(2)} M`;
    expect(await page.textContent('[data-testid=econ-capex]')).toBe(millions(cli.summary.capexUsd));
    expect(await page.textContent('[data-testid=econ-npv]')).toContain(`${(Math.abs(cli.summary.npvUsd) / 1e6).toFixed(2)} M`);
    expect(await page.locator('[data-testid=cash-flows] tbody tr').count()).toBe(cli.cashFlows.length);
    // Something is drawn: the chart's canvas holds pixels of the AI series' colour.
    const blue = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid=load-chart] canvas') as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 120 && data[i + 1]! > 120 && data[i + 2]! > 200) n += 1;
      return n;
    });
    expect(blue).toBeGreaterThan(1000);
    mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'economics-panel.png') });
    await page.close();
  });
});
