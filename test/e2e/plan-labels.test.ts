import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioReport } from '../../shared/analysis/index.ts';
import type { FloorBox } from '../../shared/geometry/floor-box.ts';
import type { ScenarioId } from '../../shared/model/index.ts';
import type { ServeProcess } from '../support/serve.ts';
import { serverApi } from './editor-page.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';

// The sample opens on "As-is mining" (sc-mining): Buildings 1 and 2 with rows M1…M4, Building 3 with M1…M8, rows
// 1.2 m deep every 2.6 m; "Phase 1 AI hall" (sc-phase1) has GB200 rows in pairs 1.2 m apart and loop labels.
interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface ViewportWindow {
  powerhallViewport: { project(p: { x: number; y: number }, height?: number): { x: number; y: number } };
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, b: Box) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

/** The scenario's report as the server computes it (the placement the viewport draws), through the API. */
async function reportOf(serve: ServeProcess, scenarioId: string): Promise<ScenarioReport> {
  return serverApi(serve).bill.compute({ scenarioId: scenarioId as ScenarioId });
}

/** Floor boxes as the page projects them: the screen rectangle of each (the plan is seen straight from above). */
async function onScreen(page: Page, boxes: readonly { name: string; box: FloorBox }[]): Promise<(Box & { name: string })[]> {
  return page.evaluate((items) => {
    const vp = (window as unknown as ViewportWindow).powerhallViewport;
    return items.map(({ name, box: b }) => {
      const quarter = b.rotation % 180 !== 0;
      const hw = (quarter ? b.d : b.w) / 2;
      const hd = (quarter ? b.w : b.d) / 2;
      const a = vp.project({ x: b.x - hw, y: b.y - hd });
      const c = vp.project({ x: b.x + hw, y: b.y + hd });
      return { name, x: Math.min(a.x, c.x), y: Math.min(a.y, c.y), w: Math.abs(c.x - a.x), h: Math.abs(c.y - a.y) };
    });
  }, boxes);
}

/** The labels as drawn: the DOM boxes of the visible label elements. */
async function drawnLabels(page: Page): Promise<(Box & { text: string; kind: string; id: string })[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid=viewport-label]')]
      .filter((el) => el.style.display !== 'none')
      .map((el) => {
        const b = el.getBoundingClientRect();
        return { x: b.left, y: b.top, w: b.width, h: b.height, text: el.textContent ?? '', kind: el.dataset.kind ?? '', id: el.dataset.id ?? '' };
      }),
  );
}

describe('plan view labels never cover a rack row (the sample, Chromium, browser mode)', () => {
  let app: SampleApp | undefined;

  beforeAll(async () => {
    app = await openSampleApp();
  });

  afterAll(() => closeSampleApp(app));

  it('names every hall in the 3D view the sample opens in, at 1280 × 720 (a name is longer than its hall there)', async () => {
    const { page, ed, serve } = app!;
    const frames = await ed.frames();
    await page.setViewportSize({ width: 1280, height: 720 });
    await ed.rendered(frames);
    const halls = (await reportOf(serve, 'sc-mining')).placement.halls.map((h) => h.id).sort();
    await expect.poll(async () => (await drawnLabels(page)).filter((l) => l.kind === 'hall').map((l) => l.id).sort()).toEqual(halls);
  });

  for (const [scenario, mode] of [
    ['sc-mining', 'kw'],
    ['sc-phase1', 'loop'],
  ] as const) {
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      it(`${scenario} in ${mode} colours at ${width} × ${height}: no label on a row or on another label, every hall named, hall names and dimensions outside their hall, at least every other row named`, async () => {
        const { page, ed, serve } = app!;
        await page.setViewportSize({ width, height });
        if ((await page.inputValue('[data-testid=scenario]')) !== scenario) await page.selectOption('[data-testid=scenario]', scenario);
        await page.selectOption('[data-testid=color-mode]', mode);
        await ed.planView();
        const frames = await ed.frames();
        await ed.key('Shift+F');
        await ed.rendered(frames);
        const report = await reportOf(serve, scenario);
        const rows = await onScreen(page, report.placement.rows.map((r) => ({ name: `${r.name} (${r.hallId})`, box: r.box })));
        const halls = await onScreen(page, report.placement.halls.map((h) => ({ name: h.id, box: h.box })));
        const labels = await drawnLabels(page);
        const where = `${scenario} ${width}×${height}`;
        expect(rows.length, where).toBeGreaterThan(10);
        // The rows really are closer together than a label is tall: a name above one would lie on the next.
        expect(Math.min(...rows.map((r) => r.h)), where).toBeLessThan(16);

        for (const l of labels) for (const r of rows) expect(overlap(l, r), `${where}: "${l.text}" on row ${r.name}`).toBe(false);
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!, labels[j]!), `${where}: "${labels[i]!.text}" / "${labels[j]!.text}"`).toBe(false);
        }
        for (const h of halls) {
          const name = labels.find((l) => l.kind === 'hall' && l.id === h.name);
          if (name) expect(overlap(name, h), `${where}: hall name ${name.text} inside its hall`).toBe(false);
          // Each label is wholly inside or wholly outside each hall: none lies across a wall.
          for (const l of labels) expect(!overlap(l, h) || inside(l, h), `${where}: "${l.text}" across the wall of ${h.name}`).toBe(true);
        }
        expect(labels.filter((l) => l.kind === 'hall').length, `${where}: every hall named`).toBe(halls.length);
        const dimensions = labels.filter((l) => l.kind === 'dimension');
        expect(dimensions.length, where).toBeGreaterThanOrEqual(4);
        for (const d of dimensions) for (const h of halls) expect(inside(d, h), `${where}: ${d.text} inside ${h.name}`).toBe(false);

        const named = labels.filter((l) => l.kind === 'row').length;
        expect(named, `${where}: ${named} of ${rows.length} rows named`).toBeGreaterThanOrEqual(Math.ceil(rows.length / 2));
        if (mode === 'loop') expect(labels.some((l) => l.kind.startsWith('group')), where).toBe(true);
      });
    }
  }
});
