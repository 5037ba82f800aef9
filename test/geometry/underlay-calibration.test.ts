import { describe, expect, it } from 'vitest';
import { calibrate, drawingToHall } from '../../shared/model/underlay-placement.ts';

// Hand-worked. A drawing placed at origin (2, 1) m, unturned, at 0.05 m per pixel:
//   pixel (20, 10) lies at (2 + 0.05·20, 1 + 0.05·10) = (3, 1.5); pixel (80, 10) at (2 + 4, 1.5) = (6, 1.5).
// The picked span is 6 − 3 = 3 m; the user types 12 m, so k = 12 / 3 = 4:
//   scale 0.05 · 4 = 0.2 m per pixel; origin (3, 1.5) + 4 · ((2, 1) − (3, 1.5)) = (3 − 4, 1.5 − 2) = (−1, −0.5).
//   Check: pixel (20, 10) → (−1 + 4, −0.5 + 2) = (3, 1.5), where it was picked; pixel (80, 10) → (−1 + 16, 1.5) =
//   (15, 1.5), 12 m from it.
// Turned 90°: drawing x runs along hall +y. Origin (0, 0), 0.1 m per unit: unit (0, 0) → (0, 0), unit (50, 0) →
//   (0, 5); picked 5 m, real 2.5 m, k = 0.5: scale 0.05, origin (0, 0) + 0.5 · (0, 0) = (0, 0), turn kept at 90°,
//   unit (50, 0) → (0, 2.5).
describe('two-point calibration of an underlay', () => {
  const placed = { origin: { x: 2, y: 1 }, rotationDeg: 0, metresPerUnit: 0.05 };

  it('scales about the first picked point to the typed distance', () => {
    const a = drawingToHall(placed, { x: 20, y: 10 });
    const b = drawingToHall(placed, { x: 80, y: 10 });
    expect(a).toEqual({ x: 3, y: 1.5 });
    expect(b).toEqual({ x: 6, y: 1.5 });
    const result = calibrate(placed, a, b, 12);
    if (!result.ok) throw new Error(result.message);
    expect(result.placement.metresPerUnit).toBeCloseTo(0.2, 12);
    expect(result.placement.origin.x).toBeCloseTo(-1, 12);
    expect(result.placement.origin.y).toBeCloseTo(-0.5, 12);
    const a2 = drawingToHall(result.placement, { x: 20, y: 10 });
    const b2 = drawingToHall(result.placement, { x: 80, y: 10 });
    expect(a2.x).toBeCloseTo(3, 12);
    expect(a2.y).toBeCloseTo(1.5, 12);
    expect(b2.x).toBeCloseTo(15, 12);
    expect(b2.y).toBeCloseTo(1.5, 12);
  });

  it('keeps the turn of a rotated drawing', () => {
    const turned = { origin: { x: 0, y: 0 }, rotationDeg: 90, metresPerUnit: 0.1 };
    const b = drawingToHall(turned, { x: 50, y: 0 });
    expect(b.x).toBeCloseTo(0, 12);
    expect(b.y).toBeCloseTo(5, 12);
    const result = calibrate(turned, { x: 0, y: 0 }, b, 2.5);
    if (!result.ok) throw new Error(result.message);
    expect(result.placement.rotationDeg).toBe(90);
    expect(result.placement.metresPerUnit).toBeCloseTo(0.05, 12);
    expect(drawingToHall(result.placement, { x: 50, y: 0 }).y).toBeCloseTo(2.5, 12);
  });

  it('refuses one point picked twice and a distance that is not above 0, in words', () => {
    expect(calibrate(placed, { x: 3, y: 1 }, { x: 3, y: 1.001 }, 10)).toEqual({ ok: false, message: 'Pick two points at least 1 cm apart on the drawing.' });
    expect(calibrate(placed, { x: 3, y: 1 }, { x: 6, y: 1 }, 0)).toEqual({ ok: false, message: 'The real distance must be a number of metres above 0.' });
    expect(calibrate(placed, { x: 3, y: 1 }, { x: 6, y: 1 }, Number.NaN)).toEqual({ ok: false, message: 'The real distance must be a number of metres above 0.' });
  });
});
