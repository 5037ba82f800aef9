import { describe, expect, it } from 'vitest';
import { analyze, type ScenarioReport } from '../../shared/analysis/index.ts';
import { Redundancy, ScenarioRecord, type Redundancy as RedundancyName } from '../../shared/model/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog, linesOf, quantityOf } from './fixtures.ts';
import { equipment, feed, hall, project, racks, row, scenario, SCENARIO } from './layout-fixture.ts';

/*
 * Redundancy per buildable lineup. A UPS lineup (parallel group) sits on one LV bus, so the output of its frames
 * carrying load must fit the largest LV board in the catalog at the continuous rule:
 *   6,300 A board: √3 × 415 V × 6,300 A × 0.8 = 3,622.76 kVA per lineup.
 *
 * Lineups are formed per row group, as a designer would: consecutive rows share a lineup while the frames their
 * load needs fit the bus, and each lineup is sized on its own rows.
 * 100 GB200 racks in the block's rows of 16: six rows of 16 × 132 = 2,112 kW / 0.95 = 2,223.16 kVA and one of
 *   4 × 132 = 528 kW / 0.95 = 555.79 kVA (13,894.74 kVA in all).
 *   1,250 kVA frames: ⌊3,622.76 / 1,250⌋ = 2 per lineup; a full row ⌈2,223.16 / 1,250⌉ = 2 (two rows would need 4);
 *     the last row with the sixth: ⌈2,778.95 / 1,250⌉ = 3 > 2, so its own lineup of 1 → 7 lineups, 6 × 2 + 1 × 1 = 13.
 *   1,000 kVA: 3 per lineup; full row 3; last row alone 1 → 7 lineups, 19.  750 kVA: 4 per lineup; full row 3; the
 *     last row joins the sixth (⌈2,778.95 / 750⌉ = 4) → 6 lineups, 1 × 4 + 5 × 3 = 19 (lineups listed largest first).  500 kVA: 7 per lineup; full
 *     row 5; the last joins the sixth (⌈2,778.95 / 500⌉ = 6) → 6 lineups, 5 × 5 + 6 = 31.
 * The model is the one whose lineups cost least as built: per frame its price and its 5-minute batteries
 *   (kW × 5 / 60 h × $700/kWh): 1,250 $360,000 + $72,916.67; 1,000 $300,000 + $58,333.33; 750 $240,000 + $43,750 =
 *   $283,750; 500 $175,000 + $29,166.67 = $204,166.67; per lineup a 6,300 A output board $270,000 and its LV
 *   feeder 40 m × $1,800 = $342,000.
 *   N:  1,250 13 × 432,916.67 + 7 × 342,000 = $8,021,917; 1,000 $9,202,333; 750 19 × 283,750 + 6 × 342,000 =
 *       $7,443,250; 500 31 × 204,166.67 + 6 × 342,000 = $8,381,167 → 750 kVA.
 *   N+1 (one spare per lineup): 1,250 20 frames $11,052,333; 750 25 frames $9,145,750; 500 37 frames $9,606,167 → 750.
 *   2N, 2(N+1) and block are 750 kVA too (2N 38 × 283,750 + 12 × 342,000 = $14,886,500 against 1,250's $16,043,833).
 *   N       19 frames, 6 output boards
 *   N+1     19 + 1 spare in each of 6 lineups = 25, 6 boards (not one spare pooled on one 13,895 kVA = 19,331 A bus)
 *   2N      2 × 19 = 38, 2 × 6 = 12 boards
 *   2(N+1)  2 × 25 = 50, 12 boards
 *   block   19 + one reserve block as large as the largest lineup (4) = 23, 6 + 1 = 7 boards
 * A row larger than a bus is split: 40 GB200 racks in one row, 5,280 kW / 0.95 = 5,557.89 kVA: with 1,250 kVA frames
 *   ⌈5,557.89 / 1,250⌉ = 5 > 2 → ⌈5 / 2⌉ = 3 lineups of ⌈1,852.63 / 1,250⌉ = 2; 1,000 kVA: 6 > 3 → 2 lineups of
 *   ⌈2,778.95 / 1,000⌉ = 3; 750: 8 > 4 → 2 lineups of 4; 500: 12 > 7 → 2 of 6. At the fixture's 2N:
 *   1,250 12 × 432,916.67 + 6 × 342,000 = $7,247,000; 1,000 12 × 358,333.33 + 4 × 342,000 = $5,668,000;
 *   750 16 × 283,750 + 4 × 342,000 = $5,908,000; 500 24 × 204,166.67 + 4 × 342,000 = $6,268,000 → 2 lineups of 3 × 1,000 kVA.
 * A placed feed of 4 × 1,250 kVA at N gives 5,000 kVA = 6,956 A at 415 V: more than 3,622.76 kVA (lineup-over-bus).
 * Old files that say '2N+1' read as '2(N+1)'.
 */
function bill(r: RedundancyName): ScenarioReport {
  return analyze(blockProject({ profileId: 'gb200-nvl72', count: 100 }, { scenario: { powerRedundancy: r } }), catalog, BLOCK_SCENARIO);
}
const boards = (b: ScenarioReport) => b.lines.filter((l) => l.group.endsWith('/ups')).reduce((s, l) => s + l.quantity, 0);

describe('UPS lineups limited by the LV bus, worked by hand', () => {
  it('100 GB200 racks: 6 row-group lineups (1 × 4 + 5 × 3 of 750 kVA); redundancy per lineup', () => {
    const expected: [RedundancyName, number, number][] = [['N', 19, 6], ['N+1', 25, 6], ['2N', 38, 12], ['2(N+1)', 50, 12], ['block', 23, 7]];
    for (const [r, frames, outputBoards] of expected) {
      const b = bill(r);
      expect(quantityOf(b, 'ups-750kw'), r).toBe(frames);
      expect(boards(b), r).toBe(outputBoards);
    }
    const line = linesOf(bill('N+1'), 'ups-750kw')[0]!;
    expect(line.derivation).toContain('√3 × 415 V × 6,300 A × 0.8 continuous = 3,622.8 kVA');
    expect(line.derivation).toContain('lineups of at most ⌊3,622.8 / 750⌋ = 4 frames carrying load, each sized on its own rows: 6 lineups of 1 × 4 + 5 × 3 frames');
    expect(line.derivation).toContain('e.g. Row 1: ⌈2,223.16 kVA / 750 kVA⌉ = 3');
    expect(line.derivation).toContain('25 × $283,750 + 6 × $342,000 = $9,145,750');
    expect(line.derivation).toContain('N+1 per lineup: (1 × 4 + 5 × 3) + 1 spare in each of 6 = 25');
    expect(linesOf(bill('block'), 'ups-750kw')[0]!.derivation).toContain('one reserve (catcher) block as large as the largest, 4 = 23');
    const group = bill('block').groups.find((g) => g.kind === 'upsLineup')!;
    expect(group.usableUnits).toBe(19);
    expect(group.usableCapacity).toBe(14_250);
  });

  it('a row larger than one bus is split evenly over lineups', () => {
    const doc = project({ halls: [hall('h1')], rows: [row('a', 'h1', { slotCount: 40 })], racks: racks('a', 'gb200-nvl72', 40) });
    const b = analyze(doc, catalog, SCENARIO);
    const line = b.lines.find((l) => l.catalogId?.startsWith('ups-') && l.group === 'h1')!;
    expect(line.catalogId).toBe('ups-1000kw');
    expect(line.derivation).toContain('2 lineups of 2 × 3 frames');
    expect(line.derivation).toContain('⌈2,778.95 kVA / 1,000 kVA⌉ = 3');
  });

  it('a placed lineup larger than the LV bus is flagged on its feed', () => {
    const doc = project({
      halls: [hall('h1')],
      rows: [row('a', 'h1', { feedAId: 'fa' as never, feedBId: 'fb' as never })],
      racks: racks('a', 'gb200-nvl72', 4),
      equipment: ['u1', 'u2', 'u3', 'u4', 'u5'].map((id) => equipment(id, 'ups-1250kw')),
      powerFeeds: [feed('fa', 'h1', 'A', ['u1', 'u2', 'u3', 'u4']), feed('fb', 'h1', 'B', ['u5'])],
    });
    const b = analyze(doc, catalog, SCENARIO);
    const over = b.checks.filter((c) => c.code === 'lineup-over-bus');
    expect(over.map((c) => c.subject?.id)).toEqual(['fa']);
    expect(over[0]!.message).toContain('5,000 kVA = 6,956 A at 415 V');
    // Each placed lineup sits on its own UPS output board; its GPU swing is checked as the engine's lineups are:
    // each feed carries 4 × 132 = 528 kW / 0.95 = 555.79 kVA + a swing of 0.4 × 528 / 0.95 = 222.32 → 778.11 kVA,
    // within feed B's single 1,250 kVA frame × 1.25 overload = 1,562.5 kVA: no transient warning.
    expect(b.lines.filter((l) => l.catalogId === 'swbd-lv-6300a' && (l.group === 'fa' || l.group === 'fb')).map((l) => l.quantity)).toEqual([1, 1]);
    // and each output board feeds its busway over one board-rated LV feeder: 1 circuit × 40 m per feed.
    expect(b.lines.filter((l) => l.catalogId === 'lv-feeder-m' && (l.group === 'fa' || l.group === 'fb')).map((l) => l.quantity)).toEqual([40, 40]);
    expect(b.checks.some((c) => c.code === 'gpu-transient-exceeds')).toBe(false);
  });

  it('modes are named as Uptime and vendors name them; old files saying 2N+1 read as 2(N+1)', () => {
    expect(Redundancy.options).toEqual(['N', 'N+1', '2N', '2(N+1)', 'block']);
    expect(ScenarioRecord.parse({ ...scenario, powerRedundancy: '2N+1' }).powerRedundancy).toBe('2(N+1)');
    expect(ScenarioRecord.parse({ ...scenario, powerRedundancy: 'block' }).powerRedundancy).toBe('block');
    expect(() => ScenarioRecord.parse({ ...scenario, powerRedundancy: '3N' })).toThrow();
  });
});
