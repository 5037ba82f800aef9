import type { ScreenBox } from './label-placement.ts';

/** A point in CSS px from the viewport's top-left. */
export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/** The convex hull of points (Andrew's monotone chain): what a projected box covers on screen. */
export function convexHull(points: readonly ScreenPoint[]): ScreenPoint[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return sorted;
  const cross = (o: ScreenPoint, a: ScreenPoint, b: ScreenPoint) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: ScreenPoint[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: ScreenPoint[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** The axis-aligned box around points. */
export function boundsOf(points: readonly ScreenPoint[]): ScreenBox {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

const cornersOf = (b: ScreenBox): ScreenPoint[] => [
  { x: b.x, y: b.y },
  { x: b.x + b.w, y: b.y },
  { x: b.x + b.w, y: b.y + b.h },
  { x: b.x, y: b.y + b.h },
];

/** The least and greatest of the points' projections on the axis (nx, ny). */
function extentAlong(points: readonly ScreenPoint[], nx: number, ny: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of points) {
    const d = v.x * nx + v.y * ny;
    min = Math.min(min, d);
    max = Math.max(max, d);
  }
  return [min, max];
}

/**
 * Whether a box comes closer than `gap` px to a convex polygon (separating axes: the box's two and each edge's
 * normal). Touching is not overlapping.
 */
export function boxHitsPolygon(box: ScreenBox, polygon: readonly ScreenPoint[], gap = 0): boolean {
  const b = { x: box.x - gap, y: box.y - gap, w: box.w + 2 * gap, h: box.h + 2 * gap };
  const pb = boundsOf(polygon);
  if (!(b.x < pb.x + pb.w && pb.x < b.x + b.w && b.y < pb.y + pb.h && pb.y < b.y + b.h)) return false;
  // A box seen edge-on projects to a segment: its bounds are all it covers.
  if (polygon.length < 3) return true;
  const corners = cornersOf(b);
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i]!;
    const q = polygon[(i + 1) % polygon.length]!;
    const nx = p.y - q.y;
    const ny = q.x - p.x;
    const [pMin, pMax] = extentAlong(polygon, nx, ny);
    const [bMin, bMax] = extentAlong(corners, nx, ny);
    if (bMax <= pMin || bMin >= pMax) return false;
  }
  return true;
}

/** Whether a box lies wholly inside a convex polygon (its edges included). */
export function boxInsidePolygon(box: ScreenBox, polygon: readonly ScreenPoint[]): boolean {
  if (polygon.length < 3) return false;
  let area = 0;
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i]!;
    const q = polygon[(i + 1) % polygon.length]!;
    area += p.x * q.y - q.x * p.y;
  }
  const sign = Math.sign(area);
  if (sign === 0) return false;
  return cornersOf(box).every((c) => {
    for (let i = 0; i < polygon.length; i++) {
      const p = polygon[i]!;
      const q = polygon[(i + 1) % polygon.length]!;
      if (sign * ((q.x - p.x) * (c.y - p.y) - (q.y - p.y) * (c.x - p.x)) < 0) return false;
    }
    return true;
  });
}
