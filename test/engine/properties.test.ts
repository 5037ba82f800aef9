import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScenarioReport, analyze } from '../../shared/analysis/index.ts';
import type { CoolingRedundancy, ProjectDocument, Redundancy } from '../../shared/model/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog } from './fixtures.ts';
import { hall, project, racks, row, SCENARIO } from './layout-fixture.ts';

const RUNS = 25;
const profiles = fc.constantFrom('legacy-8.4kw', 'air-40kw', 'dgx-h100', 'dgx-b200', 'gb200-nvl72', 'gb300-nvl72', 'vr-nvl144', 'btc-hydro-asic');
const redundancies = fc.constantFrom<Redundancy>('N', 'N+1', '2N', '2(N+1)', 'block');
const coolingRedundancies = fc.constantFrom<CoolingRedundancy>('N', 'N+1', '2N');
const COUNTED_KINDS = new Set(['ups', 'transformer', 'generator', 'cdu', 'crah', 'heat-rejection']);
const kindOf = new Map(catalog.equipment.map((e) => [e.id, e.kind]));

function block(profileId: string, count: number, powerRedundancy: Redundancy = 'N', coolingRedundancy: CoolingRedundancy = 'N', kwOverride: number | null = null): ScenarioReport {
  const doc = blockProject({ profileId, count }, { scenario: { powerRedundancy, coolingRedundancy } });
  const withOverride: ProjectDocument = kwOverride === null ? doc : { ...doc, racks: doc.racks.map((r) => ({ ...r, itKwOverride: kwOverride })) };
  return analyze(withOverride, catalog, BLOCK_SCENARIO);
}

function byCategory(b: ScenarioReport): Record<string, number> {
  const totals: Record<string, number> = { power: 0, cooling: 0, network: 0, building: 0 };
  for (const l of b.lines) totals[l.category]! += l.totalUsd;
  return totals;
}

/** Installed capacity per equipment kind, in each kind's rating unit. */
function installed(b: ScenarioReport, kind: string): number {
  return b.lines.filter((l) => l.catalogId !== null && kindOf.get(l.catalogId) === kind).reduce((s, l) => s + l.quantity * (l.capacity?.value ?? 0), 0);
}

function countedUnits(b: ScenarioReport): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of b.lines) {
    if (l.catalogId !== null && COUNTED_KINDS.has(kindOf.get(l.catalogId) ?? '')) m.set(`${l.group}|${l.catalogId}`, l.quantity);
  }
  return m;
}

describe('engine properties', () => {
  it('more racks never need less equipment (cost of every category, compute switches)', () => {
    fc.assert(
      fc.property(profiles, fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 100 }), redundancies, (p, n, extra, red) => {
        const small = block(p, n, red);
        const large = block(p, n + extra, red);
        const a = byCategory(small);
        const b = byCategory(large);
        for (const c of Object.keys(a)) expect(b[c]!, c).toBeGreaterThanOrEqual(a[c]!);
        const fa = small.summary.network.computeFabric;
        const fb = large.summary.network.computeFabric;
        expect(fb.leaf + fb.spine + fb.core).toBeGreaterThanOrEqual(fa.leaf + fa.spine + fa.core);
      }),
      { numRuns: RUNS },
    );
  });

  it('higher rack kW never needs less power or cooling', () => {
    fc.assert(
      fc.property(profiles, fc.integer({ min: 1, max: 200 }), fc.double({ min: 1, max: 300, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), (p, n, kw, more) => {
        const a = byCategory(block(p, n, '2N', 'N+1', kw));
        const b = byCategory(block(p, n, '2N', 'N+1', kw + more));
        expect(b['power']!).toBeGreaterThanOrEqual(a['power']!);
        expect(b['cooling']!).toBeGreaterThanOrEqual(a['cooling']!);
      }),
      { numRuns: RUNS },
    );
  });

  it('N+1 is N plus one spare per group (per UPS lineup, of the lineups built); 2N is twice N (generators by tier: N+1 at 2N power, 2N at 2(N+1))', () => {
    // The hall's IT UPS picks its frame model for the set as built at each redundancy (the cheapest lineups), so
    // its frames are checked against its own lineups: installed = carrying + one spare per lineup at N+1, twice
    // the carrying frames at 2N, twice (carrying + lineups) at 2(N+1). Everything else is checked against N.
    const itUps = (key: string) => key.startsWith('block-hall|') && kindOf.get(key.split('|')[1]!) === 'ups';
    const upsOf = (b: ScenarioReport) => {
      const group = b.groups.find((g) => g.kind === 'upsLineup' && !g.placed);
      const boards = b.lines.filter((l) => l.group.endsWith('/ups')).reduce((s, l) => s + l.quantity, 0);
      return { installed: group?.units ?? 0, carrying: group?.usableUnits ?? 0, boards };
    };
    fc.assert(
      fc.property(profiles, fc.integer({ min: 1, max: 400 }), (p, n) => {
        const atN = block(p, n, 'N', 'N');
        const base = countedUnits(atN);
        const plusOneBill = block(p, n, 'N+1', 'N+1');
        const twiceBill = block(p, n, '2N', '2N');
        const faultTolerantBill = block(p, n, '2(N+1)', 'N');
        const plusOne = countedUnits(plusOneBill);
        const twice = countedUnits(twiceBill);
        const faultTolerant = countedUnits(faultTolerantBill);
        const others = (m: Map<string, number>) => [...m.keys()].filter((k) => !itUps(k)).sort();
        expect(others(plusOne)).toEqual(others(base));
        for (const [key, q] of base) {
          if (itUps(key)) continue;
          const generator = kindOf.get(key.split('|')[1]!) === 'generator';
          expect(plusOne.get(key), key).toBe(q + 1);
          expect(twice.get(key), key).toBe(generator ? q + 1 : 2 * q);
          if (generator) expect(faultTolerant.get(key), key).toBe(2 * q);
        }
        const u1 = upsOf(plusOneBill);
        expect(u1.installed).toBe(u1.carrying + u1.boards);
        const u2 = upsOf(twiceBill);
        expect(u2.installed).toBe(2 * u2.carrying);
        const u3 = upsOf(faultTolerantBill);
        expect(u3.installed).toBe(2 * (u3.carrying + u3.boards / 2));
        expect(upsOf(atN).installed).toBe(upsOf(atN).carrying);
      }),
      { numRuns: RUNS },
    );
  });

  it('installed capacity at N covers the load it serves', () => {
    fc.assert(
      fc.property(profiles, fc.integer({ min: 1, max: 500 }), fc.constantFrom<'water' | 'pg25'>('water', 'pg25'), (p, n, fluid) => {
        const doc = blockProject({ profileId: p, count: n }, { scenario: { fluid } });
        const b = analyze(doc, catalog, BLOCK_SCENARIO);
        const s = b.summary;
        expect(installed(b, 'ups')).toBeGreaterThanOrEqual(s.itKw - 1e-6);
        expect(installed(b, 'transformer')).toBeGreaterThanOrEqual(s.facilityKva - 1e-6);
        expect(installed(b, 'generator')).toBeGreaterThanOrEqual(s.facilityKw - 1e-6);
        expect(installed(b, 'cdu')).toBeGreaterThanOrEqual(s.liquidKw - 1e-6);
        const cduFlow = b.lines.filter((l) => kindOf.get(l.catalogId ?? '') === 'cdu').reduce((sum, l) => sum + l.quantity * (catalog.equipment.find((e) => e.id === l.catalogId)!.flowLpm ?? 0), 0);
        expect(cduFlow).toBeGreaterThanOrEqual(s.cooling.flowLpm - 0.1);
        expect(installed(b, 'heat-rejection')).toBeGreaterThanOrEqual(s.itKw - 1e-6);
        expect(installed(b, 'crah') + installed(b, 'rdhx')).toBeGreaterThanOrEqual(s.airKw - 1e-6);
      }),
      { numRuns: RUNS },
    );
  });

  it('the sum of line totals equals capexUsd', () => {
    fc.assert(
      fc.property(profiles, fc.integer({ min: 1, max: 500 }), redundancies, coolingRedundancies, (p, n, pr, cr) => {
        const b = block(p, n, pr, cr);
        // The bill crosses the IPC boundary validated by its schema: it must always pass it.
        expect(ScenarioReport.safeParse(b).success).toBe(true);
        expect(b.lines.reduce((s, l) => s + l.totalUsd, 0)).toBe(b.summary.capexUsd);
        expect(b.summary.facilityCapexUsd + b.summary.networkCapexUsd).toBe(b.summary.capexUsd);
        for (const l of b.lines) {
          expect(l.derivation.length, l.id).toBeGreaterThan(10);
          expect(l.source.length, l.id).toBeGreaterThan(3);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('splitting a hall into two halls does not change its IT load', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(profiles, fc.integer({ min: 1, max: 16 })), { minLength: 2, maxLength: 8 }), fc.integer({ min: 1, max: 7 }), (rowSpecs, cut) => {
        const rows = rowSpecs.map((_, i) => row(`r${i}`, 'h1'));
        const rackList = rowSpecs.flatMap(([p, n], i) => racks(`r${i}`, p, n));
        const one = project({ halls: [hall('h1')], rows, racks: rackList });
        const split = Math.min(cut, rows.length - 1);
        const two = project({ halls: [hall('h1'), hall('h2')], rows: rows.map((r, i) => (i < split ? r : { ...r, hallId: 'h2' as never })), racks: rackList });
        const a = analyze(one, catalog, SCENARIO).summary;
        const b = analyze(two, catalog, SCENARIO).summary;
        expect(b.itKw).toBeCloseTo(a.itKw, 6);
        expect(b.halls.reduce((s, h) => s + h.itKw, 0)).toBeCloseTo(a.itKw, 6);
        expect(b.liquidKw).toBeCloseTo(a.liquidKw, 6);
        expect(b.racks).toBe(a.racks);
      }),
      { numRuns: RUNS },
    );
  });
});
