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
 *     the last row with the sixth: ⌈2,778.95 / 1,250⌉ = 3 > 2, so its own lineup of ⌈555.79 / 1,250⌉ = 1
 *     → 7 lineups, 6 × 2 + 1 × 1 = 13 frames carrying load.
 *   1,000 kVA: 3 per lineup; full row 3; last row alone 1 → 19.  750 kVA: 4 per lineup; full row 3; the last row
 *     joins the sixth (⌈2,778.95 / 750⌉ = 4) → 5 × 3 + 4 = 19.  500 kVA: 7 per lineup; full row 5; last joins the
 *     sixth (⌈2,778.95 / 500⌉ = 6) → 5 × 5 + 6 = 31.  Fewest frames carrying load: 1,250 kVA, 13 in 7 lineups.
 *   N       13 frames, 7 output boards
 *   N+1     13 + 1 spare in each of 7 lineups = 20, 7 boards (not 12 + 1 pooled on one 13,895 kVA = 19,331 A bus)
 *   2N      2 × 13 = 26, 2 × 7 = 14 boards
 *   2(N+1)  2 × 20 = 40, 14 boards
 *   block   13 + one reserve block as large as the largest lineup (2) = 15, 7 + 1 = 8 boards
 * A row larger than a bus is split: 40 GB200 racks in one row, 5,280 kW / 0.95 = 5,557.89 kVA: with 1,250 kVA frames
 *   ⌈5,557.89 / 1,250⌉ = 5 > 2 → ⌈5 / 2⌉ = 3 lineups of ⌈1,852.63 / 1,250⌉ = 2 → 6 (1,000 kVA: 6 > 3 → 2 lineups of
 *   ⌈2,778.95 / 1,000⌉ = 3 → 6, equal count; the cheaper set wins: 6 × $300,000 against 6 × $360,000) → 2 lineups of 3 × 1,000 kVA.
 * A placed feed of 4 × 1,250 kVA at N gives 5,000 kVA = 6,956 A at 415 V: more than 3,622.76 kVA (lineup-over-bus).
 * Old files that say '2N+1' read as '2(N+1)'.
 */
function bill(r: RedundancyName): ScenarioReport {
  return analyze(blockProject({ profileId: 'gb200-nvl72', count: 100 }, { scenario: { powerRedundancy: r } }), catalog, BLOCK_SCENARIO);
}
const boards = (b: ScenarioReport) => b.lines.filter((l) => l.group.endsWith('/ups')).reduce((s, l) => s + l.quantity, 0);

describe('UPS lineups limited by the LV bus, worked by hand', () => {
  it('100 GB200 racks: 7 row-group lineups (6 × 2 + 1 × 1 of 1,250 kVA); redundancy per lineup', () => {
    const expected: [RedundancyName, number, number][] = [['N', 13, 7], ['N+1', 20, 7], ['2N', 26, 14], ['2(N+1)', 40, 14], ['block', 15, 8]];
    for (const [r, frames, outputBoards] of expected) {
      const b = bill(r);
      expect(quantityOf(b, 'ups-1250kw'), r).toBe(frames);
      expect(boards(b), r).toBe(outputBoards);
    }
    const line = linesOf(bill('N+1'), 'ups-1250kw')[0]!;
    expect(line.derivation).toContain('√3 × 415 V × 6,300 A × 0.8 continuous = 3,622.8 kVA');
    expect(line.derivation).toContain('lineups of at most ⌊3,622.8 / 1,250⌋ = 2 frames carrying load, each sized on its own rows: 7 lineups of 6 × 2 + 1 × 1 frames');
    expect(line.derivation).toContain('e.g. Row 1: ⌈2,223.16 kVA / 1,250 kVA⌉ = 2');
    expect(line.derivation).toContain('N+1 per lineup: (6 × 2 + 1 × 1) + 1 spare in each of 7 = 20');
    expect(linesOf(bill('block'), 'ups-1250kw')[0]!.derivation).toContain('one reserve (catcher) block as large as the largest, 2 = 15');
    const group = bill('block').groups.find((g) => g.kind === 'upsLineup')!;
    expect(group.usableUnits).toBe(13);
    expect(group.usableCapacity).toBe(16_250);
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
    expect(b.checks.some((c) => c.code === 'gpu-transient-exceeds')).toBe(false);
  });

  it('modes are named as Uptime and vendors name them; old files saying 2N+1 read as 2(N+1)', () => {
    expect(Redundancy.options).toEqual(['N', 'N+1', '2N', '2(N+1)', 'block']);
    expect(ScenarioRecord.parse({ ...scenario, powerRedundancy: '2N+1' }).powerRedundancy).toBe('2(N+1)');
    expect(ScenarioRecord.parse({ ...scenario, powerRedundancy: 'block' }).powerRedundancy).toBe('block');
    expect(() => ScenarioRecord.parse({ ...scenario, powerRedundancy: '3N' })).toThrow();
  });
});
