import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocumentPath } from '../../main/app/sample-project.ts';
import { runCli } from '../support/run-cli.ts';
import { REPO_ROOT } from '../support/serve.ts';
import { storedProject } from './editor-page.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';

// The economics panel shows the figures the CLI prints for the same phase, draws its charts, and edits the
// scenario's stored inputs: the record the server keeps and the headline NPV follow, as the CLI's does.

const millions = (usd: number) => `${(Math.abs(usd) / 1e6).toFixed(2)} M`;

/** Pixels of a colour family in a chart: a canvas read directly, an SVG drawn into a canvas first. */
async function chartPixels(page: Page, selector: string, kind: 'blue' | 'orange' | 'red' | 'green'): Promise<number> {
  return page.evaluate(
    async ([sel, want]) => {
      const el = document.querySelector(sel)!;
      let canvas = el.querySelector('canvas');
      if (!canvas) {
        const svg = el.querySelector('svg')!;
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
        await image.decode();
        canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        canvas.getContext('2d')!.drawImage(image, 0, 0);
      }
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const tests: Record<string, (r: number, g: number, b: number) => boolean> = {
        blue: (r, g, b) => r < 120 && g > 120 && b > 200,
        orange: (r, g, b) => r > 180 && g > 120 && g < 190 && b < 90,
        red: (r, g, b) => r > 190 && g < 140 && b < 130,
        green: (r, g, b) => r < 140 && g > 160 && b < 160,
      };
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (tests[want]!(data[i]!, data[i + 1]!, data[i + 2]!)) n += 1;
      return n;
    },
    [selector, kind] as const,
  );
}

/** The economics JSON the CLI prints for a project as the server stores it now. */
async function cliEconomics(app: SampleApp) {
  const file = join(tmpdir(), `powerhall-e2e-econ-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(await storedProject(app.serve)));
  const today = new Date().toISOString().slice(0, 10);
  const { out, err } = await runCli(['economics', file, '--scenario', 'sc-phase1', '--format', 'json', '--as-of', today]);
  expect(err).toBe('');
  return JSON.parse(out);
}

async function commitField(page: Page, input: string, text: string): Promise<void> {
  const field = page.locator(`[data-input=${input}] input`);
  await field.fill(text);
  await field.press('Enter');
}

describe('economics panel', () => {
  let app: SampleApp;
  beforeAll(async () => {
    app = await openSampleApp();
    await app.page.selectOption('[data-testid=scenario]', 'sc-phase1');
    await app.page.click('[data-testid=economics-tab]');
    await app.page.waitForSelector('[data-testid=load-chart] canvas');
  });
  afterAll(() => closeSampleApp(app));

  it("shows the CLI's headline figures for Phase 1 on its stored inputs and draws every chart", async () => {
    const { page } = app;
    const today = new Date().toISOString().slice(0, 10);
    const cli = JSON.parse((await runCli(['economics', sampleDocumentPath(), '--scenario', 'sc-phase1', '--format', 'json', '--as-of', today])).out);
    expect(await page.textContent('[data-testid=econ-capex]')).toBe(`$${millions(cli.summary.capexUsd)}`);
    expect(await page.textContent('[data-testid=econ-npv]')).toContain(millions(cli.summary.npvUsd));
    expect(await page.locator('[data-testid=cash-flows] tbody tr').count()).toBe(cli.cashFlows.length);
    expect(await page.locator('[data-testid=monthly-energy] tbody tr').count()).toBe(13);
    expect(await page.inputValue('[data-input=leaseUsdPerKwMonth] input')).toBe('131.72');
    expect(await chartPixels(page, '[data-testid=load-chart]', 'blue')).toBeGreaterThan(1000);
    expect(await chartPixels(page, '[data-testid=load-duration-chart]', 'orange')).toBeGreaterThan(1000);
    expect(await chartPixels(page, '[data-testid=tornado]', 'red')).toBeGreaterThan(300);
    expect(await chartPixels(page, '[data-testid=tornado]', 'green')).toBeGreaterThan(300);
    expect(await chartPixels(page, '[data-testid=valuation-bridge]', 'green')).toBeGreaterThan(1000);
    for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await page.locator('[data-testid=tornado]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(REPO_ROOT, 'test-results', `economics-panel-${width}.png`) });
    }
  });

  it('stores an edited input in the scenario record, and the headline NPV moves as the CLI says', async () => {
    const { page, ed } = app;
    const before = await page.textContent('[data-testid=econ-npv]');
    await commitField(page, 'powerUsdPerKwh', '0.06');
    await ed.saved();
    const stored = (await storedProject(app.serve)).economics!.find((e) => e.scenarioId === 'sc-phase1')!;
    expect(stored.inputs.power).toEqual({ kind: 'flat', usdPerKwh: 0.06 });
    const cli = await cliEconomics(app);
    await page.waitForFunction((prev) => document.querySelector('[data-testid=econ-npv]')?.textContent !== prev, before);
    expect(await page.textContent('[data-testid=econ-npv]')).toContain(millions(cli.summary.npvUsd));
  });

  it('refuses bad inputs with messages naming the field, and writes none of them', async () => {
    const { page } = app;
    const errorOf = (input: string) => page.locator(`[data-input=${input}] [role=alert]`).textContent();
    await commitField(page, 'powerUsdPerKwh', '-0.01');
    expect(await errorOf('powerUsdPerKwh')).toMatch(/^Power price must be 0–10/);
    await commitField(page, 'rampPctOfFleetPerHour', '0');
    expect(await errorOf('rampPctOfFleetPerHour')).toMatch(/^Mining ramp rate must be more than 0 and at most 1/);
    await commitField(page, 'leaseTermYears', '5');
    expect(await errorOf('leaseTermYears')).toMatch(/Debt tenor \(years\) must not be longer than the lease term \(5 years\)/);
    await page.setInputFiles('[data-testid=econ-price-csv]', { name: 'prices.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
    expect(await page.textContent('[data-testid=econ-price-error]')).toMatch(/prices\.csv: The price CSV is empty/);
    const stored = (await storedProject(app.serve)).economics!.find((e) => e.scenarioId === 'sc-phase1')!;
    expect(stored.inputs.power).toEqual({ kind: 'flat', usdPerKwh: 0.06 });
    expect(stored.inputs.revenue).toMatchObject({ leaseTermYears: 10 });
    expect(stored.inputs.mining.rampPctOfFleetPerHour).toBe(1);
    for (const input of ['powerUsdPerKwh', 'rampPctOfFleetPerHour', 'leaseTermYears']) await page.locator(`[data-input=${input}] input`).press('Escape');
  });

  it('imports an hourly price series from CSV into the record, and the NPV follows as the CLI says', async () => {
    const { page, ed } = app;
    // $30/MWh at night, $70/MWh from 08:00 to 20:00 (a $50 average, below the $60 flat price set above): a header and 8,760 prices.
    const csv = ['hour,price_usd_per_mwh', ...Array.from({ length: 8760 }, (_, h) => `${h},${h % 24 >= 8 && h % 24 < 20 ? 70 : 30}`)].join('\n');
    const before = await page.textContent('[data-testid=econ-npv]');
    await page.setInputFiles('[data-testid=econ-price-csv]', { name: 'prices.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForFunction(() => document.querySelector('.econ-price')?.textContent?.includes('8,760 hourly prices imported'));
    await ed.saved();
    const stored = (await storedProject(app.serve)).economics!.find((e) => e.scenarioId === 'sc-phase1')!;
    expect(stored.inputs.power.kind).toBe('hourly');
    if (stored.inputs.power.kind === 'hourly') expect(stored.inputs.power.usdPerMwhByHour.slice(6, 10)).toEqual([30, 30, 70, 70]);
    await page.waitForFunction((prev) => document.querySelector('[data-testid=econ-npv]')?.textContent !== prev, before);
    expect(await page.textContent('[data-testid=econ-npv]')).toContain(millions((await cliEconomics(app)).summary.npvUsd));
  });
});
