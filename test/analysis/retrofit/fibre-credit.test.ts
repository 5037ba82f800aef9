import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { analyze } from '../../../shared/analysis/index.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import type { FibreRouteRecord } from '../../../shared/model/index.ts';
import { retrofitCase } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };

const route = (id: string, darkPairs: number, routeKm: number): FibreRouteRecord => ({
  type: 'fibreRoute', id: id as FibreRouteRecord['id'], siteId: 'site-1' as FibreRouteRecord['siteId'], name: `Route ${id}`, carrierHotel: `Hotel ${id}`, darkPairs, routeKm, roundTripMs: 0.5,
});

const fibreLines = (lines: readonly { catalogId: string | null; disposition?: string; quantity: number; totalUsd: number; assetId?: string }[]) =>
  lines.filter((l) => l.catalogId === 'wan-dark-fiber-km').map((l) => [l.disposition ?? 'new', l.quantity, l.totalUsd, l.assetId ?? null]);

/**
 * The WAN step credits the site's dark fibre in the same step that buys the rest. The site needs 2 diverse routes
 * (factor wan-routes), each one dark pair for its edge router's link; dark fibre is $40,000 per km (IRU).
 *   a) no fibre route on record: 2 × 10 km (factor wan-route-km, assumed) = 20 km × $40,000 = $800,000, new.
 *   b) route A, 48 pairs over 52 km, and route B, 0 pairs over 30 km: A is used as it is (52 km reused, $0, naming
 *      fibre record A); B has no free pair, so one is leased along its 30 km: 30 × $40,000 = $1,200,000, new.
 *   c) route A alone, 12 pairs over 118 km: A reused at $0; the second route is not on record: 1 × 10 km (assumed)
 *      × $40,000 = $400,000.
 * The target built new leases a pair on every route on record, at its own length: in b) 52 + 30 = 82 km × $40,000
 * = $3,280,000, so the credit of the retrofit against it includes A's 52 km × $40,000 = $2,080,000.
 */
describe('dark fibre on hand is credited in the WAN step', () => {
  const caseWith = (fibreRoutes: FibreRouteRecord[]) => retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 8, yard: [], target: {}, extra: { fibreRoutes } });

  it('a) buys the default length, said to be assumed, when no route is on record', () => {
    const c = caseWith([]);
    const r = analyze(c.doc, catalog, c.target);
    expect(fibreLines(r.lines)).toEqual([['new', 20, 800_000, null]]);
    expect(r.lines.find((l) => l.catalogId === 'wan-dark-fiber-km')!.derivation).toContain('2 × 10 km (default route length, assumed: the project has no fibre route record for it) × 1 pair each (factor wan-pairs-per-route) = 20 km of fibre pair');
  });

  it('b) keeps a route with dark pairs at $0 naming it, and leases a pair on a route without one', () => {
    const c = caseWith([route('B', 0, 30), route('A', 48, 52)]);
    const r = compareScenarios(c.doc, catalog, c.baseline, c.target, asOf);
    expect(fibreLines(r.lines)).toEqual([
      ['reused', 52, 0, 'A'],
      ['new', 30, 1_200_000, null],
    ]);
    expect(r.lines.find((l) => l.assetId === 'A')!.derivation).toContain('48 dark pairs on hand over 52 km');
    const newBuild = analyze({ ...c.doc, fibreRoutes: [route('B', 0, 30), route('A', 0, 52)] }, catalog, c.target);
    expect(fibreLines(newBuild.lines)).toEqual([
      ['new', 30, 1_200_000, null],
      ['new', 52, 2_080_000, null],
    ]);
    expect(r.summary.creditedUsd).toBeGreaterThanOrEqual(2_080_000);
    expect(r.summary.deltaCapexUsd).toBeLessThanOrEqual(r.summary.targetNewBuildCapexUsd);
  });

  it('c) buys only the route that is not on record', () => {
    const c = caseWith([route('A', 12, 118)]);
    const r = analyze(c.doc, catalog, c.target);
    expect(fibreLines(r.lines)).toEqual([
      ['reused', 118, 0, 'A'],
      ['new', 10, 400_000, null],
    ]);
  });
});
