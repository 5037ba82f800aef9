import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDocument, RowRecord } from '../../shared/model/index.ts';
import { closeSampleApp, openSampleApp, storedAfterSave, type SampleApp } from './sample-app.ts';
import type { EditorPage } from './editor-page.ts';

// Precise input (issue 13, point 8) in Chromium, each step checked in the stored project. The sample's Building 2
// (mining scenario, site x 64–104, y -16–8, hall = site − (64, -16)) has rows M1–M4 at hall x 4–16 (20 × 0.6 m),
// M4 at y 9.8–11.0; its south half is empty. The rack tool's profile (GB200 NVL72) is 0.6 m wide; an empty row is a
// standard 1.2 m deep, so copies one behind the other need 1.2 + 1.0 (front clearance) = 2.2 m.
//   Row A: a click at hall (4, 11.5) — x lands on the rows' start, 4 — and "9" typed: 9 / 0.6 = 15 slots, x 4–13.
//   Array of A, 3 copies at 3.6 m towards the racks' fronts (+y): y 15.1, 18.7, 22.3 (22.3 + 1.2 = 23.5 < 24).
//   A pitch of 2 m is refused, naming 2.20 m.
//   Row B: a click at hall (24, 17) and "10 slots": x 24–30, y 17–18.2, between the first and second copy.
//   Align left on B and the first copy: B moves to x 4 (its y band 17–18.2 stays clear of 15.1–16.3 and 18.7–19.9).
//   Measure from A's start (4, 11.5) to its end (13, 11.5): 9.00 m, Δx 9.00 m, Δy 0.00 m; the project is unchanged.
const HALL = 'hall-b2-mining';
const O = { x: 64, y: -16 };

describe('precise input in the app (Chromium, browser mode, stored project)', () => {
  let app: SampleApp | undefined;
  let page: Page;
  let ed: EditorPage;
  const stored = () => storedAfterSave(app!);
  const newRows = (doc: ProjectDocument): RowRecord[] => doc.rows.filter((r) => r.hallId === HALL && !/^M\d$/.test(r.name)).sort((a, b) => a.origin.y - b.origin.y || a.origin.x - b.origin.x);
  const site = (x: number, y: number): [number, number] => [x + O.x, y + O.y];
  const zoomTo = (min: [number, number], max: [number, number]) => ed.zoomTo(min, max);
  /** Clicks the first point of a row, then types `figure` into the box that opens and presses Enter. */
  const drawTyped = async (at: [number, number], figure: string) => {
    await ed.key('w');
    await ed.click(...site(...at));
    await page.keyboard.type(figure[0]!);
    await page.waitForSelector('[data-testid=typed-input-text]');
    await page.keyboard.type(figure.slice(1));
    expect(await page.inputValue('[data-testid=typed-input-text]')).toBe(figure);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=typed-input]', { state: 'detached' });
  };

  beforeAll(async () => {
    app = await openSampleApp();
    ({ page, ed } = app);
    await zoomTo(site(0, 0), site(40, 24));
  });

  afterAll(() => closeSampleApp(app));

  it('draws a row at a typed length, as one undo step', async () => {
    const before = await stored();
    await drawTyped([4, 11.5], '9');
    const rows = newRows(await stored());
    expect(rows).toHaveLength(1);
    const a = rows[0]!;
    expect(a.origin.x).toBe(4);
    expect(a.origin.y).toBeCloseTo(11.5, 6);
    expect([a.slotCount, a.slotWidthM, a.rotation]).toEqual([15, 0.6, 0]);
    await ed.key('Control+z');
    expect(newRows(await stored())).toHaveLength(0);
    expect((await stored()).rows).toEqual(before.rows);
    await ed.key('Control+Shift+z');
    expect(newRows(await stored())).toHaveLength(1);
  });

  it('array-copies the row three times at 3.6 m, and refuses 2 m naming the limit', async () => {
    const a = newRows(await stored())[0]!;
    await ed.key('v');
    await ed.click(...site(8, a.origin.y + 0.6));
    await page.waitForSelector('.statusbar >> text="1 selected"');
    await ed.key('a');
    await page.fill('[data-testid=row-array-count]', '3');
    await page.fill('[data-testid=row-array-pitch]', '2');
    await page.click('[data-testid=row-array-submit]');
    expect(await ed.text('row-array-error')).toBe('A pitch of 2.00 m is narrower than 2.20 m, the row\'s depth 1.2 m plus the 1 m front aisle clearance (TIA-942)');
    expect(newRows(await stored())).toHaveLength(1);
    await page.fill('[data-testid=row-array-pitch]', '3.6');
    await page.click('[data-testid=row-array-submit]');
    await page.waitForSelector('[data-testid=row-array-dialog]', { state: 'detached' });
    const rows = newRows(await stored());
    expect(rows.map((r) => [r.origin.x, Math.round(r.origin.y * 1000) / 1000, r.slotCount])).toEqual([
      [4, round(a.origin.y), 15],
      [4, round(a.origin.y + 3.6), 15],
      [4, round(a.origin.y + 7.2), 15],
      [4, round(a.origin.y + 10.8), 15],
    ]);
  });

  it('aligns two rows on their left edges', async () => {
    await drawTyped([24, 17], '10 slots');
    let rows = newRows(await stored());
    const b = rows.find((r) => r.slotCount === 10)!;
    expect(b.origin.x).toBeCloseTo(24, 1);
    const copy = rows.filter((r) => r.slotCount === 15)[1]!;
    await ed.key('v');
    await ed.click(...site(b.origin.x + 3, b.origin.y + 0.6));
    await ed.click(...site(8, copy.origin.y + 0.6), ['Shift']);
    await page.waitForSelector('.statusbar >> text="2 selected"');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Align left edges');
    await page.keyboard.press('Enter');
    // The palette runs its command once it has closed (a timer later), so the stored project is read until it moves.
    await expect.poll(async () => newRows(await stored()).find((r) => r.id === b.id)!.origin).toEqual({ x: 4, y: b.origin.y });
    rows = newRows(await stored());
    expect(rows.find((r) => r.id === copy.id)!.origin).toEqual(copy.origin);
  });

  it('measures a distance as an overlay, leaving the project as it was', async () => {
    const before = await stored();
    const a = newRows(before)[0]!;
    await ed.key('m');
    await ed.click(...site(4.02, a.origin.y + 0.03));
    await ed.click(...site(12.98, a.origin.y - 0.02));
    await page.waitForSelector('[data-testid=measure-reading]');
    expect(await ed.text('measure-reading')).toBe('9.00 m (Δx 9.00 m, Δy 0.00 m)');
    const box = (await page.locator('[data-testid=measure-reading]').boundingBox())!;
    const canvas = (await page.locator('[data-testid=viewport-canvas]').boundingBox())!;
    expect(box.x >= canvas.x && box.x + box.width <= canvas.x + canvas.width).toBe(true);
    await ed.key('Escape');
    await page.waitForSelector('[data-testid=measure-overlay]', { state: 'detached' });
    expect(await stored()).toEqual(before);
  });
});

const round = (v: number): number => Math.round(v * 1000) / 1000;
