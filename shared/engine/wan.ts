import type { EquipmentItem } from '../catalog/schema.ts';
import type { FibreRouteRecord } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { BillLine } from './bill-schema.ts';
import { fmt } from './format.ts';
import type { ScenarioLayout } from './layout.ts';

/** Dark pairs one route needs: the link of its one edge router. */
const PAIRS_PER_ROUTE = 1;

/**
 * The site's routes in the order they are used: those with dark pairs on hand first (the shortest first), then
 * those without (shortest first); ties by id, so the same records always give the same bill.
 */
function routesInOrder(records: readonly FibreRouteRecord[]): FibreRouteRecord[] {
  const usable = (r: FibreRouteRecord) => (r.darkPairs >= PAIRS_PER_ROUTE ? 0 : 1);
  return [...records].sort((a, b) => usable(a) - usable(b) || a.routeKm - b.routeKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A route on record with dark pairs on hand: its length kept at no cost ('reused'), naming the record. */
function reusedRoute(bill: BillBuilder, fibre: EquipmentItem, route: FibreRouteRecord, routes: number): void {
  const derivation =
    `Dark fibre route ${route.name} (${route.id}) to ${route.carrierHotel}: ${fmt(route.darkPairs)} dark pairs on hand over ${fmt(route.routeKm)} km, ` +
    `${PAIRS_PER_ROUTE} needed for its edge router's link, so the route is used as it is. Cost: credited, $0`;
  const base = bill.lotLine({ category: 'network', key: `reused/${route.id}`, item: `${fibre.name}: ${route.name}`, group: 'site', totalUsd: 0, derivation, factors: ['wan-routes'] });
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
 * The WAN: one edge router per diverse route (factor wan-routes), and each route's dark fibre. A route the site has
 * on record with dark pairs on hand is credited in this step (reused, $0, naming the record); one on record without
 * a free pair gets a pair leased along its own length; a route the project has no record of is bought at the
 * default length (factor wan-route-km, assumed).
 */
export function sizeWan(layout: ScenarioLayout, bill: BillBuilder): void {
  if (layout.rows.every((r) => r.racks === 0)) return;
  const f = bill.index;
  const routes = f.factor('wan-routes');
  const km = f.factor('wan-route-km');
  const router = f.ofKind('wan').find((w) => w.priceUnit === 'unit');
  const fibre = f.ofKind('wan').find((w) => w.priceUnit === 'km');
  if (router) {
    bill.catalogLine({
      category: 'network', catalogId: router.id, group: 'site', quantity: routes, capacity: router.ports === undefined ? null : { value: router.ports, unit: 'ports' }, redundancy: `${routes} diverse routes`,
      derivation: `One edge router per diverse fibre route: ${routes}`, factors: ['wan-routes'],
    });
  }
  if (!fibre) return;
  const onRecord = routesInOrder(layout.fibreRoutes).slice(0, routes);
  for (const route of onRecord) {
    if (route.darkPairs >= PAIRS_PER_ROUTE) {
      reusedRoute(bill, fibre, route, routes);
      continue;
    }
    bill.catalogLine({
      category: 'network', catalogId: fibre.id, group: 'site', quantity: route.routeKm, capacity: null, redundancy: `${routes} diverse routes`,
      derivation: `Dark fibre route ${route.name} (${route.id}) to ${route.carrierHotel}: no dark pair on hand, ${PAIRS_PER_ROUTE} leased along its ${fmt(route.routeKm)} km`,
      factors: ['wan-routes'],
    });
  }
  const missing = routes - onRecord.length;
  if (missing > 0) {
    bill.catalogLine({
      category: 'network', catalogId: fibre.id, group: 'site', quantity: missing * km, capacity: null, redundancy: `${routes} diverse routes`,
      derivation:
        `Dark fibre to a carrier hotel: ${routes} diverse routes, ${onRecord.length} of them on record; the other ${missing} × ${fmt(km)} km ` +
        `(default route length, assumed: the project has no fibre route record for it) = ${fmt(missing * km)} km`,
      factors: ['wan-routes', 'wan-route-km'],
    });
  }
}
