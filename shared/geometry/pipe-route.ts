import type { CoolingLoopRecord, EquipmentRecord, Point, RowRecord, RecordSource } from '../model/index.ts';
import type { CatalogIndex } from '../catalog/catalog-index.ts';
import { equipmentRect, rowDepth, toParent } from './plan.ts';

/** Where a row's liquid manifold meets the loop: the end of the row, at the back (hot-aisle side). */
export function manifoldPointAt(row: RowRecord, depthM: number): Point {
  return toParent({ x: row.slotCount * row.slotWidthM, y: depthM }, row.origin, row.rotation);
}

export function manifoldPoint(store: RecordSource, catalog: CatalogIndex, row: RowRecord): Point {
  return manifoldPointAt(row, rowDepth(store, catalog, row));
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
export function cduPortOf(cdu: EquipmentRecord, catalog: CatalogIndex): Point {
  const r = equipmentRect(cdu, catalog);
  return { x: (r.minX + r.maxX) / 2, y: (r.minY + r.maxY) / 2 };
}

export function cduPort(store: RecordSource, catalog: CatalogIndex, cduId: string): Point | null {
  const cdu = store.get(cduId, 'equipment');
  return cdu ? cduPortOf(cdu, catalog) : null;
}

/**
 * The route a loop is drawn along, in hall coordinates: the one stored in it, or, when it stores none, the
 * automatic one from its first CDU to the manifolds of the rows it serves (given with their depths).
 */
export function loopRouteOf(
  loop: CoolingLoopRecord,
  firstCdu: EquipmentRecord | undefined,
  rows: readonly { row: RowRecord; depthM: number }[],
  catalog: CatalogIndex,
): { points: readonly Point[]; automatic: boolean } {
  if (loop.route.length > 0) return { points: loop.route, automatic: false };
  if (!firstCdu) return { points: [], automatic: true };
  return { points: routeFrom(cduPortOf(firstCdu, catalog), rows.map((r) => manifoldPointAt(r.row, r.depthM))), automatic: true };
}

/** The same route read through a record source (the editor's store), for the tools that draw one. */
export function loopRoute(store: RecordSource, catalog: CatalogIndex, loop: CoolingLoopRecord): { points: readonly Point[]; automatic: boolean } {
  const first = loop.cduIds.length ? store.get(loop.cduIds[0]!, 'equipment') : undefined;
  const rows = store
    .childrenOf(loop.hallId, 'row')
    .filter((r) => r.coolingLoopId === loop.id)
    .map((row) => ({ row, depthM: rowDepth(store, catalog, row) }));
  return loopRouteOf(loop, first, rows, catalog);
}

/** Total pipe length of a route: the sum of its segment lengths, metres. */
export function routeLength(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return total;
}
