import type { CatalogIndex } from '../../shared/catalog/catalog-index.ts';
import { hallToSite } from '../../shared/geometry/plan.ts';
import { loopRoute } from '../../shared/geometry/pipe-route.ts';
import type { DocumentStore } from '../editor/store.ts';

/** How high the loops' pipe runs are drawn, m: the viewport draws them there and picks them there. */
export const PIPE_HEIGHT = 2.9;

/** Distance in px from point p to the segment a–b. */
export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The cooling loop of the open scenario whose pipe run passes within `tolerance` screen px of a point, nearest
 * first: pipes are thin lines, so they are picked on screen rather than by ray.
 */
export function loopNear(
  store: DocumentStore,
  catalog: CatalogIndex,
  scenarioId: string,
  toScreen: (x: number, h: number, y: number) => { x: number; y: number } | null,
  px: number,
  py: number,
  tolerance: number,
): string | null {
  let best: { id: string; d: number } | null = null;
  for (const loop of store.all('coolingLoop')) {
    const hall = store.get(loop.hallId, 'hall');
    if (!hall || hall.scenarioId !== scenarioId) continue;
    const pts = loopRoute(store, catalog, loop).points.map((p) => hallToSite(hall, p)).map((p) => toScreen(p.x, PIPE_HEIGHT, p.y));
    for (let k = 1; k < pts.length; k++) {
      const a = pts[k - 1];
      const b = pts[k];
      if (!a || !b) continue;
      const d = distanceToSegment(px, py, a.x, a.y, b.x, b.y);
      if (d <= tolerance && (!best || d < best.d)) best = { id: loop.id, d };
    }
  }
  return best?.id ?? null;
}
