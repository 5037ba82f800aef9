import type { EquipmentItem } from '../catalog/schema.ts';
import type { FibreRouteRecord } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { BillLine } from './bill-schema.ts';
import { fmt } from './format.ts';
import type { ScenarioLayout } from './layout.ts';

/** "1 dark pair", "12 dark pairs". */
export const darkPairs = (n: number) => `${fmt(n)} dark pair${n === 1 ? '' : 's'}`;

/**
 * The site's routes in the order they are used: those with the dark pairs a route needs on hand first (the shortest
 * first), then the others (shortest first); ties by id, so the same records always give the same bill.
 */
function routesInOrder(records: readonly FibreRouteRecord[], pairs: number): FibreRouteRecord[] {
  const usable = (r: FibreRouteRecord) => (r.darkPairs >= pairs ? 0 : 1);
  return [...records].sort((a, b) => usable(a) - usable(b) || a.routeKm - b.routeKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A route on record with dark pairs on hand: its length kept at no cost ('reused'), naming the record. */
function reusedRoute(bill: BillBuilder, fibre: EquipmentItem, route: FibreRouteRecord, routes: number, pairs: number): void {
  const derivation =
    `Dark fibre route ${route.name} to ${route.carrierHotel}: ${darkPairs(route.darkPairs)} on hand over ${fmt(route.routeKm)} km, ` +
    `${fmt(pairs)} needed for its edge router's link (factor wan-pairs-per-route), so the route is used as it is. Cost: credited, $0`;
  const base = bill.lotLine({ category: 'network', key: `reused/${route.id}`, item: `${fibre.name}: ${route.name}`, group: 'site', totalUsd: 0, derivation, factors: ['wan-routes', 'wan-pairs-per-route'] });
  const line: BillLine = {
    ...base,
    catalogId: fibre.id,
    quantity: route.routeKm,
    unit: 'km',
    unitCostUsd: 0,
    redundancy: `${routes} diverse routes`,
    leadTimeWeeks: 0,
    source: `site as built: fibre route ${route.name}`,
    disposition: 'reused',
    assetId: route.id,
  };
  bill.lines[bill.lines.lastIndexOf(base)] = line;
}

/**
 * The WAN: one edge router per diverse route (factor wan-routes), and each route's dark fibre, the pairs its router's
 * link needs (factor wan-pairs-per-route). A route the site has on record with those pairs on hand is credited in
 * this step (reused, $0, naming the record); one on record with fewer gets the pairs it lacks leased along its own
 * length; a route the project has no record of is bought at the default length (factor wan-route-km, assumed).
 * Dark fibre is priced per km of one pair.
 */
export function sizeWan(layout: ScenarioLayout, bill: BillBuilder): void {
  if (layout.rows.every((r) => r.racks === 0)) return;
  const f = bill.index;
  const routes = f.factor('wan-routes');
  const km = f.factor('wan-route-km');
  const pairs = f.factor('wan-pairs-per-route');
  const router = f.ofKind('wan').find((w) => w.priceUnit === 'unit');
  const fibre = f.ofKind('wan').find((w) => w.priceUnit === 'km');
  if (router) {
    bill.catalogLine({
      category: 'network', catalogId: router.id, group: 'site', quantity: routes, capacity: router.ports === undefined ? null : { value: router.ports, unit: 'ports' }, redundancy: `${routes} diverse routes`,
      derivation: `One edge router per diverse fibre route: ${routes}`, factors: ['wan-routes'],
    });
  }
  if (!fibre) return;
  const onRecord = routesInOrder(layout.fibreRoutes, pairs).slice(0, routes);
  for (const route of onRecord) {
    if (route.darkPairs >= pairs) {
      reusedRoute(bill, fibre, route, routes, pairs);
      continue;
    }
    const lease = pairs - route.darkPairs;
    bill.catalogLine({
      category: 'network', catalogId: fibre.id, group: 'site', quantity: lease * route.routeKm, capacity: null, redundancy: `${routes} diverse routes`,
      derivation:
        `Dark fibre route ${route.name} to ${route.carrierHotel}: ${darkPairs(route.darkPairs)} on hand of the ${fmt(pairs)} its edge router's link needs (factor wan-pairs-per-route); ` +
        `${fmt(lease)} leased along its ${fmt(route.routeKm)} km = ${fmt(lease * route.routeKm)} km of fibre pair`,
      factors: ['wan-routes', 'wan-pairs-per-route'],
    });
  }
  const missing = routes - onRecord.length;
  if (missing > 0) {
    bill.catalogLine({
      category: 'network', catalogId: fibre.id, group: 'site', quantity: missing * km * pairs, capacity: null, redundancy: `${routes} diverse routes`,
      derivation:
        `Dark fibre to a carrier hotel: ${routes} diverse routes, ${onRecord.length} of them on record; the other ${missing} × ${fmt(km)} km ` +
        `(default route length, assumed: the project has no fibre route record for it) × ${fmt(pairs)} pair each (factor wan-pairs-per-route) = ${fmt(missing * km * pairs)} km of fibre pair`,
      factors: ['wan-routes', 'wan-route-km', 'wan-pairs-per-route'],
    });
  }
}
