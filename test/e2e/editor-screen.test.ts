import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hallToSite, toParent } from '../../shared/geometry/plan.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';
import type { ServeProcess } from '../support/serve.ts';
import { storedProject, type EditorPage } from './editor-page.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';

// The sample's "Phase 1 AI hall" (sc-phase1): in Building 3 (hall-b3-ai), GB200 rows G1A…G5B on loops 1–4 and
// A/B busways per row, two air rows AIR3A/AIR3B on busways 3A/3B and no loop, CDU-01…12; UPS frames in the yard.
const AI = 'sc-phase1';
const HALL = 'hall-b3-ai';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The viewport labels as drawn: the DOM boxes of the visible label elements, and the canvas box. */
async function drawnLabels(page: Page): Promise<{ canvas: Box; labels: (Box & { text: string; kind: string })[] }> {
  return page.evaluate(() => {
    const r = document.querySelector('[data-testid=viewport-canvas]')!.getBoundingClientRect();
    const labels = [...document.querySelectorAll<HTMLElement>('[data-testid=viewport-label]')]
      .filter((el) => el.style.display !== 'none')
      .map((el) => {
        const b = el.getBoundingClientRect();
        return { x: b.left, y: b.top, w: b.width, h: b.height, text: el.textContent ?? '', kind: el.dataset.kind ?? '' };
      });
    return { canvas: { x: r.left, y: r.top, w: r.width, h: r.height }, labels };
  });
}

/** Polls the stored project (through the API) until `ok` holds for it. */
async function storedUntil(serve: ServeProcess, ok: (doc: ProjectDocument) => boolean): Promise<ProjectDocument> {
  for (;;) {
    const doc = await storedProject(serve);
    if (ok(doc)) return doc;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a dense, legible screen: outliner, labels, toolbar, palette (Chromium, browser mode)', () => {
  let serve: ServeProcess;
  let app: SampleApp | undefined;
  let page: Page;
  let ed: EditorPage;

  beforeAll(async () => {
    app = await openSampleApp();
    ({ serve, page, ed } = app);
    const doc = await storedProject(serve);
    const halls = new Set(doc.halls.filter((h) => h.scenarioId === AI).map((h) => h.id));
    const racks = doc.racks.filter((r) => halls.has(doc.rows.find((row) => row.id === r.rowId)!.hallId)).length;
    await page.selectOption('[data-testid=scenario]', AI);
    await ed.waitText('total-racks', racks.toLocaleString('en-US'));
  });

  afterAll(() => closeSampleApp(app));

  const row = (record: string) => page.locator(`[data-testid=outliner-row][data-record="${record}"]`);
  /** Scrolls the outline (it draws only the rows in view) until a record's row is drawn, then puts it at the top. */
  const showInOutline = async (record: string) => {
    const list = page.locator('.outliner-list');
    await list.evaluate((el) => (el.scrollTop = 0));
    while ((await row(record).count()) === 0) {
      const moved = await list.evaluate((el) => {
        const before = el.scrollTop;
        el.scrollTop += 60;
        return el.scrollTop !== before;
      });
      if (!moved) throw new Error(`${record} is not in the outline`);
    }
    await row(record).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  };
  /** A heading of Building 3's outline: rows, loops, feeds or equipment. */
  const heading = (kind: 'rows' | 'loops' | 'feeds' | 'equipment') => page.locator(`[data-testid=outliner-row][data-key="${HALL}:${kind}"]`);

  it('outliner: a click selects and frames; dragging a row onto a loop assigns it in the stored project, one undo step', async () => {
    await heading('equipment').locator('.outline-caret').click();
    const frames = await ed.frames();
    await row('cdu-07').click();
    await page.waitForSelector('[data-testid=outliner-row][data-record="cdu-07"][aria-selected=true]');
    await ed.rendered(frames);
    expect(await ed.inCanvas(56, 33)).toBe(true);

    const original = await storedProject(serve);
    const air = original.rows.find((r) => r.hallId === HALL && r.name === 'AIR3A')!;
    expect(air.coolingLoopId).toBeNull();
    await page.fill('[data-testid=outliner-search]', '');
    await heading('equipment').locator('.outline-caret').click();
    await heading('rows').locator('.outline-caret').click();
    await heading('loops').locator('.outline-caret').click();
    await showInOutline(air.id);
    await row(air.id).dragTo(row('loop-4'));
    const assigned = await storedUntil(serve, (d) => d.rows.find((r) => r.id === air.id)?.coolingLoopId === 'loop-4');
    // Only the row changed: every other row keeps its loop and feeds.
    expect(assigned.rows.filter((r) => r.id !== air.id)).toEqual(original.rows.filter((r) => r.id !== air.id));

    // A B feed goes to the row's B side: G1A moves from Busway G1A-B to Busway 3B.
    const g1a = assigned.rows.find((r) => r.id === 'row-g1a')!;
    expect(g1a.feedBId).toBe('feed-g1a-b');
    await heading('loops').locator('.outline-caret').click();
    await heading('feeds').locator('.outline-caret').click();
    // Both rows are drawn; the drag is dispatched as the browser would (the first drag above is the mouse's own).
    await showInOutline(g1a.id);
    expect(await row('feed-3b').count()).toBe(1);
    await page.evaluate(
      ([from, to]) => {
        const at = (id: string) => document.querySelector(`[data-testid=outliner-row][data-record="${id}"]`)!;
        const data = new DataTransfer();
        at(from!).dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
        at(to!).dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        at(to!).dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [g1a.id, 'feed-3b'],
    );
    const moved = await storedUntil(serve, (d) => d.rows.find((r) => r.id === g1a.id)?.feedBId === 'feed-3b');
    expect(moved.rows.find((r) => r.id === g1a.id)?.feedAId).toBe(g1a.feedAId);

    await ed.key('Control+z');
    await storedUntil(serve, (d) => d.rows.find((r) => r.id === g1a.id)?.feedBId === 'feed-g1a-b');
    await ed.key('Control+z');
    const undone = await storedUntil(serve, (d) => d.rows.find((r) => r.id === air.id)?.coolingLoopId === null);
    expect(undone.rows.find((r) => r.id === air.id)).toEqual(air);
    await page.fill('[data-testid=outliner-search]', '');
  });

  it('labels: at 1280 × 720 and 1920 × 1080, in plan and 3D, in every colour mode, no two overlap and none leaves the viewport', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const projection of ['perspective', 'plan']) {
        const now = await page.evaluate(() => (window as unknown as { powerhallViewport: { stats(): { projection: string } } }).powerhallViewport.stats().projection);
        if (now !== projection) await ed.key('p');
        for (const mode of ['loop', 'feed', 'kw']) {
          await page.selectOption('[data-testid=color-mode]', mode);
          const frames = await ed.frames();
          await ed.key('Shift+F');
          await ed.rendered(frames);
          const { canvas, labels } = await drawnLabels(page);
          const where = `${width}×${height} ${projection} ${mode}`;
          expect(labels.length, where).toBeGreaterThan(8);
          expect(labels.some((l) => l.kind === 'hall'), where).toBe(true);
          if (mode !== 'kw') expect(labels.some((l) => l.kind.startsWith('group')), where).toBe(true);
          for (const l of labels) {
            expect(l.x >= canvas.x && l.y >= canvas.y && l.x + l.w <= canvas.x + canvas.w && l.y + l.h <= canvas.y + canvas.h, `${where}: ${l.text} inside`).toBe(true);
          }
          for (let i = 0; i < labels.length; i++) {
            for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!, labels[j]!), `${where}: ${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
          }
        }
      }
    }
    await page.setViewportSize({ width: 1600, height: 900 });
  });

  it('labels: a loop is selected by a click on its label in the viewport', async () => {
    await page.fill('[data-testid=outliner-search]', '');
    await page.selectOption('[data-testid=color-mode]', 'loop');
    await ed.planView();
    const frames = await ed.frames();
    await ed.key('Shift+F');
    await ed.rendered(frames);
    const loop = (await drawnLabels(page)).labels.find((l) => l.text.startsWith('Loop 2 '))!;
    await page.mouse.click(loop.x + loop.w / 2, loop.y + loop.h / 2);
    await page.waitForSelector('[data-testid=outliner-row][data-record="loop-2"][aria-selected=true]');
  });

  it('busways: in the feed colours a click on a row’s A busway selects that feed', async () => {
    await page.fill('[data-testid=outliner-search]', '');
    await page.selectOption('[data-testid=color-mode]', 'feed');
    await ed.planView();
    const doc = await storedProject(serve);
    const hall = doc.halls.find((h) => h.id === HALL)!;
    const g1a = doc.rows.find((r) => r.id === 'row-g1a')!;
    // Frame the row so that its busways are well apart on screen, then click the middle of the A side's (0.2 m out).
    await row(g1a.id).click();
    await ed.rendered((await ed.frames()) - 1);
    const alongMid = (g1a.slotCount * g1a.slotWidthM) / 2;
    const a = hallToSite(hall, toParent({ x: alongMid, y: -0.2 }, g1a.origin, g1a.rotation));
    await ed.click(a.x, a.y);
    await page.waitForSelector('[data-testid=outliner-row][data-record="feed-g1a-a"][aria-selected=true]');
  });

  it('legend: only the open scenario’s loops and feeds, each name once, and it folds', async () => {
    const doc = await storedProject(serve);
    const halls = new Set(doc.halls.filter((h) => h.scenarioId === AI).map((h) => h.id));
    const entries = () => page.locator('[data-testid=legend] .legend-entry').allTextContents();
    await page.selectOption('[data-testid=color-mode]', 'loop');
    const loops = [...new Set(doc.coolingLoops.filter((l) => halls.has(l.hallId)).map((l) => l.name))];
    expect(await entries()).toEqual([...loops, 'no loop']);
    await page.selectOption('[data-testid=color-mode]', 'feed');
    const feeds = [...new Set(doc.powerFeeds.filter((f) => halls.has(f.hallId) && f.side === 'A').map((f) => f.name))];
    expect(await entries()).toEqual([...feeds, 'no feed']);
    // Other scenarios have loops of the same names: they add no entry.
    expect(doc.coolingLoops.filter((l) => !halls.has(l.hallId)).length).toBeGreaterThan(0);
    await page.click('[data-testid=legend] .legend-title');
    expect(await entries()).toEqual([]);
    await page.click('[data-testid=legend] .legend-title');
    expect((await entries()).length).toBe(feeds.length + 1);
  });

  it('toolbar: one line at 1280 px, every control inside the window', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const boxes = await page.evaluate(() => {
      const bar = document.querySelector('[data-testid=toolbar]')!;
      const all = [...bar.querySelectorAll<HTMLElement>('button, select')].map((el) => el.getBoundingClientRect());
      const b = bar.getBoundingClientRect();
      return { bar: { top: b.top, height: b.height }, controls: all.map((r) => ({ top: r.top, bottom: r.bottom, right: r.right, width: r.width })) };
    });
    expect(boxes.controls.length).toBeGreaterThan(15);
    const tops = new Set(boxes.controls.map((c) => Math.round(c.top)));
    expect([...tops]).toHaveLength(1);
    expect(boxes.bar.height).toBeLessThan(40);
    for (const c of boxes.controls) {
      expect(c.right).toBeLessThanOrEqual(1280);
      expect(c.width).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-testid=toolbar]').textContent()).not.toMatch(/Equip\.|Dup\.|Ren\./);
    await page.setViewportSize({ width: 1600, height: 900 });
  });

  it('command palette: lists exports, scenarios, site and backups, finds by name, and says when nothing matches', async () => {
    await ed.key('Control+k');
    const input = page.locator('#command-palette-input');
    const lines = page.locator('[data-testid=palette-line]');
    for (const [query, expected] of [
      ['export', /XLSX|PDF|DXF/],
      // One 'Show scenario: ' before the name (the palette puts the submenu before the label; it said 'Show: Show scenario: ').
      ['scenario', /^Show scenario: As-is mining/m],
      ['site', /Site: interconnect/],
      ['backups', /Backups and restore/],
    ] as const) {
      await input.fill(query);
      expect((await lines.allTextContents()).join('\n'), query).toMatch(expected);
    }
    await input.fill('zzqx no such thing');
    await page.waitForSelector('[data-testid=palette-empty]');
    expect(await page.textContent('[data-testid=palette-empty]')).toBe('No command and no name in this scenario matches “zzqx no such thing”.');
    expect(await lines.count()).toBe(0);
    await input.fill('CDU-11');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=command-palette]', { state: 'detached' });
    await page.waitForSelector('[data-testid=outliner-row][data-record="cdu-11"][aria-selected=true]');
  });

  it('side panel: resized by its edge and folded away, and both remembered after a reload', async () => {
    const side = page.locator('[data-testid=side-panel]');
    const before = (await side.boundingBox())!;
    const handle = (await page.locator('[data-testid=side-resizer]').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + 200);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2 - 120, handle.y + 200, { steps: 5 });
    await page.mouse.up();
    const wider = (await side.boundingBox())!;
    // The panel follows the pointer (to the pixel: the grab point is within the 6 px handle).
    expect(Math.abs(wider.width - before.width - 120)).toBeLessThanOrEqual(3);
    const canvasBefore = (await page.locator('[data-testid=viewport-canvas]').boundingBox())!.width;
    await page.click('[data-testid=side-hide]');
    await page.waitForSelector('[data-testid=side-panel]', { state: 'hidden' });
    await page.waitForFunction((w) => document.querySelector('[data-testid=viewport-canvas]')!.getBoundingClientRect().width > w + 300, canvasBefore);
    await page.reload();
    await page.waitForSelector('[data-testid=side-show]');
    expect(await side.isHidden()).toBe(true);
    await page.click('[data-testid=side-show]');
    expect(Math.round((await side.boundingBox())!.width)).toBe(Math.round(wider.width));
  });

  it('an empty scenario shows how to start, with the hall tool one click away', async () => {
    expect(await page.locator('[data-testid=empty-scenario]').count()).toBe(0);
    await page.click('[data-testid=scenario-new]');
    await page.fill('[data-testid=name-dialog-input]', 'Empty look');
    await page.keyboard.press('Enter');
    const hint = page.locator('[data-testid=empty-scenario]');
    await hint.waitFor();
    expect(await hint.textContent()).toMatch(/This scenario is empty.*Draw a hall/);
    await hint.locator('button', { hasText: 'Draw a hall' }).click();
    expect(await page.getAttribute('[data-action="tool.hall"]', 'aria-pressed')).toBe('true');
    await ed.key('Control+z');
    await hint.waitFor({ state: 'detached' });
  });

  it('help overlay fits a 1600 × 900 window without scrolling', async () => {
    await ed.key('?');
    const help = await page.locator('[data-testid=help-overlay]').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, rect: el.getBoundingClientRect().toJSON() as DOMRect }));
    expect(help.scroll).toBeLessThanOrEqual(help.client);
    expect(help.rect.bottom).toBeLessThanOrEqual(900);
    expect(help.rect.right).toBeLessThanOrEqual(1600);
    // Sections are titled in words, not by the actions' group ids ('color', 'tool').
    const headings = await page.locator('[data-testid=help-overlay] h3').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['Colour', 'Tools', 'Mouse']));
    expect(headings.filter((h) => !/^[A-Z][a-z]+$/.test(h))).toEqual([]);
    await page.keyboard.press('Escape');
  });
});
