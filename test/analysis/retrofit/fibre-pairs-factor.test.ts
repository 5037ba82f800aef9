import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { analyze } from '../../../shared/analysis/index.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import { catalogIndexOf } from '../../../shared/catalog/catalog-index.ts';
import { catalogProblems } from '../../../shared/catalog/integrity.ts';
import type { Catalog } from '../../../shared/catalog/schema.ts';
import type { FibreRouteRecord } from '../../../shared/model/index.ts';
import { retrofitCase } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };

/** The shipped catalog with the dark pairs a route needs set to `pairs`. */
const withPairs = (pairs: number): Catalog => ({ ...catalog, factors: catalog.factors.map((f) => (f.id === 'wan-pairs-per-route' ? { ...f, value: pairs } : f)) });

const route = (id: string, darkPairs: number, routeKm: number): FibreRouteRecord => ({
  type: 'fibreRoute', id: id as FibreRouteRecord['id'], siteId: 'site-1' as FibreRouteRecord['siteId'], name: `Route ${id}`, carrierHotel: `Hotel ${id}`, darkPairs, routeKm, roundTripMs: 0.5,
});

const fibreLines = (lines: readonly { catalogId: string | null; disposition?: string; quantity: number; totalUsd: number }[]) =>
  lines.filter((l) => l.catalogId === 'wan-dark-fiber-km').map((l) => [l.disposition ?? 'new', l.quantity, l.totalUsd]);

/**
 * The dark pairs one route's edge router link needs are a catalog factor (wan-pairs-per-route, 1 in the shipped
 * catalog, an assumed convention), read by the WAN step and the readiness score alike. 2 diverse routes (factor
 * wan-routes); dark fibre $40,000 per km of one pair (IRU).
 *   a) the shipped catalog: route A with 48 pairs over 52 km is used as it is (52 km reused, $0); route B with 1 pair
 *      over 30 km has the 1 pair its link needs: reused too. Readiness: 2 routes with ≥ 1 pair / 2 = 1.
 *   b) the factor at 2: A (48 ≥ 2) still reused; B has 1 of 2: 2 − 1 = 1 pair leased along 30 km = 30 km × $40,000
 *      = $1,200,000, new. Readiness counts only A: 1 / 2 = 0.5.
 *   c) the factor at 2 and no route on record: 2 routes × 10 km (wan-route-km, assumed) × 2 pairs = 40 km ×
 *      $40,000 = $1,600,000 (at 1 pair: 20 km, $800,000).
 * A catalog without the factor is refused with the factor named.
 */
describe('the dark pairs a route needs come from a catalog factor', () => {
  const caseWith = (fibreRoutes: FibreRouteRecord[]) => retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 8, yard: [], target: {}, extra: { fibreRoutes } });
  const routes = [route('A', 48, 52), route('B', 1, 30)];
  const fibreScore = (r: ReturnType<typeof compareScenarios>) => r.readiness.find((f) => f.factor === 'dark fibre')!;

  it('is in the shipped catalog at 1 pair, from an assumed convention', () => {
    const index = catalogIndexOf(catalog);
    expect(index.factor('wan-pairs-per-route')).toBe(1);
    expect(index.isAssumed(index.factorSource('wan-pairs-per-route'))).toBe(true);
  });

  it('a) at 1 pair a route with one dark pair is used as it is', () => {
    const c = caseWith(routes);
    const r = compareScenarios(c.doc, catalog, c.baseline, c.target, asOf);
    expect(fibreLines(r.lines)).toEqual([
      ['reused', 30, 0],
      ['reused', 52, 0],
    ]);
    expect(r.lines.find((l) => l.item.endsWith('Route B'))!.derivation).toContain('1 dark pair on hand over 30 km, 1 needed for its edge router\'s link (factor wan-pairs-per-route)');
    expect(fibreScore(r).score).toBe(1);
  });

  it('b) at 2 pairs the route with one leases the pair it lacks, and readiness no longer counts it', () => {
    const c = caseWith(routes);
    const r = compareScenarios(c.doc, withPairs(2), c.baseline, c.target, asOf);
    expect(fibreLines(r.lines)).toEqual([
      ['reused', 52, 0],
      ['new', 30, 1_200_000],
    ]);
    const leased = r.lines.find((l) => l.catalogId === 'wan-dark-fiber-km' && l.disposition === 'new')!;
    expect(leased.derivation).toContain('1 dark pair on hand of the 2 its edge router\'s link needs (factor wan-pairs-per-route); 1 leased along its 30 km = 30 km of fibre pair');
    expect(fibreScore(r).score).toBe(0.5);
    expect(fibreScore(r).evidence).toContain('routes with the 2 dark pairs a link needs (1) / 2 diverse routes = 0.5');
  });

  it('c) routes not on record are bought for every pair they need', () => {
    const c = caseWith([]);
    expect(fibreLines(analyze(c.doc, catalog, c.target).lines)).toEqual([['new', 20, 800_000]]);
    const r = analyze(c.doc, withPairs(2), c.target);
    expect(fibreLines(r.lines)).toEqual([['new', 40, 1_600_000]]);
    expect(r.lines.find((l) => l.catalogId === 'wan-dark-fiber-km')!.derivation).toContain('× 2 pair each (factor wan-pairs-per-route) = 40 km of fibre pair');
  });

  it('a catalog without it is refused, naming it', () => {
    const without: Catalog = { ...catalog, factors: catalog.factors.filter((f) => f.id !== 'wan-pairs-per-route') };
    expect(catalogProblems(without)).toEqual([{ part: 'factors', path: '(root)', message: "required factor 'wan-pairs-per-route' is missing" }]);
  });
});
