import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import type { CheckInput } from '../../engine/bill-builder.ts';
import type { ScenarioLayout } from '../../engine/layout.ts';
import { equipmentRect, rowRectInHall, type Rect } from '../../geometry/plan.ts';
import type { Point } from '../../model/index.ts';
import { called } from '../../model/called.ts';

const EPS = 1e-6;

function pointToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function pointToRect(p: Point, r: Rect): number {
  return Math.hypot(Math.max(r.minX - p.x, 0, p.x - r.maxX), Math.max(r.minY - p.y, 0, p.y - r.maxY));
}

/** Distance between a run's segment and a rectangle (0 when it crosses it); pipe runs are horizontal and vertical. */
function segmentToRect(a: Point, b: Point, r: Rect): number {
  const crosses = Math.min(a.x, b.x) <= r.maxX && Math.max(a.x, b.x) >= r.minX && Math.min(a.y, b.y) <= r.maxY && Math.max(a.y, b.y) >= r.minY;
  if (crosses && (a.x === b.x || a.y === b.y)) return 0;
  const corners = [
    { x: r.minX, y: r.minY },
    { x: r.maxX, y: r.minY },
    { x: r.minX, y: r.maxY },
    { x: r.maxX, y: r.maxY },
  ];
  return Math.min(pointToRect(a, r), pointToRect(b, r), ...corners.map((c) => pointToSegment(c, a, b)));
}

const routeToRect = (route: readonly Point[], r: Rect): number => Math.min(...route.slice(1).map((p, i) => segmentToRect(route[i]!, p, r)));

/**
 * Drawn pipe runs that no longer connect what they serve. A run connects when it starts at one of the loop's CDUs
 * (within the service clearance in front of it) and passes each served row within the aisle behind it (the rear
 * clearance: a header along the hot aisle reaches the manifolds). Moving a CDU or a row after drawing leaves the run
 * where it was; a loop with no drawn run follows the layout on its automatic route and is never flagged.
 */
export function pipeRouteChecks(layout: ScenarioLayout, index: CatalogIndex): CheckInput[] {
  const checks: CheckInput[] = [];
  const atCdu = index.factor('front-clearance-m') + EPS;
  const atRow = index.factor('rear-clearance-m') + EPS;
  for (const loop of layout.loops) {
    const route = loop.route;
    if (route.length < 2) continue;
    const cdus = loop.cduIds.flatMap((id) => layout.equipmentById.get(id) ?? []);
    const missed: string[] = [];
    if (cdus.length > 0 && !cdus.some((c) => pointToRect(route[0]!, equipmentRect(c, index)) <= atCdu)) missed.push(cdus.map((c) => c.name).join(' or '));
    for (const row of layout.rows) {
      if (row.row.coolingLoopId === loop.id && routeToRect(route, rowRectInHall(row.row, row.depthM)) > atRow) missed.push(called('row', row.row.name));
    }
    if (missed.length === 0) continue;
    checks.push({
      severity: 'warning',
      code: 'pipe-route-disconnected',
      message: `The drawn pipe run of ${loop.name} no longer reaches ${missed.join(', ')}: redraw it with the pipe tool, or return the loop to its automatic route`,
      subject: { type: 'coolingLoop', id: loop.id },
    });
  }
  return checks;
}
