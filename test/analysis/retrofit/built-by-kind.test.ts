import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import { duplicateScenarioDiff, type EquipmentRecord, type ProjectDocument, type RowRecord, type ScenarioId } from '../../../shared/model/index.ts';
import { racks, row } from '../../engine/layout-fixture.ts';
import { applyDiff, plate, retrofitCase, yardUnit } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };

const kept = [yardUnit('tx0', 'xfmr-mvlv-2500kva', { position: { x: -20, y: 0 }, disposition: 'existing', nameplate: plate() })];

/** As-is, Phase 1 (its copy at N, no generators) and Phase 2 (a copy of Phase 1), with `edit` applied to Phase 2. */
function phases(extra: { phase1?: readonly EquipmentRecord[]; phase2?: (doc: ProjectDocument, id: ScenarioId) => ProjectDocument }) {
  const c = retrofitCase({ profile: 'air-40kw', rows: 3, perRow: 16, yard: kept, target: { powerRedundancy: 'N', generators: false } });
  let doc = applyDiff(c.doc, { added: (extra.phase1 ?? []).map((e) => ({ ...e, scenarioId: c.target })), removed: [], updated: [] });
  let n = 0;
  doc = applyDiff(doc, duplicateScenarioDiff(doc, c.target, 'Phase 2', (type) => `${type}-p2-${(n += 1)}`, true));
  const phase2 = doc.scenarios.find((s) => s.name === 'Phase 2')!.id;
  doc = extra.phase2 ? extra.phase2(doc, phase2) : doc;
  return { doc, asIs: c.baseline, phase1: c.target, phase2 };
}

const transformerLines = (r: ReturnType<typeof compareScenarios>) =>
  r.lines.filter((l) => l.catalogId?.startsWith('xfmr-mvlv') && l.disposition !== 'removed').map((l) => [l.disposition, l.catalogId, l.quantity, l.totalUsd]);

/**
 * A unit a previous phase's engine added stands in the next phase by kind and rating, whatever model the next phase's
 * larger load calls for: it is counted in the same supply step that sizes new units, and only the shortfall is bought.
 *   As-is: one hall of 3 rows × 16 air racks of 40 kW and one existing 2,500 kVA yard transformer (nameplate).
 *   Phase 1 at N: site transformer load 3,085.92 kVA (the engine's design-day facility load / pf 0.95). The kept
 *   unit gives 2,500 kVA, short by 585.92: one unit carries it, so the cheapest single unit, 1 × 1,500 kVA at
 *   $170,000 (2 units, 4,000 kVA).
 *   Phase 2: Phase 1 with 4 more rows of 16 racks (112 racks), load 7,200.48 kVA. The kept 2,500 kVA and Phase 1's
 *   1,500 kVA (credited at $0 on a 'reused' line naming Phase 1's line) give 4,000, short by 3,200.48: one unit
 *   carries it, the cheapest single one being 1 × 3,500 kVA at $330,000 (3 units, 7,500 kVA ≥ 7,200.48).
 *   Without the credit the step would see 2,500 kVA only, short by 4,700.48: no single unit carries it, the fewest
 *   is 2 (of 2,500 or 3,500 kVA), the cheaper 2 × 2,500 = $500,000, and Phase 1's unit would stand uncounted.
 */
describe("a previous phase's engine-sized units are credited by kind and rating", () => {
  const { doc, phase1, phase2 } = phases({
    phase2: (d, id) => {
      const hall = d.halls.find((h) => h.scenarioId === id)!;
      const rows: RowRecord[] = Array.from({ length: 4 }, (_, i) => row(`row-p2-${i}`, hall.id, { name: `${4 + i}`, origin: { x: 2, y: 2 + (3 + i) * 3.6 }, slotCount: 16 }));
      return applyDiff(d, { added: [...rows, ...rows.flatMap((r) => racks(r.id, 'air-40kw', 16))], removed: [], updated: [] });
    },
  });

  it('Phase 1 tops the kept unit up with one 1,500 kVA unit', () => {
    const r = compareScenarios(doc, catalog, doc.scenarios.find((s) => s.name === 'As-is')!.id, phase1, asOf);
    expect(transformerLines(r)).toEqual([
      ['reused', 'xfmr-mvlv-2500kva', 1, 0],
      ['new', 'xfmr-mvlv-1500kva', 1, 170_000],
    ]);
  });

  it("Phase 2 counts Phase 1's 1,500 kVA unit beside the kept one and buys one 3,500 kVA unit for the rest", () => {
    const r = compareScenarios(doc, catalog, phase1, phase2, asOf);
    expect(transformerLines(r)).toEqual([
      ['reused', 'xfmr-mvlv-1500kva', 1, 0],
      ['reused', 'xfmr-mvlv-2500kva', 1, 0],
      ['new', 'xfmr-mvlv-3500kva', 1, 330_000],
    ]);
    const credit = r.lines.find((l) => l.catalogId === 'xfmr-mvlv-1500kva')!;
    expect(credit.assetId).toBe('power/xfmr-mvlv-1500kva/site');
    expect(credit.derivation).toMatch(/^Already built in Phase 1: 1 of the 1 ea of MV\/LV transformer 1,500 kVA/);
    expect(r.lines.find((l) => l.catalogId === 'xfmr-mvlv-3500kva')!.derivation).toContain('the 2 kept, built and placed units give 4,000 kVA at N, short by 3,200.48 kVA; adding 1 × MV/LV transformer 3,500 kVA');
  });
});

/**
 * A unit placed in Phase 1 continues into Phase 2 as that record (kept by lineage, its own $0 line), so Phase 1's line
 * of it is not credited a second time: a second unit of the same item placed new in Phase 2 is bought.
 *   Phase 1 places TX-P1 (1,500 kVA, new, $170,000) beside the kept 2,500 kVA unit; Phase 2 keeps both and places
 *   TX-P2 (1,500 kVA): 1 × $170,000 bought, not credited against Phase 1's line.
 */
describe('a placed unit of the phase before is credited once, as its record', () => {
  const { doc, phase1, phase2 } = phases({
    phase1: [yardUnit('tx-p1', 'xfmr-mvlv-1500kva', { position: { x: -40, y: 0 } })],
    phase2: (d, id) => applyDiff(d, { added: [{ ...yardUnit('tx-p2', 'xfmr-mvlv-1500kva', { position: { x: -60, y: 0 } }), scenarioId: id }], removed: [], updated: [] }),
  });

  it('buys the new placed unit of Phase 2', () => {
    const r = compareScenarios(doc, catalog, phase1, phase2, asOf);
    expect(transformerLines(r)).toEqual([
      ['reused', 'xfmr-mvlv-2500kva', 1, 0],
      ['reused', 'xfmr-mvlv-1500kva', 1, 0],
      ['new', 'xfmr-mvlv-1500kva', 1, 170_000],
    ]);
    expect(r.lines.filter((l) => l.id.endsWith('@built') && l.catalogId === 'xfmr-mvlv-1500kva')).toEqual([]);
  });
});

/**
 * The same in a group the engine sizes with no kept unit beside it: a hall's own transformers.
 *   As-is: one hall of 1 row × 16 air racks of 40 kW, nothing in the yard: the hall's transformer load is below
 *   1,500 kVA, so the engine bought 1 × 1,500 kVA (the cheapest single unit).
 *   Phase 1 (the As-is copy with 3 more rows, 64 racks) at N: 4,114.56 kVA. The As-is 1,500 kVA unit is kept ($0,
 *   naming its line), short by 2,614.56 kVA: one unit carries it, the cheapest single one 1 × 3,500 kVA at $330,000
 *   (5,000 kVA in all). Built new, the hall would take ⌈4,114.56 / 3,500⌉ = 2 of 2,500 or 3,500 kVA, the cheaper
 *   2 × 2,500 = $500,000: a different model, so Phase 1's unit was credited not at all before.
 */
describe("a hall's engine-sized transformers stand in the next phase whatever model it picks", () => {
  const c = retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 16, yard: [], target: { powerRedundancy: 'N', generators: false } });
  const hall = c.doc.halls.find((h) => h.scenarioId === c.target)!;
  const rows: RowRecord[] = Array.from({ length: 3 }, (_, i) => row(`row-more-${i}`, hall.id, { name: `${2 + i}`, origin: { x: 2, y: 2 + (1 + i) * 3.6 }, slotCount: 16 }));
  const doc = applyDiff(c.doc, { added: [...rows, ...rows.flatMap((r) => racks(r.id, 'air-40kw', 16))], removed: [], updated: [] });

  it('keeps the 1,500 kVA unit and buys one 3,500 kVA unit for the rest', () => {
    const r = compareScenarios(doc, catalog, c.baseline, c.target, asOf);
    expect(transformerLines(r)).toEqual([
      ['reused', 'xfmr-mvlv-1500kva', 1, 0],
      ['new', 'xfmr-mvlv-3500kva', 1, 330_000],
    ]);
    expect(r.lines.find((l) => l.catalogId === 'xfmr-mvlv-3500kva')!.derivation).toContain('= 4,114.56 kVA: the 1 unit built before give 1,500 kVA at N, short by 2,614.56 kVA');
    expect(r.summary.deltaCapexUsd).toBeLessThanOrEqual(r.summary.targetNewBuildCapexUsd);
  });
});

/**
 * Heat rejection sized by the engine in a hall, with no kept unit beside it.
 *   As-is: one hall of 1 row × 4 GB200 NVL72: its liquid heat is rejected by 2 × 1,500 kWt tower cells (N+1).
 *   Phase 1 (the As-is copy with 11 more rows, 48 racks) at N+1: liquid heat 5,385.6 kWt + CDU pump heat 1.5% =
 *   5,466.38 kWt. The two 1,500 kWt cells are kept ($0, naming the As-is line); at N+1 one of them carries load,
 *   1,500 kWt, short by 3,966.38: the cheapest single unit that carries it is a 5,000 kWt cell ($800,000); with
 *   redundancy over all units, 1 more gives 3 units of which 2 carry 1,500 + 1,500 = 3,000 < 5,466.38, 2 more give
 *   4 units of which 3 carry 1,500 + 1,500 + 5,000 = 8,000 ≥ 5,466.38: 2 × $800,000 = $1,600,000. Built new it
 *   would be ⌈5,466.38 / 5,000⌉ = 2 + 1 spare = 3 × 5,000 kWt, and the two cells would stand uncounted.
 */
describe("a hall's engine-sized heat rejection stands in the next phase whatever model it picks", () => {
  const c = retrofitCase({ profile: 'gb200-nvl72', rows: 1, perRow: 4, yard: [], target: { powerRedundancy: 'N', generators: false } });
  const hall = c.doc.halls.find((h) => h.scenarioId === c.target)!;
  const rows: RowRecord[] = Array.from({ length: 11 }, (_, i) => row(`row-more-${i}`, hall.id, { name: `${2 + i}`, origin: { x: 2, y: 2 + (1 + i) * 3.6 }, slotCount: 4 }));
  const doc = applyDiff(c.doc, { added: [...rows, ...rows.flatMap((r) => racks(r.id, 'gb200-nvl72', 4))], removed: [], updated: [] });

  it('keeps the two 1,500 kWt cells and adds two 5,000 kWt cells', () => {
    const r = compareScenarios(doc, catalog, c.baseline, c.target, asOf);
    const towers = r.lines.filter((l) => l.catalogId?.startsWith('tower-')).map((l) => [l.disposition, l.catalogId, l.quantity, l.totalUsd]);
    expect(towers).toEqual([
      ['reused', 'tower-1500kw', 2, 0],
      ['new', 'tower-5000kw', 2, 1_600_000],
    ]);
    expect(r.lines.find((l) => l.catalogId === 'tower-5000kw')!.derivation).toContain('5,466.38 kWt; the air share goes to chilled water), at the site\'s design ambient: the 2 units built before give 1,500 kWt at N+1, short by 3,966.38 kWt');
  });
});

/**
 * A hall's automatic liquid loop, whose CDUs the engine sizes on heat and flow both.
 *   As-is: one hall of 1 row × 4 GB200 NVL72: its loop got 2 × 600 kW in-row CDUs (N+1; 600 kWt, 900 L/min each).
 *   Phase 1 (the As-is copy with 11 more rows, 48 racks): 5,385.6 kWt and 7,754 L/min at N+1. The two 600 kW CDUs
 *   are kept ($0, naming the As-is line); at N+1 one carries load: 600 kWt and 900 L/min, short by 4,785.6 kWt and
 *   6,854 L/min. No single CDU carries that; the fewest is 2 of the 2,500 kW facility CDU (2,500 kWt, 3,750 L/min:
 *   ⌈4,785.6 / 2,500⌉ = 2, ⌈6,854 / 3,750⌉ = 2) against 3 of 2,000 kW. With redundancy over all units and the
 *   smallest carrying: 2 more give 4 units of which 3 carry 600 + 600 + 2,500 = 3,700 kWt (short); 3 more give 5 of
 *   which 4 carry 600 + 600 + 2,500 + 2,500 = 6,200 kWt and 900 + 900 + 3,750 + 3,750 = 9,300 L/min, both enough:
 *   3 × $500,000 = $1,500,000. Built new it would be max(⌈5,385.6 / 2,500⌉, ⌈7,754 / 3,750⌉) = 3 + 1 spare = 4.
 */
describe("a loop's engine-sized CDUs stand in the next phase whatever model it picks", () => {
  const c = retrofitCase({ profile: 'gb200-nvl72', rows: 1, perRow: 4, yard: [], target: { powerRedundancy: 'N', generators: false } });
  const hall = c.doc.halls.find((h) => h.scenarioId === c.target)!;
  const rows: RowRecord[] = Array.from({ length: 11 }, (_, i) => row(`row-more-${i}`, hall.id, { name: `${2 + i}`, origin: { x: 2, y: 2 + (1 + i) * 3.6 }, slotCount: 4 }));
  const doc = applyDiff(c.doc, { added: [...rows, ...rows.flatMap((r) => racks(r.id, 'gb200-nvl72', 4))], removed: [], updated: [] });

  it('keeps the two 600 kW CDUs and adds three 2,500 kW CDUs', () => {
    const r = compareScenarios(doc, catalog, c.baseline, c.target, asOf);
    const cdus = r.lines.filter((l) => l.catalogId?.startsWith('cdu-')).map((l) => [l.disposition, l.catalogId, l.quantity, l.totalUsd]);
    expect(cdus).toEqual([
      ['reused', 'cdu-inrow-600kw', 2, 0],
      ['new', 'cdu-facility-2500kw', 3, 1_500_000],
    ]);
    expect(r.lines.find((l) => l.catalogId === 'cdu-facility-2500kw')!.derivation).toContain(
      'the 2 units built before give 600 kWt and 900 L/min at N+1, short by 4,785.6 kWt and 6,854 L/min; adding 3 × Facility CDU 2,500 kW (2,500 kWt and 3,750 L/min) brings the 5 units at N+1 to 6,200 kWt and 9,300 L/min',
    );
  });
});
