import { describe, expect, it } from 'vitest';
import { analyze, type ScenarioReport } from '../../shared/analysis/index.ts';
import { catalog, quantityOf } from '../engine/fixtures.ts';
import { equipment, feed, hall, loop, project, racks, row, SCENARIO, site } from '../engine/layout-fixture.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';

const bill = (doc: ProjectDocument): ScenarioReport => analyze(doc, catalog, SCENARIO);
const codes = (b: ScenarioReport) => b.checks.map((c) => `${c.code}@${c.subject?.type ?? '-'}:${c.subject?.id ?? '-'}`);

describe('checks against placed equipment', () => {
  it('a loop whose CDUs cannot carry its heat or flow is flagged on the loop', () => {
    // 10 GB200 racks: 1,122 kWt, 1,615 L/min. Two 600 kW / 900 L/min CDUs at N+1 leave one carrying load.
    const doc = project({
      halls: [hall('h1')],
      rows: [row('a', 'h1', { coolingLoopId: 'l1' as never })],
      racks: racks('a', 'gb200-nvl72', 10),
      equipment: [equipment('cdu1', 'cdu-inrow-600kw', 'h1'), equipment('cdu2', 'cdu-inrow-600kw', 'h1')],
      coolingLoops: [loop('l1', 'h1', ['cdu1', 'cdu2'])],
    });
    const b = bill(doc);
    expect(codes(b)).toContain('cdu-over-capacity@coolingLoop:l1');
    expect(codes(b)).toContain('loop-over-capacity@coolingLoop:l1');
    expect(quantityOf(b, 'cdu-inrow-600kw')).toBe(2);
  });

  it('enough placed CDUs raise no capacity check', () => {
    const ids = ['c1', 'c2', 'c3'];
    const doc = project({
      halls: [hall('h1')],
      rows: [row('a', 'h1', { coolingLoopId: 'l1' as never })],
      racks: racks('a', 'gb200-nvl72', 10),
      equipment: ids.map((id) => equipment(id, 'cdu-inrow-600kw', 'h1')),
      coolingLoops: [loop('l1', 'h1', ids)],
    });
    expect(codes(bill(doc)).filter((c) => c.includes('capacity'))).toEqual([]);
  });

  it('once a hall has loops, a row of liquid-cooled racks on none is flagged on the row; air-cooled rows are not', () => {
    const ids = ['c1', 'c2', 'c3'];
    const doc = project({
      halls: [hall('h1')],
      rows: [row('a', 'h1', { coolingLoopId: 'l1' as never }), row('b', 'h1'), row('c', 'h1')],
      racks: [...racks('a', 'gb200-nvl72', 4), ...racks('b', 'gb200-nvl72', 4), ...racks('c', 'air-40kw', 4)],
      equipment: ids.map((id) => equipment(id, 'cdu-inrow-600kw', 'h1')),
      coolingLoops: [loop('l1', 'h1', ids)],
    });
    const found = codes(bill(doc)).filter((c) => c.startsWith('liquid-rack-without-loop'));
    expect(found).toEqual(['liquid-rack-without-loop@row:b']);
    const noLoops = project({ halls: [hall('h1')], rows: [row('b', 'h1')], racks: racks('b', 'gb200-nvl72', 4) });
    expect(codes(bill(noLoops)).filter((c) => c.startsWith('liquid-rack-without-loop'))).toEqual([]);
  });

  it('a loop below the scenario cooling redundancy is flagged', () => {
    const doc = project({
      halls: [hall('h1')], rows: [row('a', 'h1', { coolingLoopId: 'l1' as never })], racks: racks('a', 'gb200-nvl72', 2),
      equipment: [equipment('c1', 'cdu-facility-2000kw')], coolingLoops: [loop('l1', 'h1', ['c1'], { redundancy: 'N' })],
    });
    expect(codes(bill(doc))).toContain('redundancy-below-target@coolingLoop:l1');
  });

  it('a feed whose UPS modules cannot carry its rows is flagged on the feed; a 2N row with one feed on the row', () => {
    // Row a: 10 × 132 = 1,320 kW on feeds A and B, each one 1,250 kW module (each side of 2N is an N lineup).
    const doc = project({
      halls: [hall('h1')],
      rows: [row('a', 'h1', { feedAId: 'fa' as never, feedBId: 'fb' as never }), row('b', 'h1', { feedAId: 'fa' as never })],
      racks: [...racks('a', 'gb200-nvl72', 10), ...racks('b', 'air-40kw', 2)],
      equipment: [equipment('u1', 'ups-1250kw'), equipment('u2', 'ups-1250kw')],
      powerFeeds: [feed('fa', 'h1', 'A', ['u1']), feed('fb', 'h1', 'B', ['u2'])],
    });
    const c = codes(bill(doc));
    expect(c).toContain('feed-over-capacity@powerFeed:fa');
    expect(c).toContain('feed-over-capacity@powerFeed:fb');
    expect(c).toContain('redundancy-below-target@row:b');
    expect(c).not.toContain('redundancy-below-target@row:a');
  });

  it('two feeds sharing a UPS lineup are not independent', () => {
    const doc = project({
      halls: [hall('h1')], rows: [row('a', 'h1', { feedAId: 'fa' as never, feedBId: 'fb' as never })], racks: racks('a', 'air-40kw', 2),
      equipment: [equipment('u1', 'ups-1250kw')],
      powerFeeds: [feed('fa', 'h1', 'A', ['u1']), feed('fb', 'h1', 'B', ['u1'])],
    });
    expect(codes(bill(doc))).toContain('redundancy-below-target@row:a');
  });
});

describe('site and rack checks', () => {
  it('interconnect and substation exceeded, on the site', () => {
    const doc = project({ site: { ...site, interconnectMw: 1, substationMva: 1 }, halls: [hall('h1')], rows: [row('a', 'h1')], racks: racks('a', 'gb200-nvl72', 10) });
    const c = codes(bill(doc));
    expect(c).toContain('interconnect-exceeded@site:site-1');
    expect(c).toContain('substation-exceeded@site:site-1');
  });

  it('floor load above the hall rating, on the row', () => {
    // GB200: 1,360 kg over 0.6 × 1.068 m = 2,122 kg/m² > 1,500.
    const doc = project({ halls: [hall('h1', { floorLoadKgPerM2: 1500 })], rows: [row('a', 'h1')], racks: racks('a', 'gb200-nvl72', 3) });
    expect(codes(bill(doc))).toContain('floor-load-exceeded@row:a');
  });

  it('an air-cooled rack above the air ceiling, on the rack; a rear door where the row has no containment', () => {
    const hot = racks('a', 'air-40kw', 1).map((r) => ({ ...r, itKwOverride: 50 }));
    const doc = project({ halls: [hall('h1')], rows: [row('a', 'h1', { containment: 'none' })], racks: hot });
    const b = bill(doc);
    expect(codes(b)).toContain('air-rack-above-ceiling@rack:a-r0');
    expect(quantityOf(b, 'rdhx-55kw')).toBe(1);
  });

  it('unknown profiles and orphan racks are reported, not sized', () => {
    const doc = project({
      halls: [hall('h1')], rows: [row('a', 'h1')],
      racks: [...racks('a', 'no-such-profile', 1, 'x'), ...racks('zz', 'air-40kw', 1, 'y'), ...racks('a', 'air-40kw', 1)],
    });
    const b = bill(doc);
    expect(codes(b)).toContain('unknown-profile@rack:x-r0');
    expect(codes(b)).toContain('orphan-rack@rack:y-r0');
    expect(b.summary.racks).toBe(1);
  });

  it('every bill says which figures were assumed', () => {
    const doc = project({ halls: [hall('h1')], rows: [row('a', 'h1')], racks: racks('a', 'gb200-nvl72', 2) });
    const assumed = bill(doc).checks.filter((c) => c.code === 'assumed-input');
    expect(assumed.length).toBeGreaterThan(0);
    // In words: items and factors by name, never by catalog id.
    const words = assumed.map((c) => c.message).join(' ');
    expect(words).toMatch(/Equipment: [^.]*UPS/);
    expect(words).toContain('Factors: ');
    expect(words).not.toMatch(/\b(ups|busway|factor)-[a-z0-9-]+/);
  });

  it('placed generators are checked at the tier rule: at 2N power three 2,500 kW sets at N+1 carry 4,710.55 kW, two do not', () => {
    // 30 GB200 racks: liquid 3,366 kWt × 0.13 = 437.58 kW (towers at this site: (45 − 26) / 8 ≥ 1); air 594 kWt on
    // chillers (40 °C dry bulb, no economiser): 594 × 0.17 + 594 / 2.802 (full-load COP) = 100.98 + 211.99 kW;
    // design day 3,960 + 437.58 + 312.97 = 4,710.55 kW (the generators' load).
    // Generators at 2N power are N+1: 3 sets leave 2 × 2,500 = 5,000 kW ≥ 4,710.55; 2 sets leave 2,500 kW.
    const doc = (n: number) =>
      project({
        halls: [hall('h1')], rows: [row('a', 'h1'), row('b', 'h1')], racks: [...racks('a', 'gb200-nvl72', 16), ...racks('b', 'gb200-nvl72', 14)],
        equipment: Array.from({ length: n }, (_, i) => equipment(`g${i}`, 'gen-2500kw')),
      });
    const three = bill(doc(3));
    expect(three.summary.designDayFacilityKw).toBeCloseTo(4710.551, 3);
    expect(codes(three)).not.toContain('generator-over-capacity@-:-');
    expect(three.lines.find((l) => l.catalogId === 'gen-2500kw')!.redundancy).toBe('N+1');
    expect(codes(bill(doc(2)))).toContain('generator-over-capacity@-:-');
  });

  it('a scenario that is not in the project is refused', () => {
    expect(() => analyze(project({}), catalog, 'nope' as never)).toThrow(/scenario 'nope'/);
  });
});

describe('hall kinds', () => {
  it('a hall that stays a mining hall gets transformers at N but no UPS or generators', () => {
    const doc = project({ halls: [hall('m', { kind: 'mining' }), hall('ai')], rows: [row('a', 'm'), row('b', 'ai')], racks: [...racks('a', 'btc-hydro-asic', 10), ...racks('b', 'btc-hydro-asic', 10)] });
    const b = bill(doc);
    // By kind: UPS frames and generator sets (batteries, paralleling gear and emissions controls are lines of their own).
    const kind = new Map(catalog.equipment.map((e) => [e.id, e.kind]));
    const byGroup = (group: string, k: string) => b.lines.filter((l) => l.group === group && kind.get(l.catalogId ?? '') === k);
    expect(byGroup('m', 'ups')).toEqual([]);
    expect(byGroup('m', 'generator')).toEqual([]);
    expect(byGroup('m', 'battery')).toEqual([]);
    expect(byGroup('m', 'transformer')[0]!.redundancy).toBe('N');
    expect(byGroup('ai', 'ups').length).toBe(1);
    expect(byGroup('ai', 'generator').length).toBe(1);
  });
});
