import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocumentPath } from '../../main/app/sample-project.ts';
import { DRAWING_H, MARGIN, PAGE_W } from '../../main/export/sheet-layout.ts';
import { PENS } from '../../shared/report-views/drawings/pens.ts';
import { runCli } from '../support/run-cli.ts';

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));

/** Pixels of `png` inside a box given in sheet millimetres that match `test`. */
function count(png: PNG, box: { x0: number; y0: number; x1: number; y1: number }, test: (r: number, g: number, b: number) => boolean): number {
  const pxPerMm = png.width / PAGE_W;
  let n = 0;
  for (let y = Math.floor(box.y0 * pxPerMm); y < Math.ceil(box.y1 * pxPerMm); y += 1) {
    for (let x = Math.floor(box.x0 * pxPerMm); x < Math.ceil(box.x1 * pxPerMm); x += 1) {
      const i = (y * png.width + x) * 4;
      if (test(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)) n += 1;
    }
  }
  return n;
}
const near = (colour: string) => {
  const [r0, g0, b0] = hex(colour);
  return (r: number, g: number, b: number) => Math.abs(r - r0!) + Math.abs(g - g0!) + Math.abs(b - b0!) < 24;
};
const dark = (r: number, g: number, b: number) => r + g + b < 200;

// `powerhall export --format png`: the site plan sheet drawn from the model and rasterised without WebGL; read back
// with pngjs, a decoder of its own, and checked for its size at each scale and for what is drawn where.
describe('powerhall export --format png (issue 12, point 10)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'powerhall-png-'));
  const png: Record<number, PNG> = {};
  beforeAll(async () => {
    for (const scale of [1, 2]) {
      const out = join(dir, `plan-${scale}x.png`);
      const result = await runCli(['export', sampleDocumentPath(), '--format', 'png', '--scenario', 'Phase 1 AI hall', '--scale', String(scale), '--out', out]);
      expect(result.code, result.err).toBe(0);
      expect(result.err).toContain(out);
      png[scale] = PNG.sync.read(readFileSync(out));
    }
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is an A4 landscape sheet at 96 dpi times the scale, opaque', () => {
    // 297 × 210 mm at 96/25.4 px per mm: 1122.5 × 793.7 px, which the rasteriser rounds to 1123 × 794; at 2×, 2245 × 1587.
    expect([png[1]!.width, png[1]!.height]).toEqual([1123, 794]);
    expect([png[2]!.width, png[2]!.height]).toEqual([2245, 1587]);
    expect(png[1]!.data[3]).toBe(255);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('draws the plan from the model (hall floors, rows, pipe routes) and sets the title block in its font', () => {
    for (const image of [png[1]!, png[2]!]) {
      const area = { x0: MARGIN, y0: MARGIN, x1: PAGE_W - MARGIN, y1: MARGIN + DRAWING_H };
      const pixels = (area.x1 - area.x0) * (area.y1 - area.y0) * (image.width / PAGE_W) ** 2;
      // The sample's three halls, their rows and the loops' routes take a few per cent of the drawing area each.
      expect(count(image, area, near(PENS.hall.fill!)) / pixels).toBeGreaterThan(0.03);
      expect(count(image, area, near(PENS.row.fill!))).toBeGreaterThan(0);
      expect(count(image, area, near(PENS.pipe.color))).toBeGreaterThan(0);
      // The drawing's title, 'Site and hall plan' in 3 mm bold in the title block's DRAWING cell: text needs the font.
      const title = { x0: MARGIN + 132, y0: MARGIN + DRAWING_H + 6, x1: MARGIN + 190, y1: MARGIN + DRAWING_H + 10 };
      const titlePixels = ((58 * image.width) / PAGE_W) * ((4 * image.width) / PAGE_W);
      expect(count(image, title, dark) / titlePixels).toBeGreaterThan(0.02);
    }
  });

  it('takes --scale 1, 2 or 4 for a PNG only, and documents the PNG in --help', async () => {
    const three = await runCli(['export', sampleDocumentPath(), '--format', 'png', '--scale', '3', '--out', join(dir, 'x.png')]);
    expect([three.code, three.err.trim()]).toEqual([2, expect.stringContaining("--scale must be one of 1, 2, 4; got '3'")]);
    const csv = await runCli(['export', sampleDocumentPath(), '--format', 'csv', '--scale', '2', '--out', join(dir, 'x.csv')]);
    expect([csv.code, csv.err]).toEqual([2, expect.stringContaining('use it with --format png')]);
    expect(readdirSync(dir).filter((f) => f.startsWith('x.'))).toEqual([]);
    const help = await runCli(['export', '--help']);
    expect(help.out).toContain('--scale 1|2|4');
    expect(help.out).toMatch(/png: the brief's site plan sheet \(E-101\), drawn from the model/);
  });
});
