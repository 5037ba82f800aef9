import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog, linesOf } from './fixtures.ts';
import { equipment, hall, loop, project, racks, row, SCENARIO } from './layout-fixture.ts';

/*
 * Piping billed by length at the computed DN.
 * Ten GB200 racks of the block (one row of 16 × 0.6 = 9.6 m; hall 9.6 m deep), water at ΔT 10 K:
 *   flow 1,122 kWt × 60 / (0.997 × 4.18 × 10) = 1,615 L/min; at 2 m/s: area 1,615 / 60,000 / 2 = 0.01346 m²,
 *   d = √(4 × 0.01346 / π) = 130.9 mm → DN150 → the DN250 pipe item (smallest that covers DN150).
 *   Loop (no drawn route): 9.6 m of row + 9.6 m header = 19.2 m one way → 2 × 19.2 = 38.4 m.
 *   Facility-water mains: the same 1,615 L/min → DN150, 150 m route → 2 × 150 = 300 m.
 *   Isolation: one CDU (1,250 kW, 1,875 L/min carries it alone) + one row branch = 2 valve pairs.
 * A placed loop with a drawn route is billed over the route the report gives (group routeLengthM), × 2.
 */
describe('piping by length, worked by hand', () => {
  it('ten GB200 racks: 38.4 m of loop and 300 m of mains at DN150, two isolation pairs', () => {
    const b = analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }), catalog, BLOCK_SCENARIO);
    const pipes = linesOf(b, 'pipe-dn250-m');
    const loopPipe = pipes.find((l) => l.derivation.includes('technology cooling loop'))!;
    expect(loopPipe.quantity).toBeCloseTo(38.4, 9);
    expect(loopPipe.derivation).toContain('DN150');
    expect(loopPipe.derivation).toContain('1 liquid rows 9.6 m + header across the hall 9.6 m = 19.2 m');
    const mains = pipes.find((l) => l.derivation.includes('facility-water mains'))!;
    expect(mains.quantity).toBe(300);
    expect(linesOf(b, 'valve-isolation-pair')[0]!.quantity).toBe(2);
  });

  it('a drawn loop route is billed at its length from the report', () => {
    const doc = project({
      halls: [hall('h1')],
      rows: [row('a', 'h1', { coolingLoopId: 'l1' as never })],
      racks: racks('a', 'gb200-nvl72', 4),
      equipment: [equipment('c1', 'cdu-inrow-600kw', 'h1'), equipment('c2', 'cdu-inrow-600kw', 'h1')],
      coolingLoops: [loop('l1', 'h1', ['c1', 'c2'], { route: [{ x: 2, y: 2 }, { x: 20, y: 2 }, { x: 20, y: 10 }] })],
    });
    const b = analyze(doc, catalog, SCENARIO);
    const route = b.groups.find((g) => g.id === 'l1')!.routeLengthM!;
    expect(route).toBeGreaterThan(0);
    const pipe = b.lines.find((l) => l.group === 'l1' && l.catalogId?.startsWith('pipe-'))!;
    expect(pipe.quantity).toBeCloseTo(Math.round(2 * route * 10) / 10, 1);
    expect(pipe.derivation).toContain('from the layout');
    expect(b.lines.find((l) => l.group === 'l1' && l.catalogId === 'valve-isolation-pair')!.quantity).toBe(3);
  });
});
