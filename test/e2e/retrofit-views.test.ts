import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetrofitReport } from '../../shared/analysis/retrofit/index.ts';
import { runCli } from '../support/run-cli.ts';
import { REPO_ROOT } from '../support/serve.ts';
import { storedProject } from './editor-page.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';

// The retrofit views in the real renderer: the Compare tab shows what `powerhall retrofit` prints for the same file,
// the 3D view takes the disposition colours, the Gantt chart draws the schedule's tasks and critical path, and the
// Site tab's edits reach the stored project.
describe('retrofit views', () => {
  let app: SampleApp;
  let cli: RetrofitReport;
  beforeAll(async () => {
    app = await openSampleApp();
    // The CLI reads the very project the app has open: the stored document, written out as interchange JSON.
    const file = join(mkdtempSync(join(tmpdir(), 'retrofit-views-')), 'stored.json');
    writeFileSync(file, JSON.stringify(await storedProject(app.serve)));
    const today = new Date().toISOString().slice(0, 10);
    const run = await runCli(['retrofit', file, '--format', 'json', '--as-of', today]);
    expect(run.code, run.err).toBe(0);
    cli = JSON.parse(run.out) as RetrofitReport;
  });
  afterAll(() => closeSampleApp(app));

  const shoot = async (name: string) => {
    mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
    for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
      await app.page.setViewportSize({ width, height });
      await app.page.screenshot({ path: join(REPO_ROOT, 'test-results', `retrofit-${name}-${width}.png`) });
    }
    await app.page.setViewportSize({ width: 1600, height: 900 });
  };

  it("shows the CLI's compare: the default pair, the summary and the upgrade bill by system", async () => {
    const { page } = app;
    await page.click('[data-testid=compare-tab]');
    // The open scenario (As-is mining) names no baseline, so the compare opens on the last one that does.
    expect(await page.inputValue('[data-testid=compare-target]')).toBe(cli.target.id);
    expect(await page.inputValue('[data-testid=compare-baseline]')).toBe(cli.baseline.id);
    const figures = {
      'cmp-new-build': cli.summary.targetNewBuildCapexUsd,
      'cmp-credited': cli.summary.creditedUsd,
      'cmp-removal': cli.summary.removalUsd,
      'cmp-delta': cli.summary.deltaCapexUsd,
      'cmp-landlord-upgrade': cli.summary.deltaLandlordUsdPerMwIt,
      'cmp-landlord-new': cli.summary.newBuildLandlordUsdPerMwIt,
      'cmp-first-power': cli.summary.firstPowerWeeks,
      'cmp-full-power': cli.summary.fullPowerWeeks,
    };
    for (const [id, value] of Object.entries(figures)) expect(Number(await page.getAttribute(`[data-testid=${id}]`, 'data-value')), id).toBe(value);
    expect(await page.textContent('[data-testid=cmp-first-power]')).toBe(`week ${cli.summary.firstPowerWeeks}`);
    // Each system's upgrade cost is the sum of the CLI's lines of that category.
    const systems = await page.locator('[data-testid=compare-system]').evaluateAll((rows) =>
      rows.map((r) => [(r as HTMLElement).dataset.category!, Number((r.querySelector('[data-testid=compare-system-delta]') as HTMLElement).dataset.value)] as const),
    );
    const categories = [...new Set(cli.lines.map((l) => l.category))];
    expect(systems.map(([c]) => c).sort()).toEqual(categories.sort());
    for (const [category, usd] of systems) expect(usd, category).toBe(Math.round(cli.lines.filter((l) => l.category === category).reduce((s, l) => s + l.totalUsd, 0)));
    // A row per catalog item (a line without one: per its words) and unit: kept units named by their records join their item's row.
    const items = new Set(cli.lines.map((l) => `${l.category}|${l.catalogId ?? l.item}|${l.unit}`));
    expect(await page.locator('[data-testid=compare-row]').count()).toBeGreaterThanOrEqual(items.size);
    // Nothing is cut off at the right: the table fits the panel at the narrowest window.
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await page.locator('.tab-body').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1600, height: 900 });
    await shoot('bill');
  });

  it('colours the 3D view by disposition', async () => {
    const { page, ed } = app;
    const opened = await ed.frames();
    await page.selectOption('[data-testid=scenario]', cli.target.id);
    await ed.rendered(opened);
    expect(await page.inputValue('[data-testid=color-mode]')).toBe('kw');
    // Pixels by hue: the GB200 racks are orange by kW (80-150 kW band); by disposition a unit or rack the phase buys
    // is green and one it keeps is blue.
    const hues = () =>
      page.evaluate(() => {
        const canvas = document.querySelector('[data-testid=viewport-canvas]') as HTMLCanvasElement;
        const probe = document.createElement('canvas');
        probe.width = canvas.width;
        probe.height = canvas.height;
        const ctx = probe.getContext('2d')!;
        ctx.drawImage(canvas, 0, 0);
        const d = ctx.getImageData(0, 0, probe.width, probe.height).data;
        let green = 0;
        let blue = 0;
        let orange = 0;
        for (let i = 0; i < d.length; i += 4) {
          const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!];
          if (g > 90 && g > 1.3 * r && g > 1.2 * b) green++;
          if (b > 120 && b > 1.3 * r && b > 1.05 * g) blue++;
          if (r > 120 && r > 1.4 * g && g > 1.4 * b) orange++;
        }
        return { green, blue, orange };
      });
    const before = await hues();
    const frames = await ed.frames();
    await page.selectOption('[data-testid=color-mode]', 'disposition');
    await ed.rendered(frames);
    const after = await hues();
    expect(before.orange).toBeGreaterThan(1000);
    expect(after.orange).toBeLessThan(before.orange / 10);
    expect(after.green + after.blue).toBeGreaterThan(before.green + before.blue + before.orange / 2);
    expect(await page.textContent('[data-testid=legend]')).toContain('Retrofit disposition');
  });

  it('draws a kept unit deleted from the target as a ghost where it stood, and bills its removal', async () => {
    const { page, ed } = app;
    const kept = cli.assets.find((a) => a.disposition === 'existing' && a.kind !== 'substation')!;
    // Red pixels (the lines' colours reach the screen lighter): removed units' ghost outlines; error check outlines
    // share the colour, so only the increase counts.
    const red = () =>
      page.evaluate(() => {
        const canvas = document.querySelector('[data-testid=viewport-canvas]') as HTMLCanvasElement;
        const probe = document.createElement('canvas');
        probe.width = canvas.width;
        probe.height = canvas.height;
        const ctx = probe.getContext('2d')!;
        ctx.drawImage(canvas, 0, 0);
        const d = ctx.getImageData(0, 0, probe.width, probe.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! > 200 && d[i]! > 1.3 * d[i + 1]! && d[i]! > 1.3 * d[i + 2]!) n++;
        return n;
      });
    await page.selectOption('[data-testid=scenario]', cli.target.id);
    await page.selectOption('[data-testid=color-mode]', 'disposition');
    await page.click('[data-testid=compare-tab]');
    await page.click('[data-testid=compare-view-assets]');
    await page.locator('[data-testid=compare-asset]', { hasText: kept.name }).first().click();
    await ed.key('Shift+F');
    await page.waitForTimeout(200);
    const before = await red();
    let frames = await ed.frames();
    await ed.key('Delete');
    await ed.rendered(frames);
    await expect.poll(red).toBeGreaterThan(before + 30);
    expect(Number(await page.getAttribute('[data-testid=cmp-removal]', 'data-value'))).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid=compare-asset]', { hasText: kept.name }).first().textContent()).toContain('retire');
    await shoot('ghost');
    frames = await ed.frames();
    await ed.key('Control+z');
    await ed.rendered(frames);
    await expect.poll(() => page.getAttribute('[data-testid=cmp-removal]', 'data-value')).toBe(String(cli.summary.removalUsd));
  });

  it("draws the schedule's tasks and critical path as a Gantt chart, and the scorecard as a table", async () => {
    const { page } = app;
    await page.click('[data-testid=compare-view-schedule]');
    await page.waitForSelector('[data-testid=gantt]');
    const drawn = await page.locator('[data-testid=gantt-task]').evaluateAll((gs) => gs.map((g) => [(g as SVGElement).dataset.task!, (g as SVGElement).dataset.critical === 'yes'] as const));
    expect(drawn).toEqual(cli.schedule.tasks.map((t) => [t.id, t.critical]));
    expect(drawn.filter(([, critical]) => critical).length).toBeGreaterThan(0);
    const milestones = await page.locator('[data-testid=gantt-milestone] text').allTextContents();
    expect(milestones.sort()).toEqual([`First MW · week ${cli.summary.firstPowerWeeks}`, `Full load · week ${cli.summary.fullPowerWeeks}`].sort());
    // Every bar lies inside the chart, and no two task labels overlap.
    const boxes = await page.locator('[data-testid=gantt-task] text').evaluateAll((ts) => ts.map((t) => (t as SVGTextElement).getBBox()).map((b) => [b.x, b.y, b.width, b.height]));
    const svg = (await page.locator('[data-testid=gantt]').boundingBox())!;
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]![1]!).toBeGreaterThanOrEqual(boxes[i - 1]![1]! + boxes[i - 1]![3]! - 1);
    for (const [x, , w] of boxes) expect(x! + w!).toBeLessThan(210);
    const body = (await page.locator('.tab-body').boundingBox())!;
    expect(svg.x + svg.width).toBeLessThanOrEqual(body.x + body.width);
    await shoot('schedule');
    await page.click('[data-testid=compare-view-readiness]');
    const rows = await page.locator('[data-testid=readiness-row]').allTextContents();
    expect(rows).toHaveLength(cli.readiness.length);
    cli.readiness.forEach((f, i) => {
      expect(rows[i]).toContain(f.factor);
      expect(rows[i]!.includes('blocking')).toBe(f.blocking);
    });
  });

  it("shows a unit's disposition and reason in the inspector", async () => {
    const { page } = app;
    await page.click('[data-testid=compare-view-assets]');
    expect(await page.locator('[data-testid=compare-asset]').count()).toBe(cli.assets.length);
    const asset = cli.assets.find((a) => a.kind === 'cdu')!;
    await page.locator('[data-testid=compare-asset]', { hasText: asset.name }).first().click();
    await page.click('.tabs button:has-text("Inspector")');
    expect(await page.getAttribute('[data-testid=disposition-value]', 'data-disposition')).toBe(asset.disposition);
    expect(await page.textContent('[data-testid=disposition-section]')).toContain(asset.reason);
  });

  it('edits the site as built in the Site tab, and stores only whole valid values', async () => {
    const { page, ed, serve } = app;
    await page.click('[data-testid=site-tab]');
    const age = page.locator('[data-testid=site-substation] input[data-field=ageYears]').first();
    await age.fill('12');
    await age.press('Enter');
    await ed.saved();
    expect((await storedProject(serve)).substations?.[0]?.ageYears).toBe(12);
    await age.fill('-3');
    await age.press('Enter');
    await expect.poll(() => page.locator('[data-testid=site-substation] [role=alert]').first().textContent()).toContain('Age');
    await age.blur();
    await page.selectOption('[data-testid=site-interconnect] select[data-field=status]', 'queued');
    await ed.saved();
    // A record of the site as built that hangs under a hall: the open scenario's hall construction.
    const roof = page.locator('[data-testid=site-hallConstruction] .site-record').first();
    const roofId = await roof.getAttribute('data-record');
    await roof.locator('input[data-field=roofLoadKgPerM2]').fill('42.5');
    await roof.locator('input[data-field=roofLoadKgPerM2]').press('Enter');
    await ed.saved();
    const stored = await storedProject(serve);
    expect(stored.substations?.[0]?.ageYears).toBe(12);
    expect(stored.interconnects?.[0]?.status).toBe('queued');
    expect(stored.hallConstructions?.find((h) => h.id === roofId)?.roofLoadKgPerM2).toBe(42.5);
    await shoot('site');
  });
});
