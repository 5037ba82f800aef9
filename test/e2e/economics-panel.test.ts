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

async function commitField(page: Page, input: string, text: string, row = `[data-input=${input}]`): Promise<void> {
  const field = page.locator(`${row} input`);
  await field.fill(text);
  await field.press('Enter');
}

/** The project as the server stores it, once it satisfies `ready` (the save of the last edit has landed). */
async function storedWhen(app: SampleApp, ready: (doc: Awaited<ReturnType<typeof storedProject>>) => boolean) {
  await expect.poll(async () => ready(await storedProject(app.serve))).toBe(true);
  return storedProject(app.serve);
}

/** The year's totals of the load the CLI simulates for the project as stored now. */
async function cliLoadTotals(app: SampleApp) {
  const file = join(tmpdir(), `powerhall-e2e-load-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(await storedProject(app.serve)));
  const { out, err } = await runCli(['load-profile', file, '--scenario', 'sc-phase1', '--format', 'json']);
  expect(err).toBe('');
  return JSON.parse(out).totals as { aiMwh: number; miningMwh: number; curtailedMwh: number };
}

/** The monthly table's year row: AI, mining and curtailed MWh as the panel prints them. */
async function panelYear(page: Page) {
  const cells = await page.locator('[data-testid=monthly-energy] .econ-total td').allTextContents();
  return { ai: cells[1], mining: cells[2], curtailed: cells[3] };
}

const mwh = (n: number) => Math.round(n).toLocaleString('en-US');

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
    // A week of the schedule is written as the Compare tab writes it ('week 66', not 'wk 66', which is a duration).
    expect(await page.textContent('[data-testid=econ-weeks]')).toMatch(/^week \d+ \/ \d+$/);
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

  it('draws the load charts as wide as the panel, and follows the panel when it is resized', async () => {
    const { page } = app;
    // The charts were a fixed 560 px, 9 px wider than the default panel's body, which then scrolled sideways.
    const fit = () =>
      page.evaluate(() => {
        const body = document.querySelector('.tab-body')!;
        const canvas = (id: string) => document.querySelector(`[data-testid=${id}] .uplot`)!.getBoundingClientRect().width;
        return { overflow: body.scrollWidth - body.clientWidth, load: canvas('load-chart'), duration: canvas('load-duration-chart'), slot: document.querySelector('[data-testid=load-chart]')!.clientWidth };
      });
    const before = await fit();
    expect(before.overflow).toBe(0);
    expect(before.load).toBe(before.slot);
    expect(before.duration).toBe(before.slot);
    const edge = (await page.locator('[data-testid=side-resizer]').boundingBox())!;
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
    await page.mouse.down();
    await page.mouse.move(edge.x - 120, edge.y + edge.height / 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction((w) => document.querySelector('[data-testid=load-chart] .uplot')!.getBoundingClientRect().width > w, before.load);
    const after = await fit();
    expect(after.overflow).toBe(0);
    expect(after.load).toBe(after.slot);
    expect(after.load).toBeGreaterThan(before.load + 100);
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

  it('switches the revenue to GPU hours in one undoable step, asks for each figure without a public default, and costs once they are entered', async () => {
    const { page, ed } = app;
    const leaseNpv = await page.textContent('[data-testid=econ-npv]');
    await page.selectOption('[data-testid=econ-revenue-kind]', 'gpu-hours');
    const waiting = await storedWhen(app, (d) => d.economics!.find((e) => e.scenarioId === 'sc-phase1')!.inputs.revenue.kind === 'gpu-hours');
    expect(waiting.economics!.find((e) => e.scenarioId === 'sc-phase1')!.inputs.revenue).toEqual({
      kind: 'gpu-hours', usdPerGpuHour: null, gpusPerMwIt: 72 / 0.132, gpuUtilisationPct: null, gpuCapexUsdPerGpu: null, gpuDepreciationYears: null, operatingYears: null,
    });
    const problems = await page.textContent('[data-testid=econ-problems]');
    for (const field of ['GPU-hour price ($/GPU-hour)', 'GPU hours sold (fraction of hours, 0–1)', 'GPU server capex', 'GPU depreciation (years)', 'Operating period (years from first power)']) {
      expect(problems).toContain(`${field}`);
    }
    expect(await page.locator('[data-testid=econ-npv]').count()).toBe(0);
    expect(await page.locator('tr.to-enter').count()).toBe(5);

    // One step: undo puts the lease back (its NPV), redo the GPU hours.
    await ed.key('Control+z');
    await page.waitForFunction((prev) => document.querySelector('[data-testid=econ-npv]')?.textContent === prev, leaseNpv);
    await ed.key('Control+Shift+z');
    await page.waitForSelector('[data-testid=econ-problems]');

    for (const [input, value] of [['usdPerGpuHour', '2.5'], ['gpuUtilisationPct', '0.7'], ['gpuCapexUsdPerGpu', '40000'], ['gpuDepreciationYears', '5'], ['operatingYears', '10']] as const) {
      await commitField(page, input, value);
    }
    await page.waitForSelector('[data-testid=econ-npv]');
    const stored = await storedWhen(app, (d) => (d.economics!.find((e) => e.scenarioId === 'sc-phase1')!.inputs.revenue as { operatingYears?: number | null }).operatingYears === 10);
    expect(stored.economics!.find((e) => e.scenarioId === 'sc-phase1')!.inputs.revenue).toMatchObject({ kind: 'gpu-hours', usdPerGpuHour: 2.5, gpuUtilisationPct: 0.7, gpuCapexUsdPerGpu: 40000, gpuDepreciationYears: 5, operatingYears: 10 });
    const cli = await cliEconomics(app);
    expect(await page.textContent('[data-testid=econ-npv]')).toContain(millions(cli.summary.npvUsd));
    expect(await page.textContent('[data-testid=econ-npv]')).not.toBe(leaseNpv);
  });

  it("edits a hall's AI profile on its hall record, and the AI energy and NPV follow as the CLI says", async () => {
    const { page } = app;
    const hall = '[data-hall-profile=hall-b3-ai]';
    const before = await panelYear(page);
    const npvBefore = await page.textContent('[data-testid=econ-npv]');
    await page.selectOption(`${hall} [data-testid=hall-profile-kind]`, 'inference');
    await storedWhen(app, (d) => d.halls.find((h) => h.id === 'hall-b3-ai')!.aiProfile?.kind === 'inference');
    await commitField(page, '', '0.6', `${hall} [data-profile-input=troughUtilisationPct]`);
    const stored = await storedWhen(app, (d) => {
      const p = d.halls.find((h) => h.id === 'hall-b3-ai')!.aiProfile;
      return p?.kind === 'inference' && p.troughUtilisationPct === 0.6;
    });
    expect(stored.halls.find((h) => h.id === 'hall-b3-ai')!.aiProfile).toEqual({ kind: 'inference', peakUtilisationPct: 0.85, troughUtilisationPct: 0.6, peakHourOfDay: 14, weekendPct: 0.85 });
    const totals = await cliLoadTotals(app);
    await page.waitForFunction((prev) => document.querySelector('[data-testid=econ-npv]')?.textContent !== prev, npvBefore);
    const after = await panelYear(page);
    expect(after.ai).toBe(mwh(totals.aiMwh));
    expect(after.ai).not.toBe(before.ai);
    expect(await page.textContent('[data-testid=econ-npv]')).toContain(millions((await cliEconomics(app)).summary.npvUsd));

    // A trough above its peak is a valid number but not a curve: the panel says why, in the hall's words, and costs nothing.
    await commitField(page, '', '0.95', `${hall} [data-profile-input=troughUtilisationPct]`);
    expect(await page.textContent('[data-testid=econ-problems]')).toContain('Inference trough utilisation (fraction of the hall IT MW, 0–1) of hall Building 3 (AI hall) must not exceed its peak utilisation');
    await commitField(page, '', '0.6', `${hall} [data-profile-input=troughUtilisationPct]`);
    await page.waitForSelector('[data-testid=econ-npv]');
  });

  it('adds, edits and removes a demand-response event in the economics record; the curtailed mining follows as the CLI says', async () => {
    const { page } = app;
    const before = await panelYear(page);
    expect(before.curtailed).toBe('0');
    await page.click('[data-testid=dr-add]');
    await storedWhen(app, (d) => (d.economics!.find((e) => e.scenarioId === 'sc-phase1')!.inputs.demandResponse ?? []).length === 1);
    await commitField(page, '', '12', '[data-dr-event="0"] [data-dr-input=hours]');
    const stored = await storedWhen(app, (d) => d.economics!.find((e) => e.scenarioId === 'sc-phase1')!.inputs.demandResponse?.[0]?.hours === 12);
    expect(stored.economics!.find((e) => e.scenarioId === 'sc-phase1')!.inputs.demandResponse).toEqual([{ startHour: 207 * 24 + 16, hours: 12, miningMaxMw: 0 }]);
    expect(await page.textContent('[data-dr-event="0"] .dr-when')).toBe('27 Jul 16:00');
    const totals = await cliLoadTotals(app);
    // The sample's 13.824 MW of mining kept is off for the event's 12 hours: 165.888 MWh curtailed.
    expect(totals.curtailedMwh).toBeCloseTo(13.824 * 12, 6);
    await page.waitForFunction((want) => document.querySelectorAll('[data-testid=monthly-energy] .econ-total td')[3]?.textContent === want, mwh(totals.curtailedMwh));
    expect((await panelYear(page)).mining).toBe(mwh(totals.miningMwh));

    await page.click('[data-dr-event="0"] [data-testid=dr-remove]');
    await storedWhen(app, (d) => (d.economics!.find((e) => e.scenarioId === 'sc-phase1')!.inputs.demandResponse ?? []).length === 0);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=monthly-energy] .econ-total td')[3]?.textContent === '0');
  });
});
