import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import { duplicateScenarioDiff, type ProjectDocument, type RowRecord, type ScenarioId } from '../../../shared/model/index.ts';
import { racks, row } from '../../engine/layout-fixture.ts';
import { analyze } from '../../../shared/analysis/index.ts';
import { applyDiff, plate, retrofitCase, yardUnit } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };

/**
 * What a phase builds stands in the next: the lines the engine sizes itself (boards, batteries, busway, PDUs,
 * tap-offs, pipe, chillers, fabric, building works) are counted in the target's own sizing step against what the
 * baseline has built of the same item in the group the target continues, before anything is bought.
 *
 * As-is: one hall, one row of 6 racks of 'air-40kw' (A/B fed: 2 rack PDUs and 2 tap-offs per rack), two existing
 * 2,500 kVA transformers. Phase 1: its copy at N+1. Phase 2: a copy of Phase 1 with a second row of 6 racks.
 *
 * Phase 1 → Phase 2 by hand:
 *   rack PDUs: Phase 2 sizes 12 racks × 2 = 24; Phase 1 built 12 in the same hall → 12 kept ('reused', $0, naming
 *   Phase 1's line), 12 bought × $3,000 = $36,000.
 *   tap-offs: 24 sized, 12 built → 12 × $1,500 = $18,000.
 * Phase 1 → an unchanged copy of Phase 1: every sized line is built already, so nothing is bought and the site
 * costs worked out from the new equipment (installation, commissioning, soft costs, contingency) are $0: the
 * upgrade bill is $0, and the whole of the copy built new is credited.
 */
function chain(): { doc: ProjectDocument; phase1: ScenarioId; phase2: ScenarioId; copy: ScenarioId } {
  const yard = [0, 1].map((i) => yardUnit(`tx${i}`, 'xfmr-mvlv-2500kva', { position: { x: -20 - 5 * i, y: 0 }, disposition: 'existing', nameplate: plate() }));
  const c = retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 6, yard, target: { powerRedundancy: 'N+1' } });
  let n = 0;
  const ids = (type: string) => `${type}-p2-${(n += 1)}`;
  let doc = applyDiff(c.doc, duplicateScenarioDiff(c.doc, c.target, 'Phase 2', ids, true));
  doc = applyDiff(doc, duplicateScenarioDiff(doc, c.target, 'Phase 1 again', ids, true));
  const phase2 = doc.scenarios.find((s) => s.name === 'Phase 2')!.id;
  const copy = doc.scenarios.find((s) => s.name === 'Phase 1 again')!.id;
  const hall = doc.halls.find((h) => h.scenarioId === phase2)!;
  const first = doc.rows.find((r) => r.hallId === hall.id)!;
  const second: RowRecord = row('row-p2-new', hall.id, { name: '2', origin: { x: first.origin.x, y: first.origin.y + 3.6 }, slotCount: 6 });
  doc = applyDiff(doc, { added: [second, ...racks(second.id, 'air-40kw', 6)], removed: [], updated: [] });
  return { doc, phase1: c.target, phase2, copy };
}

describe('a phase stands on what the phase before it built', () => {
  const { doc, phase1, phase2, copy } = chain();

  it('buys only the second row of PDUs and tap-offs, keeping the first row that Phase 1 built', () => {
    const r = compareScenarios(doc, catalog, phase1, phase2, asOf);
    const of = (catalogId: string) => r.lines.filter((l) => l.catalogId === catalogId).map((l) => [l.disposition, l.quantity, l.totalUsd]);
    expect(of('pdu-rack-3ph-60a')).toEqual([
      ['reused', 12, 0],
      ['new', 12, 36_000],
    ]);
    expect(of('busway-tapoff')).toEqual([
      ['reused', 12, 0],
      ['new', 12, 18_000],
    ]);
    const kept = r.lines.find((l) => l.catalogId === 'pdu-rack-3ph-60a' && l.disposition === 'reused')!;
    expect(kept.derivation).toMatch(/^Already built in Phase 1: 12 of the 12 ea of Rack PDU/);
    // The credit names what it comes from: the line of the phase before, in that phase's own bill.
    expect(kept.assetId).toMatch(/^power\/pdu-rack-3ph-60a\//);
  });

  it('costs nothing for an unchanged copy of the phase, and every credit names the line or asset it comes from', () => {
    const r = compareScenarios(doc, catalog, phase1, copy, asOf);
    expect(r.summary.deltaCapexUsd).toBe(0);
    expect(r.lines.filter((l) => l.totalUsd > 0)).toEqual([]);
    expect(r.summary.creditedUsd).toBe(r.summary.targetNewBuildCapexUsd);
    const phase1Lines = new Set(compareScenarios(doc, catalog, c0(doc), phase1, asOf).lines.map((l) => l.id.replace(/@built$/, '')));
    const records = new Set<string>(doc.equipment.map((e) => e.id));
    for (const l of r.lines.filter((x) => x.disposition === 'reused')) expect(records.has(l.assetId!) || phase1Lines.has(l.assetId!), l.id).toBe(true);
  });

  it('is the whole-bill credit and not a subtraction afterwards: installation is worked out on what is bought', () => {
    const r = compareScenarios(doc, catalog, phase1, phase2, asOf);
    const installation = r.lines.find((l) => l.id === 'building/installation/site')!;
    const bought = r.lines.filter((l) => (l.category === 'power' || l.category === 'cooling') && l.scope === 'landlord').reduce((s, l) => s + l.totalUsd, 0);
    expect(installation.derivation).toContain(`$${bought.toLocaleString('en-US')}`);
  });
});

/** The As-is scenario of the chain (Phase 1's baseline). */
function c0(doc: ProjectDocument): ScenarioId {
  return doc.scenarios.find((s) => s.name === 'As-is')!.id;
}

/**
 * A mining hall converted to AI strips out what it had and the target does not use, at the removal share of a new
 * unit (10%, factor removal-share-of-new):
 *   As-is: one mining hall, one row of 6 hydro ASIC racks (2 rack PDUs each at N: 12 PDUs, $3,000 each).
 *   Phase 1: the same hall as a converted-mining hall with GB200 NVL72 racks (own power shelves: no rack PDUs).
 *   The 12 PDUs stand and none is kept: strip-out 12 × 10% × $3,000 = $3,600, on a 'removed' line naming the
 *   baseline's PDU line; the target built new carries the same strip-out (like for like), so the delta stays below it.
 */
describe('a converted hall strips out the fit-out it no longer uses', () => {
  const c = retrofitCase({ profile: 'btc-hydro-asic', rows: 1, perRow: 6, yard: [], target: {} });
  const targetHall = c.doc.halls.find((h) => h.scenarioId === c.target)!;
  const targetRows = new Set(c.doc.rows.filter((r) => r.hallId === targetHall.id).map((r) => r.id));
  const doc = applyDiff(c.doc, {
    added: [],
    removed: [],
    updated: [
      ...c.doc.halls.filter((h) => h.scenarioId === c.baseline).map((h) => [h, { ...h, kind: 'mining' as const }] as const),
      [targetHall, { ...targetHall, kind: 'converted-mining' as const }] as const,
      ...c.doc.racks.filter((k) => targetRows.has(k.rowId)).map((k) => [k, { ...k, profileId: 'gb200-nvl72' }] as const),
    ],
  });

  it('strips out the 12 mining PDUs the GB200 racks do not use', () => {
    const before = analyze(doc, catalog, c.baseline).lines.find((l) => l.catalogId === 'pdu-rack-3ph-60a')!;
    expect(before.quantity).toBe(12);
    const r = compareScenarios(doc, catalog, c.baseline, c.target, asOf);
    const strip = r.lines.find((l) => l.id.startsWith('strip-out/') && l.catalogId === 'pdu-rack-3ph-60a')!;
    expect([strip.disposition, strip.quantity, strip.totalUsd, strip.assetId]).toEqual(['removed', 12, 3_600, before.id]);
    expect(r.summary.removalUsd).toBeGreaterThanOrEqual(3_600);
    expect(r.summary.deltaCapexUsd).toBeLessThanOrEqual(r.summary.targetNewBuildCapexUsd);
    expect(r.summary.targetNewBuildBasis).toContain("strip-out of the converted halls' old fit-out");
  });

  it('strips out nothing when the hall keeps its kind', () => {
    const r = compareScenarios(c.doc, catalog, c.baseline, c.target, asOf);
    expect(r.lines.filter((l) => l.id.startsWith('strip-out/'))).toEqual([]);
  });
});
