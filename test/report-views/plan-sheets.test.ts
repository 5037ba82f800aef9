import { describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { reportContext } from '../../main/export/report-context.ts';
import { DRAWING_H, DRAWING_W } from '../../main/export/pdf/draw-drawing.ts';
import type { Drawing, DrawItem } from '../../shared/report-views/drawings/drawing.ts';
import { boxesOverlap, textBox, type PaperBox, type TextItem } from '../../shared/report-views/drawings/label-fit.ts';
import { planSheets } from '../../shared/report-views/drawings/plan-drawing.ts';
import { rectOf } from '../../shared/report-views/drawings/plan-parts.ts';
import type { ReportContext } from '../../shared/report-views/report-context.ts';

const document = loadSampleDocument();
const catalog = loadCatalog();
const contextOf = (scenario: string): ReportContext => reportContext(document, catalog, { scenario, hidePrices: false, now: new Date('2026-03-02T12:00:00Z') });
const texts = (d: Drawing) => d.items.filter((i): i is TextItem => i.kind === 'text');
const rects = (d: Drawing, pen: string): PaperBox[] =>
  d.items.flatMap((i: DrawItem) => (i.kind === 'rect' && i.pen === pen ? [{ x0: i.x, y0: i.y, x1: i.x + i.w, y1: i.y + i.h }] : []));
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

describe('plan sheets of the sample (the drawing model the PDF writer draws)', () => {
  for (const scenario of document.scenarios) {
    const context = contextOf(scenario.id);
    const sheets = planSheets(context, DRAWING_W, DRAWING_H);

    it(`${scenario.name}: no two labels on a sheet overlap and every label stays inside the frame`, () => {
      expect(sheets.length).toBeGreaterThan(1);
      for (const sheet of sheets) {
        const labels = texts(sheet);
        // The writer shrinks a text to its maxWidth: a label without one could run past the box its place was found for.
        for (const t of labels) expect(t.maxWidth, `${sheet.number} '${t.text}'`).toBeGreaterThan(0);
        const boxes = labels.map((t) => ({ t, box: textBox(t) }));
        for (const { t, box } of boxes) {
          expect(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= sheet.widthMm && box.y1 <= sheet.heightMm, `${sheet.number} '${t.text}' at ${JSON.stringify(box)}`).toBe(true);
        }
        for (let i = 0; i < boxes.length; i += 1) {
          for (let j = i + 1; j < boxes.length; j += 1) {
            expect(boxesOverlap(boxes[i]!.box, boxes[j]!.box), `${sheet.number}: '${boxes[i]!.t.text}' overlaps '${boxes[j]!.t.text}'`).toBe(false);
          }
        }
      }
    });

    it(`${scenario.name}: the site plan names every hall clear of rows and equipment, and one sheet follows per hall with racks`, () => {
      const [site, ...halls] = sheets;
      expect(site!.number).toBe('E-101');
      const placement = context.report.placement;
      const withRacks = placement.halls.filter((h) => placement.rows.some((r) => r.hallId === h.id && r.racks.length > 0));
      expect(halls.map((h) => h.title)).toEqual(withRacks.map((h) => `Hall plan: ${h.name}`));
      expect(halls.map((h) => h.number)).toEqual(withRacks.map((_, i) => `E-${102 + i}`));
      const solid = [...rects(site!, 'row'), ...rects(site!, 'equipment')];
      for (const hall of placement.halls) {
        const name = texts(site!).find((t) => t.text.startsWith(hall.name) && t.bold);
        expect(name, hall.name).toBeDefined();
        for (const box of solid) expect(boxesOverlap(textBox(name!), box), `${hall.name} over a row or unit`).toBe(false);
      }
    });

    it(`${scenario.name}: each hall sheet is at a legible standard scale with its dimensions, rows, equipment, loops and feeds`, () => {
      const placement = context.report.placement;
      for (const sheet of sheets.slice(1)) {
        const hall = placement.halls.find((h) => sheet.title === `Hall plan: ${h.name}`)!;
        const scale = Number(sheet.notes[0]!.replace('Scale 1:', ''));
        expect([100, 200, 250, 500]).toContain(scale);
        expect(sheet.mmPerMetre).toBe(1000 / scale);
        const words = texts(sheet).map((t) => t.text);
        const r = rectOf(hall.box);
        expect(words).toContain(fmt(r.maxX - r.minX));
        expect(words).toContain(fmt(r.maxY - r.minY));
        for (const row of placement.rows.filter((x) => x.hallId === hall.id)) expect(words, row.name).toContain(row.name);
        for (const eq of placement.equipment.filter((e) => e.hallId === hall.id)) expect(words, eq.name).toContain(eq.name);
        for (const loop of context.report.groups.filter((g) => g.kind === 'coolingLoop' && g.hallId === hall.id && g.routeLengthM !== null)) {
          expect(words.some((w) => w.startsWith(`${loop.name}: ${fmt(loop.routeLengthM!)} m`)), loop.name).toBe(true);
        }
        const joined = words.join('\n');
        for (const feed of document.powerFeeds.filter((f) => f.hallId === hall.id)) expect(joined).toContain(feed.name);
      }
    });
  }

  it('draws the Phase 1 AI hall at 1:250 with its aisle widths and every UPS module of its feeds', () => {
    const context = contextOf('sc-phase1');
    const sheet = planSheets(context, DRAWING_W, DRAWING_H).find((s) => s.title === 'Hall plan: Building 3 (AI hall)')!;
    expect(sheet.notes[0]).toBe('Scale 1:250');
    const words = texts(sheet).map((t) => t.text);
    // G1A (y 33.00-34.07) and G1B (35.27-36.34) face across a 1.2 m aisle; G1B to G2A (38.34) is 2 m.
    expect(words).toContain('1.2');
    expect(words).toContain('2');
    const joined = words.join('\n');
    const feeds = document.powerFeeds.filter((f) => f.hallId === 'hall-b3-ai');
    for (const feed of feeds) for (const id of feed.upsIds) expect(joined).toContain(document.equipment.find((e) => e.id === id)!.name);
    expect(joined).toContain('UPS G1A-A1');
  });
});
