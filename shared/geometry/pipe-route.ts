import type { CoolingLoopRecord, Point, RowRecord } from '../model/index.ts';
import type { CatalogIndex } from '../catalog/catalog-index.ts';
import { equipmentRect, rowDepth, toParent } from './plan.ts';
import type { RecordSource } from './record-source.ts';

/** Where a row's liquid manifold meets the loop: the end of the row, at the back (hot-aisle side). */
export function manifoldPoint(store: RecordSource, catalog: CatalogIndex, row: RowRecord): Point {
  return toParent({ x: row.slotCount * row.slotWidthM, y: rowDepth(store, catalog, row) }, row.origin, row.rotation);
}

/** An orthogonal pipe route from the CDU group to each manifold in turn, nearest first. */
export function routeFrom(start: Point, manifolds: Point[]): Point[] {
  const route: Point[] = [start];
  const left = [...manifolds];
  let at = start;
  while (left.length) {
    left.sort((a, b) => Math.abs(a.x - at.x) + Math.abs(a.y - at.y) - (Math.abs(b.x - at.x) + Math.abs(b.y - at.y)));
    const next = left.shift()!;
    route.push(...orthogonalTo(at, next));
    at = next;
  }
  return route;
}

/** The points that join `from` to `to` with horizontal and vertical runs only: an elbow, then `to`. */
export function orthogonalTo(from: Point, to: Point): Point[] {
  return from.x !== to.x && from.y !== to.y ? [{ x: to.x, y: from.y }, to] : [to];
}

/** The centre of a CDU's footprint in its hall, where its pipe run starts. */
export function cduPort(store: RecordSource, catalog: CatalogIndex, cduId: string): Point | null {
  const cdu = store.get(cduId, 'equipment');
  if (!cdu) return null;
  const r = equipmentRect(cdu, catalog);
  return { x: (r.minX + r.maxX) / 2, y: (r.minY + r.maxY) / 2 };
}

/**
 * The route a loop is drawn along: the one stored in it, or, when it stores none, the automatic one from its
 * first CDU to the manifolds of the rows it serves.
 */
export function loopRoute(store: RecordSource, catalog: CatalogIndex, loop: CoolingLoopRecord): { points: readonly Point[]; automatic: boolean } {
  if (loop.route.length > 0) return { points: loop.route, automatic: false };
  const start = loop.cduIds.length ? cduPort(store, catalog, loop.cduIds[0]!) : null;
  if (!start) return { points: [], automatic: true };
  const rows = store.childrenOf(loop.hallId, 'row').filter((r) => r.coolingLoopId === loop.id);
  return { points: routeFrom(start, rows.map((r) => manifoldPoint(store, catalog, r))), automatic: true };
}

/** Total pipe length of a route: the sum of its segment lengths, metres. */
export function routeLength(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return total;
}
