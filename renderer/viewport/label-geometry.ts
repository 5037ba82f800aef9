import type { FloorBox } from '../../shared/geometry/floor-box.ts';
import { convexHull, type ScreenPoint } from './screen-polygon.ts';

/** A world point (site x, height h, site y) in CSS px inside the viewport, or null when it is behind the camera. */
export type ToScreen = (x: number, h: number, y: number) => ScreenPoint | null;

/** What a label names, as it stands on screen: the hull it covers and its two ends (the middles of its short sides). */
export interface ScreenBody {
  readonly hull: readonly ScreenPoint[];
  readonly ends: readonly [ScreenPoint, ScreenPoint];
}

/** A box's floor corner in its own frame (x along its width, y along its depth, from its centre), on the site. */
function corner(b: FloorBox, lx: number, ly: number): { x: number; y: number } {
  const a = (b.rotation * Math.PI) / 180;
  const c = Math.round(Math.cos(a) * 1e9) / 1e9;
  const s = Math.round(Math.sin(a) * 1e9) / 1e9;
  return { x: b.x + c * lx - s * ly, y: b.y + s * lx + c * ly };
}

/**
 * A hall's floor corners on screen in the hall's own order: its origin corner, along its width, the far corner,
 * along its depth. Null when a corner is behind the camera.
 */
export function projectOutline(b: FloorBox, toScreen: ToScreen): ScreenPoint[] | null {
  const out: ScreenPoint[] = [];
  return projectCorners(b, 0, toScreen, out) ? out : null;
}

const CORNER_SIGNS = [
  [-1, -1],
  [1, -1],
  [1, 1],
  [-1, 1],
] as const;

/** The box's four corners at height `h` on screen, in the hall's order, onto `out`; false when one is behind the camera. */
function projectCorners(b: FloorBox, h: number, toScreen: ToScreen, out: ScreenPoint[]): boolean {
  for (const [sx, sy] of CORNER_SIGNS) {
    const p = corner(b, (sx * b.w) / 2, (sy * b.d) / 2);
    const s = toScreen(p.x, h, p.y);
    if (!s) return false;
    out.push(s);
  }
  return true;
}

/** A box's eight corners on screen, as the hull they cover, with the middles of its short ends at half height. */
export function projectBody(b: FloorBox, toScreen: ToScreen): ScreenBody | null {
  const points: ScreenPoint[] = [];
  for (const h of [0, b.h]) if (!projectCorners(b, h, toScreen, points)) return null;
  const long = b.w >= b.d;
  const endAt = (sign: number) => {
    const p = long ? corner(b, (sign * b.w) / 2, 0) : corner(b, 0, (sign * b.d) / 2);
    return toScreen(p.x, b.h / 2, p.y);
  };
  const start = endAt(-1);
  const end = endAt(1);
  if (!start || !end) return null;
  return { hull: convexHull(points), ends: [start, end] };
}
