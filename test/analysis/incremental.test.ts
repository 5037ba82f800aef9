import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../shared/analysis/index.ts';
import type { ProjectDocument, RackRecord, RowId, RowRecord } from '../../shared/model/index.ts';
import { catalog } from '../engine/fixtures.ts';
import { equipment, feed, hall, loop, project, racks, row, SCENARIO } from '../engine/layout-fixture.ts';

const PROFILES = ['gb200-nvl72', 'air-40kw', 'dgx-b200', 'btc-hydro-asic', 'no-such-profile'];

function start(): ProjectDocument {
  const rows = [
    row('a', 'h1', { coolingLoopId: 'l1' as never }),
    row('b', 'h1', { containment: 'none', feedAId: 'fa' as never, feedBId: 'fb' as never }),
    row('c', 'h2'),
  ];
  return project({
    halls: [hall('h1'), hall('h2', { floorLoadKgPerM2: 1800 })],
    rows,
    racks: [...racks('a', 'gb200-nvl72', 12), ...racks('b', 'dgx-b200', 10), ...racks('c', 'air-40kw', 8)],
    equipment: [equipment('c1', 'cdu-inrow-600kw', 'h1'), equipment('c2', 'cdu-inrow-600kw', 'h1'), equipment('u1', 'ups-500kw'), equipment('u2', 'ups-500kw')],
    coolingLoops: [loop('l1', 'h1', ['c1', 'c2'])],
    powerFeeds: [feed('fa', 'h1', 'A', ['u1']), feed('fb', 'h1', 'B', ['u2'])],
  });
}

type Edit =
  | { kind: 'kw'; at: number; kw: number }
  | { kind: 'move'; at: number; to: string }
  | { kind: 'profile'; at: number; profile: string }
  | { kind: 'remove'; at: number }
  | { kind: 'containment'; rowAt: number }
  | { kind: 'row-loop'; rowAt: number }
  | { kind: 'row-move'; rowAt: number; dx: number }
  | { kind: 'row-hall'; rowAt: number }
  | { kind: 'cdu' }
  | { kind: 'price'; usd: number }
  | { kind: 'generators' }
  | { kind: 'cdu-move'; dy: number }
  | { kind: 'route' }
  | { kind: 'construction'; roofKg: number }
  | { kind: 'preset'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('kw' as const), at: fc.nat(), kw: fc.double({ min: 1, max: 400, noNaN: true }) }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.constantFrom('a', 'b', 'c', 'gone') }),
  fc.record({ kind: fc.constant('profile' as const), at: fc.nat(), profile: fc.constantFrom(...PROFILES) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('containment' as const), rowAt: fc.nat() }),
  fc.record({ kind: fc.constant('row-loop' as const), rowAt: fc.nat() }),
  fc.record({ kind: fc.constant('row-move' as const), rowAt: fc.nat(), dx: fc.integer({ min: -5, max: 5 }) }),
  fc.record({ kind: fc.constant('row-hall' as const), rowAt: fc.nat() }),
  fc.record({ kind: fc.constant('cdu' as const) }),
  fc.record({ kind: fc.constant('price' as const), usd: fc.integer({ min: 0, max: 1_000_000 }) }),
  fc.record({ kind: fc.constant('generators' as const) }),
  fc.record({ kind: fc.constant('cdu-move' as const), dy: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ kind: fc.constant('route' as const) }),
  // The hall's construction record: read only by the hall's (memoised) building stage.
  fc.record({ kind: fc.constant('construction' as const), roofKg: fc.constantFrom(0, 20, 200) }),
  // A rack naming a power-capping preset its profile lacks: a per-rack check, read from the row's racks.
  fc.record({ kind: fc.constant('preset' as const), at: fc.nat() }),
);

/** A new record for the row at `rowAt` (modulo the row count), every other record reused. */
function editRow(doc: ProjectDocument, rowAt: number, change: (r: RowRecord) => RowRecord): ProjectDocument {
  const k = rowAt % doc.rows.length;
  return { ...doc, rows: doc.rows.map((r, j) => (j === k ? change(r) : r)) };
}

/** Applies an edit the way the editor does: a new record for the one that changed, the others reused. */
function apply(doc: ProjectDocument, e: Edit): ProjectDocument {
  const i = 'at' in e && doc.racks.length > 0 ? e.at % doc.racks.length : 0;
  const replace = (r: RackRecord) => ({ ...doc, racks: doc.racks.map((x, j) => (j === i ? r : x)) });
  const rack = doc.racks[i];
  if (!rack && 'at' in e) return doc;
  switch (e.kind) {
    case 'kw':
      return replace({ ...rack!, itKwOverride: e.kw });
    case 'move':
      return replace({ ...rack!, rowId: e.to as RowId });
    case 'profile':
      return replace({ ...rack!, profileId: e.profile });
    case 'remove':
      return { ...doc, racks: doc.racks.filter((_, j) => j !== i) };
    case 'cdu': {
      const has = doc.equipment.some((x) => x.id === 'c3');
      return {
        ...doc,
        equipment: has ? doc.equipment.filter((x) => x.id !== 'c3') : [...doc.equipment, equipment('c3', 'cdu-row-1250kw', 'h1')],
        coolingLoops: doc.coolingLoops.map((l) => ({ ...l, cduIds: has ? l.cduIds.filter((c) => c !== 'c3') : [...l.cduIds, 'c3' as never] })),
      };
    }
    case 'price':
      return { ...doc, site: { ...doc.site, priceOverrides: { 'ups-1250kw': e.usd } } };
    case 'generators':
      return { ...doc, scenarios: doc.scenarios.map((x) => ({ ...x, generators: !x.generators })) };
    case 'cdu-move':
      return { ...doc, equipment: doc.equipment.map((x) => (x.id === 'c1' ? { ...x, position: { x: x.position.x, y: x.position.y + e.dy } } : x)) };
    case 'route':
      return {
        ...doc,
        coolingLoops: doc.coolingLoops.map((l) => ({ ...l, route: l.route.length > 0 ? [] : [{ x: 1, y: 1 }, { x: 1, y: 9 }, { x: 14, y: 9 }] })),
      };
    case 'construction':
      return {
        ...doc,
        hallConstructions: [{
          type: 'hallConstruction', id: 'hc1' as never, hallId: 'h1' as never, name: 'Hall h1 building', roofLoadKgPerM2: e.roofKg,
          envelope: e.roofKg === 0 ? 'open-sided' : 'insulated', fireRatingHours: e.roofKg === 200 ? 2 : 0, occupancy: e.roofKg === 200 ? 'B' : 'F-1', yearBuilt: null,
        }],
      };
    case 'preset': {
      const { powerCapPresetId, ...rest } = rack!;
      return replace(powerCapPresetId === undefined ? { ...rest, powerCapPresetId: 'no-such-preset' } : rest);
    }
    case 'containment':
      return editRow(doc, e.rowAt, (r) => ({ ...r, containment: r.containment === 'none' ? 'hot-aisle' : 'none' }));
    case 'row-loop':
      return editRow(doc, e.rowAt, (r) => ({ ...r, coolingLoopId: r.coolingLoopId === null ? ('l1' as never) : null }));
    case 'row-move':
      return editRow(doc, e.rowAt, (r) => ({ ...r, origin: { x: r.origin.x + e.dx, y: r.origin.y } }));
    case 'row-hall':
      return editRow(doc, e.rowAt, (r) => ({ ...r, hallId: (r.hallId === 'h1' ? 'h2' : 'h1') as never }));
  }
}

describe('createAnalyzer', () => {
  it('gives exactly the report (bill, checks, groups, placement) of a fresh analyzer after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const engine = createAnalyzer(catalog);
        let doc = start();
        engine.analyze(doc, SCENARIO);
        for (const e of edits) {
          doc = apply(doc, e);
          expect(engine.analyze(doc, SCENARIO)).toEqual(createAnalyzer(catalog).analyze(doc, SCENARIO));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps each report a snapshot: its placement, first read after later edits, is still its own', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), (edits) => {
        const engine = createAnalyzer(catalog);
        let doc = start();
        const kept = [{ doc, report: engine.analyze(doc, SCENARIO) }];
        for (const e of edits) {
          doc = apply(doc, e);
          kept.push({ doc, report: engine.analyze(doc, SCENARIO) });
        }
        for (const k of kept) expect(k.report.placement.rows).toEqual(createAnalyzer(catalog).analyze(k.doc, SCENARIO).placement.rows);
      }),
      { numRuns: 40 },
    );
  });

  it('reuses per-rack work: an unchanged rack record is not recomputed', () => {
    const engine = createAnalyzer(catalog);
    const doc = start();
    const first = engine.rackLoad(doc.racks[0]!);
    expect(engine.rackLoad(doc.racks[0]!)).toBe(first);
    expect(first?.itKw).toBe(132);
  });
});

describe('createAnalyzer across scenarios', () => {
  it('alternating between two scenarios of one project gives each its own fresh bill', () => {
    const base = start();
    const second = { ...base.scenarios[0]!, id: 'sc-2' as never, name: 'Phase 2', order: 1, powerRedundancy: 'N+1' as const };
    const doc: ProjectDocument = {
      ...base,
      scenarios: [...base.scenarios, second],
      halls: [...base.halls, hall('h9', { scenarioId: 'sc-2' as never })],
      rows: [...base.rows, row('z', 'h9')],
      racks: [...base.racks, ...racks('z', 'vr-nvl144', 6)],
    };
    const engine = createAnalyzer(catalog);
    for (let i = 0; i < 3; i += 1) {
      for (const id of [SCENARIO, 'sc-2' as never]) {
        expect(engine.analyze(doc, id)).toEqual(createAnalyzer(catalog).analyze(doc, id));
      }
    }
    expect(engine.analyze(doc, 'sc-2' as never).summary.racks).toBe(6);
  });
});
