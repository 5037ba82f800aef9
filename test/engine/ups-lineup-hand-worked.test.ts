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
 * 100 GB200 racks: 100 × 132 = 13,200 kW / 0.95 = 13,894.74 kVA.
 *   1,250 kVA frames: ⌊3,622.76 / 1,250⌋ = 2 per lineup; N = ⌈13,894.74 / 1,250⌉ = 12 → ⌈12 / 2⌉ = 6 lineups of 2 → 12
 *   1,000 kVA: 3 per lineup; N = 14 → 5 lineups of 3 → 15;  750 kVA: 4 per lineup; N = 19 → 5 of 4 → 20;
 *   500 kVA: 7 per lineup; N = 28 → 4 of 7 → 28.  Fewest frames carrying load: 1,250 kVA, 6 lineups of 2.
 *   N       6 × 2 = 12 frames, 6 output boards
 *   N+1     6 × (2 + 1) = 18, 6 boards (one spare per lineup; not 12 + 1 pooled on one 13,895 kVA = 19,331 A bus)
 *   2N      2 × 6 × 2 = 24, 12 boards
 *   2(N+1)  2 × 6 × (2 + 1) = 36, 12 boards
 *   block   6 active lineups × 2 + one reserve block as large as the largest (2) = 14, 7 boards
 * A placed feed of 4 × 1,250 kVA at N gives 5,000 kVA = 6,956 A at 415 V: more than 3,622.76 kVA (lineup-over-bus).
 * Old files that say '2N+1' read as '2(N+1)'.
 */
function bill(r: RedundancyName): ScenarioReport {
  return analyze(blockProject({ profileId: 'gb200-nvl72', count: 100 }, { scenario: { powerRedundancy: r } }), catalog, BLOCK_SCENARIO);
}
const boards = (b: ScenarioReport) => b.lines.filter((l) => l.group.endsWith('/ups')).reduce((s, l) => s + l.quantity, 0);

describe('UPS lineups limited by the LV bus, worked by hand', () => {
  it('100 GB200 racks: 6 lineups of 2 × 1,250 kVA; redundancy per lineup', () => {
    const expected: [RedundancyName, number, number][] = [['N', 12, 6], ['N+1', 18, 6], ['2N', 24, 12], ['2(N+1)', 36, 12], ['block', 14, 7]];
    for (const [r, frames, outputBoards] of expected) {
      const b = bill(r);
      expect(quantityOf(b, 'ups-1250kw'), r).toBe(frames);
      expect(boards(b), r).toBe(outputBoards);
    }
    const line = linesOf(bill('N+1'), 'ups-1250kw')[0]!;
    expect(line.derivation).toContain('√3 × 415 V × 6,300 A × 0.8 continuous = 3,622.8 kVA');
    expect(line.derivation).toContain('at most ⌊3,622.8 / 1,250⌋ = 2 frames per lineup → ⌈12 / 2⌉ = 6 lineups of ⌈12 / 6⌉ = 2');
    expect(line.derivation).toContain('N+1 per lineup: 6 × (2 + 1 spare) = 18');
    const group = bill('block').groups.find((g) => g.kind === 'upsLineup')!;
    expect(group.usableUnits).toBe(12);
    expect(group.usableCapacity).toBe(15_000);
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
