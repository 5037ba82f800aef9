import type { Point } from './records.ts';
import type { UnderlayPlacement } from './underlay-records.ts';

/** Shortest picked span calibration takes, m: two clicks closer than this are one point. */
export const MIN_CALIBRATION_SPAN_M = 0.01;

/** A point of the drawing (its own units, sheet frame) where the placement puts it in the hall, m. */
export function drawingToHall(p: UnderlayPlacement, u: Point): Point {
  const a = (p.rotationDeg * Math.PI) / 180;
  const x = u.x * p.metresPerUnit;
  const y = u.y * p.metresPerUnit;
  return { x: p.origin.x + x * Math.cos(a) - y * Math.sin(a), y: p.origin.y + x * Math.sin(a) + y * Math.cos(a) };
}

export type Calibration = { readonly ok: true; readonly placement: UnderlayPlacement } | { readonly ok: false; readonly message: string };

/**
 * The placement after a two-point calibration: `a` and `b` are where two known points of the drawing now lie in the
 * hall (m), `realM` the distance between them in the building. The drawing is scaled about `a` by realM / |ab|, so the
 * first point stays where it was picked, the second moves along the line to `realM` from it, and the turn is kept.
 */
export function calibrate(p: UnderlayPlacement, a: Point, b: Point, realM: number): Calibration {
  const picked = Math.hypot(b.x - a.x, b.y - a.y);
  if (!(picked >= MIN_CALIBRATION_SPAN_M)) return { ok: false, message: `Pick two points at least ${MIN_CALIBRATION_SPAN_M * 100} cm apart on the drawing.` };
  if (!Number.isFinite(realM) || realM <= 0) return { ok: false, message: 'The real distance must be a number of metres above 0.' };
  const k = realM / picked;
  const metresPerUnit = p.metresPerUnit * k;
  if (metresPerUnit < 1e-6 || metresPerUnit > 1000) return { ok: false, message: `That makes ${metresPerUnit.toPrecision(3)} m per drawing unit; the scale must be between 0.000001 and 1000.` };
  return {
    ok: true,
    placement: { origin: { x: a.x + k * (p.origin.x - a.x), y: a.y + k * (p.origin.y - a.y) }, rotationDeg: p.rotationDeg, metresPerUnit },
  };
}
