import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfFormat } from '../../main/export/pdf-format.ts';
import type { ReportContext } from '../../shared/report-views/report-context.ts';
import { phase1Context } from './export-fixture.ts';
import { pdfImageCount, pdfInkPerPage, pdfPagesText } from './pdf-readers.ts';

const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

interface Word { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number; readonly text: string }

/** Each word of one page (1-based) with its box in points, as pdftotext -bbox places the glyphs drawn. */
function pageWords(pdf: Uint8Array, page: number): Word[] {
  const dir = mkdtempSync(join(tmpdir(), 'powerhall-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), join(dir, 'in.pdf'), '-'], { encoding: 'utf8' });
    return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('PDF tenant brief (read back with pdftotext, pdfimages and pdftoppm)', () => {
  let context: ReportContext;
  let pdf: Uint8Array;
  let pages: string[];
  beforeAll(async () => {
    context = phase1Context();
    pdf = await pdfFormat.write(context, () => {});
    pages = pdfPagesText(pdf);
  });

  it('has a cover, key figures, the three drawings, the bill, checks and sources, in that order', () => {
    const first = (text: string) => pages.findIndex((p) => p.includes(text));
    const order = ['Tenant brief', 'Key figures', 'Site and hall plan', 'Electrical single-line diagram', 'Cooling schematic', 'Bill of materials by system', 'Checks', 'Sources cited by the bill'];
    const at = order.map(first);
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(pages[0]).toContain(context.document.site.name);
    expect(pages[0]).toContain('Phase 1 AI hall');
    expect(pages[0]).toContain('2026-03-02');
    pages.forEach((p, i) => expect(p).toContain(`page ${i + 1} of ${pages.length}`));
  });

  it('states the report\'s key figures and capex', () => {
    const figures = pages[1]!;
    expect(figures).toContain(`${(context.report.summary.itKw / 1000).toFixed(2)} MW`);
    expect(figures).toContain(String(context.report.summary.pue));
    expect(figures).toContain(usd(context.report.summary.capexUsd));
  });

  it('draws the plan, single-line diagram and cooling schematic as vectors, with title block, scale and the model\'s names', () => {
    expect(pdfImageCount(pdf)).toBe(0);
    const plan = pages.find((p) => p.includes('Site and hall plan'))!;
    expect(plan).toMatch(/Scale 1:\d+/);
    expect(plan).toContain('Building 3 (AI hall) (E-102)');
    expect(plan).toContain('Loop 1: 30.6 m');
    const sld = pages.find((p) => p.includes('Electrical single-line diagram'))!;
    expect(sld).toContain('345 kV');
    // The sample's transformers stand in the yard: one site group, drawn once on the MV bus with its own figures.
    const tx = context.report.groups.find((g) => g.kind === 'transformerGroup')!;
    expect(tx.hallId).toBeNull();
    const words = sld.replace(/\s+/g, ' ');
    expect(words).toContain(`${tx.units} units, ${tx.installedCapacity!.toLocaleString('en-US')} kVA installed, ${tx.usableCapacity!.toLocaleString('en-US')} kVA usable at ${tx.redundancy}`);
    expect(words).toContain('Transformers: the site group on the MV bus');
    // Up to 16 feeds are drawn one box each; more are drawn as one box per side (the sample's Phase 1 has 18).
    const hallIds = new Set(context.document.halls.filter((h) => h.scenarioId === 'sc-phase1').map((h) => h.id));
    const feeds = context.document.powerFeeds.filter((f) => hallIds.has(f.hallId));
    for (const side of ['A', 'B'] as const) expect(sld).toContain(`${feeds.filter((f) => f.side === side).length} feeds, side ${side}`);
    const cooling = pages.find((p) => p.includes('Cooling schematic'))!;
    const scenario = context.document.scenarios.find((s) => s.id === 'sc-phase1')!;
    expect(cooling).toContain(`Facility water supply ${scenario.liquidSupplyC} °C`);
    expect(cooling).toContain(`return ${scenario.liquidSupplyC + scenario.liquidDeltaTK} °C`);
    expect(cooling).toContain('Cooling tower cell');
    for (const loop of ['Loop 1', 'Loop 2', 'Loop 3', 'Loop 4']) expect(cooling).toContain(loop);
  });

  it('follows the site plan with one dimensioned sheet per hall with racks, each naming its rows, equipment, loops and feeds', () => {
    const placement = context.report.placement;
    const withRacks = placement.halls.filter((h) => placement.rows.some((r) => r.hallId === h.id && r.racks.length > 0));
    const site = pages.findIndex((p) => p.includes('Site and hall plan'));
    const ink = pdfInkPerPage(pdf);
    withRacks.forEach((hall, i) => {
      const at = pages.findIndex((p) => p.includes(`Hall plan: ${hall.name}`));
      // The hall sheets come straight after the site plan, numbered on from it.
      expect(at, hall.name).toBe(site + 1 + i);
      const sheet = pages[at]!;
      expect(sheet).toContain(`E-${102 + i}`);
      expect(sheet).toMatch(/Scale 1:(100|200|250|500)\b/);
      expect(ink[at], `${hall.name} sheet`).toBeGreaterThan(0.01);
      const words = sheet.split(/\s+/);
      for (const row of placement.rows.filter((r) => r.hallId === hall.id)) expect(words, `${hall.name}: ${row.name}`).toContain(row.name);
      for (const eq of placement.equipment.filter((e) => e.hallId === hall.id)) expect(words, `${hall.name}: ${eq.name}`).toContain(eq.name);
    });
    const ai = pages.find((p) => p.includes('Hall plan: Building 3 (AI hall)'))!;
    expect(ai).toContain('Scale 1:250');
    expect(ai).toContain('UPS G1A-A1');
    expect(ai).toContain('UPS G5B-B3');
    for (const loop of context.report.groups.filter((g) => g.kind === 'coolingLoop' && g.hallId === 'hall-b3-ai')) {
      expect(ai).toContain(`${loop.name}: ${loop.routeLengthM!.toLocaleString('en-US', { maximumFractionDigits: 1 })} m`);
    }
    expect(ai).toContain('Loop 1: 30.6 m');
    // Overall dimensions of the 40 m by 24 m hall, and the 1.2 m aisle between G1A and G1B.
    for (const figure of ['40', '24', '1.2']) expect(ai.split(/\s+/)).toContain(figure);
  });

  it('draws no word of a plan sheet over another, and keeps every one inside the frame (glyph boxes read back with pdftotext -bbox)', () => {
    const sheets = pages.flatMap((p, i) => (p.includes('Site and hall plan') || p.includes('Hall plan: ') ? [i] : []));
    expect(sheets.length).toBe(4);
    // A4 landscape in points, inside the 10 mm margin (the page footer stands below the frame and is left out).
    const frame = { x0: 28.3, y0: 28.3, x1: 841.9 - 28.3, y1: 595.3 - 28.3 };
    const slack = 0.2;
    for (const index of sheets) {
      const words = pageWords(pdf, index + 1).filter((w) => w.y1 <= frame.y1 + 2);
      expect(words.length).toBeGreaterThan(40);
      for (const w of words) expect(w.x0 >= frame.x0 && w.x1 <= frame.x1 && w.y0 >= frame.y0, `page ${index + 1}: '${w.text}'`).toBe(true);
      for (let i = 0; i < words.length; i += 1) {
        for (let j = i + 1; j < words.length; j += 1) {
          const a = words[i]!;
          const b = words[j]!;
          const overlap = a.x0 < b.x1 - slack && b.x0 < a.x1 - slack && a.y0 < b.y1 - slack && b.y0 < a.y1 - slack;
          expect(overlap, `page ${index + 1}: '${a.text}' over '${b.text}'`).toBe(false);
        }
      }
    }
  });

  it('puts ink on every page it renders', () => {
    const ink = pdfInkPerPage(pdf);
    expect(ink).toHaveLength(pages.length);
    for (const [i, share] of ink.entries()) expect(share, `page ${i + 1}`).toBeGreaterThan(0.003);
  });

  it('leaves every price out of a tenant copy', async () => {
    const tenant = pdfPagesText(await pdfFormat.write(phase1Context({ hidePrices: true }), () => {}));
    const beforeSources = tenant.slice(0, tenant.findIndex((p) => p.includes('Sources cited by the bill'))).join('\n');
    expect(beforeSources).not.toMatch(/\$\d/);
    expect(beforeSources).not.toContain('Total (USD)');
    expect(tenant[0]).toContain('Tenant copy');
  });
});
