import PDFDocument from 'pdfkit';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDocument, RecordOfType } from '../../shared/model/index.ts';
import { UNDERLAY_MAX_BYTES } from '../../shared/model/underlay-records.ts';
import { drawingPng, pngBytes } from '../support/underlay-png.ts';
import { storedProject } from './editor-page.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';

// The sample's Phase 1 Building 3 (hall-b3-ai) stands at site (20, 30), 40 m × 24 m, unturned. A 64 × 48 px drawing
// imported under it starts at the hall's corner spanning its width: 40 / 64 = 0.625 m per pixel. Picking pixels
// (8, 24) and (56, 24), at site (20 + 8·0.625, 30 + 24·0.625) = (25, 45) and (55, 45), 30 m apart, and typing 15 m
// gives k = 15 / 30 = 0.5: 0.3125 m per pixel, origin (5, 15) + 0.5·((0, 0) − (5, 15)) = (2.5, 7.5) in the hall,
// so the drawing covers site x 22.5–42.5, y 37.5–52.5 (64·0.3125 = 20 m by 48·0.3125 = 15 m), centred on (32.5, 45).
//
// The PDF: page 1 an A4 portrait sheet with a blue frame, page 2 a 1000 × 500 pt sheet with a red block at pt
// (100..300, 100..200). Page 2 drawn with its longest side 4000 px is 4 px per pt: 4000 × 2000 px, the block at px
// (400..1200, 400..800), so pixel (800, 600) is red and (2000, 1500) white; under the 40 m hall: 40 / 4000 = 0.01 m/px.
const HALL = 'hall-b3-ai';
type Underlay = RecordOfType<'underlay'>;

function pdfBytes(options: ConstructorParameters<typeof PDFDocument>[0], draw: (doc: InstanceType<typeof PDFDocument>) => void): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ autoFirstPage: false, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    draw(doc);
    doc.end();
  });
}

/** A scanned sheet: a 2000 × 1000 px image of noise filling a 1000 × 500 pt page, which no PNG of 2 MB holds. */
function scannedPdf(): Promise<Buffer> {
  let seed = 7;
  const noise = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const scan = pngBytes(2000, 1000, () => {
    const v = Math.round(20 + 225 * noise());
    return [v, v, v];
  });
  return pdfBytes({}, (doc) => {
    doc.addPage({ size: [1000, 500], margin: 0 });
    doc.image(scan, 0, 0, { width: 1000, height: 500 });
  });
}

/** Width and height from a JPEG's start-of-frame segment, read from the bytes. */
function jpegSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.readUInt16BE(0)).toBe(0xffd8);
  for (let at = 2; at < bytes.length; at += 2 + bytes.readUInt16BE(at + 2)) {
    const marker = bytes.readUInt16BE(at);
    if (marker >= 0xffc0 && marker <= 0xffc2) return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
  }
  throw new Error('no start-of-frame segment');
}

/** The two-page drawing: page 1 an A4 portrait sheet, page 2 the wide sheet with the red block. */
function twoPagePdf(options: ConstructorParameters<typeof PDFDocument>[0] = {}): Promise<Buffer> {
  return pdfBytes(options, (doc) => {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.lineWidth(4).rect(40, 40, 515, 760).stroke('#1030d0');
    doc.addPage({ size: [1000, 500], margin: 0 });
    doc.rect(100, 100, 200, 100).fill('#d01414');
    doc.lineWidth(2).moveTo(400, 100).lineTo(900, 100).lineTo(900, 400).lineTo(400, 400).closePath().stroke('#202020');
    doc.fillColor('#202020').fontSize(18).text('Building 3, ground floor, as built', 420, 420);
  });
}

interface ViewportWindow {
  powerhallViewport: { pick(x: number, y: number): { id: string | null }; project(p: { x: number; y: number }): { x: number; y: number } };
}

async function storedUntil(app: SampleApp, ok: (u: Underlay | undefined, doc: ProjectDocument) => boolean): Promise<Underlay> {
  for (;;) {
    const doc = await storedProject(app.serve);
    const u = doc.underlays?.[0];
    if (ok(u, doc)) return u!;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The first stored underlay `find` picks, once there is one; if none comes, what the status line said instead. */
async function storedUnderlay(app: SampleApp, find: (u: Underlay, index: number) => boolean): Promise<Underlay> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const u = (await storedProject(app.serve)).underlays?.find(find);
    if (u) return u;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no such underlay was stored; the status line says: ${await app.page.textContent('[data-testid=status]')}`);
}

/** Share of canvas pixels over a site rectangle that are strongly red (the test drawing's frame and cross). */
function redShare(page: Page, min: [number, number], max: [number, number]): Promise<number> {
  return page.evaluate(
    ([x0, y0, x1, y1]) => {
      const vp = (window as unknown as ViewportWindow).powerhallViewport;
      const canvas = document.querySelector('[data-testid=viewport-canvas]') as HTMLCanvasElement;
      const rect = canvas.getBoundingClientRect();
      const scale = canvas.width / rect.width;
      const a = vp.project({ x: x0!, y: y0! });
      const b = vp.project({ x: x1!, y: y1! });
      const probe = document.createElement('canvas');
      probe.width = canvas.width;
      probe.height = canvas.height;
      const ctx = probe.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const left = Math.round((Math.min(a.x, b.x) - rect.left) * scale);
      const top = Math.round((Math.min(a.y, b.y) - rect.top) * scale);
      const data = ctx.getImageData(left, top, Math.round(Math.abs(b.x - a.x) * scale), Math.round(Math.abs(b.y - a.y) * scale)).data;
      let red = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! - data[i + 1]! > 90 && data[i]! - data[i + 2]! > 90) red++;
      return red / (data.length / 4);
    },
    [...min, ...max] as const,
  );
}

/** What the viewport picks at a site point, through its real pick path. */
function pickAt(page: Page, site: [number, number]): Promise<string | null> {
  return page.evaluate(([x, y]) => {
    const vp = (window as unknown as ViewportWindow).powerhallViewport;
    const c = vp.project({ x: x!, y: y! });
    return vp.pick(c.x, c.y).id;
  }, site);
}

describe('an underlay under Building 3: import, calibrate, opacity, lock (Chromium, browser mode)', () => {
  let app: SampleApp;
  let page: Page;
  const workers: string[] = [];
  const refusedByPolicy: string[] = [];

  /** Opens the import chooser for Building 3 and gives it a file. */
  async function importFile(name: string, mimeType: string, buffer: Buffer): Promise<string | null> {
    await page.locator(`[data-testid=outliner-row][data-record="${HALL}"]`).click();
    await page.getByRole('tab', { name: 'Inspector' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=underlay-import]')]);
    const accept = await chooser.element().getAttribute('accept');
    await chooser.setFiles({ name, mimeType, buffer });
    return accept;
  }

  beforeAll(async () => {
    app = await openSampleApp();
    page = app.page;
    page.on('worker', (w) => workers.push(w.url()));
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) refusedByPolicy.push(m.text());
    });
    await page.selectOption('[data-testid=scenario]', 'sc-phase1');
    await page.waitForSelector(`[data-testid=outliner-row][data-record="${HALL}"]`);
    await app.ed.planView();
  }, 60_000);

  afterAll(() => closeSampleApp(app));

  it('stores the PNG byte for byte, sets the scale from two picked points in one undoable edit, and draws it at its opacity', async () => {
    const { ed } = app;
    const drawnArea: [[number, number], [number, number]] = [[23, 38], [42, 52]];
    await page.locator(`[data-testid=outliner-row][data-record="${HALL}"]`).click();
    await page.getByRole('tab', { name: 'Inspector' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=underlay-import]')]);
    await chooser.setFiles({ name: 'building-3-as-built.png', mimeType: 'image/png', buffer: drawingPng() });
    await page.waitForSelector('[data-testid=underlay-section]');
    const imported = await storedUntil(app, (u) => u !== undefined);
    expect(imported).toMatchObject({ hallId: HALL, name: 'building-3-as-built', source: 'png', widthUnits: 64, heightUnits: 48, origin: { x: 0, y: 0 }, metresPerUnit: 0.625, opacity: 0.6, locked: false });
    expect(Buffer.from(imported.data, 'base64').equals(drawingPng())).toBe(true);

    await page.click('[data-testid=underlay-calibrate]');
    await ed.click(25, 45);
    await ed.click(55, 45);
    await page.fill('[data-testid=underlay-distance]', '15');
    await page.click('[data-testid=underlay-distance-apply]');
    const calibrated = await storedUntil(app, (u) => u !== undefined && u.metresPerUnit !== 0.625);
    expect(calibrated.metresPerUnit).toBeCloseTo(0.3125, 2);
    expect(calibrated.origin.x).toBeCloseTo(2.5, 0);
    expect(calibrated.origin.y).toBeCloseTo(7.5, 0);
    // One edit: one undo puts the import's placement back, one redo the calibration.
    await ed.key('Control+z');
    expect((await storedUntil(app, (u) => u?.metresPerUnit === 0.625)).origin).toEqual({ x: 0, y: 0 });
    await ed.key('Control+y');
    expect((await storedUntil(app, (u) => u !== undefined && u.metresPerUnit !== 0.625)).metresPerUnit).toBe(calibrated.metresPerUnit);

    let frames = await ed.frames();
    await page.locator('[data-testid=underlay-opacity]').fill('0');
    await storedUntil(app, (u) => u?.opacity === 0);
    await ed.rendered(frames);
    const hidden = await redShare(page, ...drawnArea);
    frames = await ed.frames();
    await page.locator('[data-testid=underlay-opacity]').fill('80');
    await storedUntil(app, (u) => u?.opacity === 0.8);
    await ed.rendered(frames);
    const shown = await redShare(page, ...drawnArea);
    expect(shown).toBeGreaterThan(hidden + 0.03);

    // Unlocked, a point of the drawing off the rows picks the underlay; locked, the same point picks what lies under it.
    const spots: [number, number][] = [];
    for (let x = 23; x <= 42; x += 1) for (let y = 38; y <= 52; y += 1) spots.push([x, y]);
    let spot: [number, number] | null = null;
    for (const s of spots) if ((await pickAt(page, s)) === calibrated.id) (spot ??= s);
    expect(spot).not.toBeNull();
    await page.locator('[data-testid=underlay-section] [data-field=locked]').check();
    expect((await storedUntil(app, (u) => u?.locked === true)).opacity).toBe(0.8);
    const under = await pickAt(page, spot!);
    expect(under).not.toBe(calibrated.id);
    expect(under).not.toBeNull();
  }, 120_000);

  it('imports page 2 of a PDF through the page picker as a 4000 px PNG of that page, drawn by pdf.js in its own worker under the app\'s policy', async () => {
    expect((await importFile('existing-building.pdf', 'application/pdf', await twoPagePdf()))?.split(',')).toContain('.pdf');
    await page.waitForSelector('[data-testid=pdf-picker] [data-testid=pdf-page] >> nth=1');
    expect(await page.locator('[data-testid=pdf-page]').count()).toBe(2);
    await page.waitForSelector('[data-testid=pdf-preview][data-drawn=true]');
    await page.locator('[data-testid=pdf-page][data-page="2"]').click();
    expect(await page.locator('[data-testid=pdf-picker] figcaption').textContent()).toContain('Page 2 of 2: stored as an image 4,000 × 2,000 px');
    // By keys as well: Home goes back to page 1, Page Down to page 2, Enter imports it.
    await page.keyboard.press('Home');
    await page.waitForSelector('[data-testid=pdf-page][data-page="1"][aria-selected=true]');
    await page.keyboard.press('PageDown');
    await page.waitForSelector('[data-testid=pdf-page][data-page="2"][aria-selected=true]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=pdf-picker]', { state: 'detached' });

    const u = await storedUnderlay(app, (x) => x.name === 'existing-building, page 2');
    expect(u).toMatchObject({ hallId: HALL, source: 'png', widthUnits: 4000, heightUnits: 2000, metresPerUnit: 0.01, locked: false });
    const png = PNG.sync.read(Buffer.from(u.data, 'base64'));
    expect([png.width, png.height]).toEqual([4000, 2000]);
    const rgb = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    const [r, g, b] = rgb(800, 600);
    expect(r! - g!).toBeGreaterThan(150);
    expect(r! - b!).toBeGreaterThan(150);
    expect(rgb(2000, 1500)).toEqual([255, 255, 255]);
    expect(await page.locator('[data-testid=underlay-section]').textContent()).toContain('PNG image, 4,000 × 2,000 px');

    expect(workers.some((url) => /\/assets\/pdf\.worker[^/]*\.mjs$/.test(url))).toBe(true);
    expect(refusedByPolicy).toEqual([]);
  }, 120_000);

  it('refuses a damaged, an empty and a password-protected PDF in words, in the picker, and stores nothing', async () => {
    const before = (await storedProject(app.serve)).underlays ?? [];
    const cases: [string, Buffer, string][] = [
      ['damaged.pdf', (await twoPagePdf()).subarray(0, 400), 'damaged.pdf could not be read as a PDF: it is damaged or not a PDF.'],
      ['empty.pdf', Buffer.alloc(0), 'empty.pdf is empty (0 bytes): there is no page to import.'],
      ['locked.pdf', await twoPagePdf({ userPassword: 'secret', pdfVersion: '1.7' }), 'locked.pdf is protected by a password, and the app does not open protected PDFs.'],
    ];
    for (const [name, bytes, message] of cases) {
      await importFile(name, 'application/pdf', bytes);
      const alert = page.locator('[data-testid=pdf-picker-error]');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(message);
      expect(await page.locator('[data-testid=pdf-import]').count()).toBe(0);
      await page.getByRole('button', { name: 'Close' }).click();
      await page.waitForSelector('[data-testid=pdf-picker]', { state: 'detached' });
    }
    expect((await storedProject(app.serve)).underlays ?? []).toEqual(before);
  }, 120_000);

  it('stores a scanned page that no 2 MB PNG holds as a JPEG within the limit, at the largest size tried that fits', async () => {
    const before = (await storedProject(app.serve)).underlays?.length ?? 0;
    await importFile('scanned-building.pdf', 'application/pdf', await scannedPdf());
    await page.waitForSelector('[data-testid=pdf-preview][data-drawn=true]');
    await page.click('[data-testid=pdf-import]');
    await page.waitForSelector('[data-testid=pdf-picker]', { state: 'detached', timeout: 60_000 });
    const u = await storedUnderlay(app, (_, i) => i === before);
    const bytes = Buffer.from(u.data, 'base64');
    expect(u.source).toBe('jpeg');
    expect(bytes.length).toBeLessThanOrEqual(UNDERLAY_MAX_BYTES);
    expect([4000, 3200, 2560, 2048, 1600]).toContain(u.widthUnits);
    expect(u.heightUnits).toBe(u.widthUnits / 2);
    expect(jpegSize(bytes)).toEqual({ width: u.widthUnits, height: u.heightUnits });
  }, 120_000);
});
