import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { analyze } from '../../../shared/analysis/index.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import { duplicateScenarioDiff, type Redundancy, type RowRecord } from '../../../shared/model/index.ts';
import { racks, row } from '../../engine/layout-fixture.ts';
import { applyDiff, retrofitCase } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };
const sum = (xs: readonly { totalUsd: number }[]) => xs.reduce((s, l) => s + l.totalUsd, 0);

/** As-is: one hall of 1 row × 16 air racks of 40 kW at N, no generators; Phase 1: its copy with `more` rows of 16 `profile` racks. */
function grown(more: number, profile: string, powerRedundancy: Redundancy = 'N') {
  const c = retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 16, yard: [], target: { powerRedundancy, generators: false }, base: { powerRedundancy } });
  const hall = c.doc.halls.find((h) => h.scenarioId === c.target)!;
  const rows: RowRecord[] = Array.from({ length: more }, (_, i) => row(`row-more-${i}`, hall.id, { name: `${2 + i}`, origin: { x: 2, y: 2 + (1 + i) * 3.6 }, slotCount: 16 }));
  const doc = applyDiff(c.doc, { added: [...rows, ...rows.flatMap((r) => racks(r.id, profile, 16))], removed: [], updated: [] });
  const r = compareScenarios(doc, catalog, c.baseline, c.target, asOf);
  return { doc, c, r };
}

/** Lines of the items matching `item` in groups whose id ends with `group`, as [disposition, item, quantity, total]. */
const linesOf = (r: ReturnType<typeof compareScenarios>, item: RegExp, group: string) =>
  r.lines.filter((l) => item.test(l.catalogId ?? '') && l.group.endsWith(group)).map((l) => [l.disposition, l.catalogId, l.quantity, l.totalUsd]);

/** The acceptance rules: the upgrade never above built new, its lines add up, every credit names its asset, self-compare free. */
function holdsTheRules({ doc, c, r }: ReturnType<typeof grown>): void {
  expect(sum(r.lines)).toBe(r.summary.deltaCapexUsd);
  expect(r.summary.deltaCapexUsd).toBeLessThanOrEqual(r.summary.targetNewBuildCapexUsd);
  // Nothing is placed: every credit is a line of the baseline's bill, named in its derivation by item and group.
  const baselineLines = new Map(analyze(doc, catalog, c.baseline).lines.map((l) => [l.id, l]));
  for (const l of r.lines.filter((x) => x.disposition === 'reused')) {
    const built = baselineLines.get(l.assetId ?? '');
    expect(built, l.id).toBeDefined();
    expect(l.derivation).toContain(`of ${built!.item} in ${built!.groupName} stand in this group`);
    expect(l.derivation).not.toContain(built!.id);
  }
  expect(compareScenarios(doc, catalog, c.target, c.target, asOf).summary.deltaCapexUsd).toBe(0);
  // A next phase that changes nothing buys nothing: what this phase kept and bought all stands, line for line.
  let n = 0;
  const next = applyDiff(doc, duplicateScenarioDiff(doc, c.target, 'Phase 2', (type) => `${type}-p2-${(n += 1)}`, true));
  const unchanged = compareScenarios(next, catalog, c.target, next.scenarios.find((s) => s.name === 'Phase 2')!.id, asOf);
  expect(unchanged.summary.deltaCapexUsd).toBe(0);
  expect(unchanged.lines.filter((l) => l.disposition !== 'reused').map((l) => l.id)).toEqual([]);
}

/**
 * Catalog: UPS frames of 500 / 750 / 1,000 / 1,250 kVA (output PF 1) at $175,000 / $240,000 / $300,000 / $360,000;
 * batteries 5 min at $700/kWh (a frame of K kW carries K × 5 / 60 kWh); the largest LV bus is the 6,300 A board,
 * √3 × 415 V × 6,300 A × 0.8 = 3,622.8 kVA, which takes ⌊3,622.8 / K⌋ frames carrying load (7 / 4 / 3 / 2); one
 * output board ($270,000) and 40 m of LV feeder ($1,800/m) per lineup = $342,000. A frame with its batteries:
 * $204,166.67 / $283,750 / $358,333.33 / $432,916.67. Power factor 0.95.
 * As-is: row 1, 16 × 40 kW = 640 kW / 0.95 = 673.68 kVA. One lineup at N: 2 × 500 ($750,333), 1 × 750 ($625,750),
 * 1 × 1,000 ($700,333) or 1 × 1,250 ($774,917): the engine built 1 × 750 kVA and one output board.
 */
describe("a previous phase's UPS frames stand in the next phase's lineups", () => {
  /**
   * Phase 1 adds rows 2-4 of 40 kW racks: 4 × 640 = 2,560 kW / 0.95 = 2,694.74 kVA, all rows in one lineup with
   * every model (4 × 750 fit a bus of 4; 3 × 1,000 of 3; 6 × 500 of 7); 1,250 needs 3 > 2 frames, so 2 lineups.
   * Built new: 3 × 1,000 = 3 × $358,333.33 + $342,000 = $1,417,000 beats 4 × 750 = $1,477,000. The As-is 750 kVA frame
   * costs nothing up to its number, so 4 × 750 cost (4 − 1) × $283,750 + $342,000 = $1,193,250 and win: the As-is
   * frame is credited, 3 × 750 are bought ($720,000) in the same lineup and its output board is kept (none bought).
   * Without the credit in the choice the step bought 3 × 1,000 ($900,000) and the As-is frame stood uncounted.
   */
  it('extends the built lineup with frames of its own model when that costs least', () => {
    const g = grown(3, 'air-40kw');
    expect(linesOf(g.r, /^ups-\d+kw$/, 'hall-copy-2')).toEqual([
      ['reused', 'ups-750kw', 1, 0],
      ['new', 'ups-750kw', 3, 720_000],
    ]);
    expect(linesOf(g.r, /^swbd-lv-6300a$/, '/ups')).toEqual([['reused', 'swbd-lv-6300a', 1, 0]]);
    expect(g.r.lines.find((l) => l.id === 'power/ups-750kw/hall-copy-2')!.derivation).toContain('(4 − 1 built before) × $283,750 + 1 × $342,000 = $1,193,250');
    holdsTheRules(g);
  });

  /**
   * Phase 1 adds rows 2-3 of 16 Vera Rubin NVL144 racks: 3,360 kW a row / 0.95 = 3,536.84 kVA, more than one bus of
   * any model, so each row is split over 2 lineups of 1,768.42 kVA. Over rows 1-3 (5 lineups, $1,710,000 of boards):
   * 500: 2 + 4 × 4 = 18 frames, $5,385,000; 750: 1 + 4 × 3 = 13, less the 1 built, 12 × $283,750 + boards =
   * $5,115,000; 1,000: 1 + 4 × 2 = 9, $4,935,000; 1,250: 1 + 4 × 2 = 9, $5,606,250: the rows call for 1,000 kVA.
   * Paralleled UPS modules must be of one model and rating (they share the load equally; the engine builds a lineup of
   * one model), so the As-is 750 kVA frame is not mixed into a 1,000 kVA lineup: it stays as its own lineup on row 1
   * (1 frame at N, its output board and batteries kept), and rows 2-3 get new lineups of the model that costs least
   * for them (4 lineups, $1,368,000 of boards): 500: 16 frames $4,634,667; 750: 12, $4,773,000; 1,000: 8, $4,234,667;
   * 1,250: 8, $4,831,333. So 8 × 1,000 kVA ($2,400,000) and 4 of the 5 output boards ($1,080,000); batteries
   * 62.5 kWh kept and 8 × 1,000 × 5 / 60 = 666.7 kWh bought ($466,690). An engineer keeps a working lineup on the rows
   * it already feeds rather than scrap it; built new the hall would take 9 × 1,000 kVA, the As-is frame bought again.
   */
  it('keeps frames of another model as their own lineup on the rows they carry and buys the new model for the rest', () => {
    const g = grown(2, 'vr-nvl144');
    expect(linesOf(g.r, /^ups-\d+kw$/, 'hall-copy-2')).toEqual([
      ['reused', 'ups-750kw', 1, 0],
      ['new', 'ups-1000kw', 8, 2_400_000],
    ]);
    expect(linesOf(g.r, /^swbd-lv-6300a$/, '/ups')).toEqual([
      ['reused', 'swbd-lv-6300a', 1, 0],
      ['new', 'swbd-lv-6300a', 4, 1_080_000],
    ]);
    expect(linesOf(g.r, /^ups-battery/, 'hall-copy-2')).toEqual([
      ['reused', 'ups-battery-li-ion', 1 * 62.5, 0],
      ['new', 'ups-battery-li-ion', 666.7, 466_690],
    ]);
    const credit = g.r.lines.find((l) => l.catalogId === 'ups-750kw')!;
    expect(credit.assetId).toBe('power/ups-750kw/h1');
    expect(credit.derivation).toMatch(/^Already built in As-is: 1 of the 1 ea of UPS frame 750 kW/);
    expect(g.r.lines.find((l) => l.catalogId === 'ups-1000kw')!.derivation).toContain(
      'UPS frames of different models are not paralleled in one lineup, so the 1 × UPS frame 750 kW built before stay as a lineup of their own (1 × 1 frames carrying load) on row 1: N: 1 × 1 = 1; the other rows\' IT load 6,720 kW / pf 0.95 = 7,073.68 kVA',
    );
    expect(g.r.lines.find((l) => l.id === 'power/swbd-lv-6300a/hall-copy-2/ups')!.derivation).toContain('one UPS output switchboard per lineup (its paralleling bus) at N: (1 lineup) + (4 lineups) = 5');
    // Built new, the hall's rows take 9 × 1,000 kVA frames in 5 lineups (row 1 on one of them).
    expect(analyze(g.doc, catalog, g.c.target).lines.filter((l) => /^ups-\d+kw$/.test(l.catalogId ?? '') && l.group === 'hall-copy-2').map((l) => [l.catalogId, l.quantity])).toEqual([['ups-1000kw', 9]]);
    holdsTheRules(g);
  });
});

/**
 * One LV switchboard per transformer secondary, sized on that transformer's own secondary (at 415 V, loaded to 80%):
 * a 1,500 kVA secondary draws 1,500 / (√3 × 0.415) = 2,087 A ≤ 5,000 A × 0.8 = 4,000 A: the 5,000 A board ($220,000);
 * 3,500 kVA draws 4,869 A > 4,000, ≤ 6,300 × 0.8 = 5,040: the 6,300 A board ($270,000).
 *   As-is (row 1): one 1,500 kVA transformer and its 5,000 A board.
 *   Phase 1 (rows 1-4 of 40 kW racks; built-by-kind.test.ts): the 1,500 kVA transformer kept and 1 × 3,500 kVA added.
 *   The kept transformer keeps its 5,000 A board ($0, naming the As-is line); the new one gets 1 × 6,300 A ($270,000).
 *   Sized on the largest transformer, as before, the step bought 2 × 6,300 A ($540,000) and the As-is board stood
 *   uncounted.
 */
describe("a previous phase's LV switchboards stand beside the transformers they serve", () => {
  it('keeps the 5,000 A board of the kept transformer and buys a 6,300 A board for the new one', () => {
    const g = grown(3, 'air-40kw');
    expect(linesOf(g.r, /^xfmr-mvlv/, 'hall-copy-2')).toEqual([
      ['reused', 'xfmr-mvlv-1500kva', 1, 0],
      ['new', 'xfmr-mvlv-3500kva', 1, 330_000],
    ]);
    expect(linesOf(g.r, /^swbd-lv/, 'hall-copy-2')).toEqual([
      ['reused', 'swbd-lv-5000a', 1, 0],
      ['new', 'swbd-lv-6300a', 1, 270_000],
    ]);
    expect(g.r.lines.find((l) => l.catalogId === 'swbd-lv-5000a')!.assetId).toBe('power/swbd-lv-5000a/h1');
    expect(g.r.lines.find((l) => l.catalogId === 'swbd-lv-6300a' && l.group === 'hall-copy-2')!.derivation).toContain(
      'one LV switchboard per transformer secondary, 1 of the 2 on this board; secondary 3,500 kVA / (√3 × 415 V) = 4,869 A ≤ 6,300 A × 0.8 = 5,040 A continuous',
    );
    holdsTheRules(g);
  });
});

/**
 * The rules hold whatever the next phase adds and at every power redundancy (frames of either model kept or extended):
 * every case of the small domain, not a sample of it, since a sample missed the case where a phase's frames of one
 * model stand on two lines (a kept lineup and a new one) and the next phase bought the second line's frames again.
 */
describe('UPS and LV credits keep the acceptance rules', () => {
  const profiles = ['air-40kw', 'gb200-nvl72', 'vr-nvl144'] as const;
  const redundancies: readonly Redundancy[] = ['N', 'N+1', '2N', '2(N+1)', 'block'];
  const cases = [0, 1, 2, 3, 4].flatMap((more) => profiles.flatMap((profile) => redundancies.map((redundancy) => [more, profile, redundancy] as const)));
  it.each(cases)('never above built new, lines add up, credits name their asset, self-compare free: %i rows of %s at %s', (more, profile, redundancy) => {
    holdsTheRules(grown(more, profile, redundancy));
  });
});
