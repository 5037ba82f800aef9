import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, ringSpots, type LabelCandidate } from '../../renderer/viewport/label-placement.ts';

const VIEW = { width: 800, height: 500 };

function label(key: string, ax: number, ay: number, w = 120, h = 16, priority = 50): LabelCandidate {
  return { key, ax, ay, w, h, priority, spots: ringSpots(w, h) };
}

/** A small deterministic pseudo-random sequence (no Math.random in tests). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function assertNoOverlapInside(placed: ReturnType<typeof placeLabels>, gap: number): void {
  for (const { box } of placed) {
    expect(box.x).toBeGreaterThanOrEqual(gap);
    expect(box.y).toBeGreaterThanOrEqual(gap);
    expect(box.x + box.w).toBeLessThanOrEqual(VIEW.width - gap);
    expect(box.y + box.h).toBeLessThanOrEqual(VIEW.height - gap);
  }
  for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!.box, placed[j]!.box)).toBe(false);
}

describe('label placement', () => {
  it('fans out two labels on the same anchor (an A and a B feed on one row) instead of stacking them', () => {
    const placed = placeLabels([label('A', 300, 200), label('B', 300, 200)], { ...VIEW, gap: 2 });
    expect(placed.map((p) => p.key).sort()).toEqual(['A', 'B']);
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('pulls a label at the edge inside the viewport rather than cutting it', () => {
    const [right] = placeLabels([label('edge', 790, 250)], { ...VIEW, gap: 2 });
    expect(right!.box.x + right!.box.w).toBeLessThanOrEqual(798);
    const [top] = placeLabels([{ ...label('top', 20, 1), spots: [{ dx: 0, dy: -20 }] }], { ...VIEW, gap: 2 });
    expect(top!.box.y).toBe(2);
  });

  it('gives a contested spot to the higher priority and keeps out of the legend', () => {
    const legend = { x: 0, y: 400, w: 200, h: 100 };
    const placed = placeLabels(
      [{ ...label('low', 100, 100, 80, 16, 10), spots: [{ dx: 0, dy: 0 }] }, { ...label('high', 100, 100, 80, 16, 90), spots: [{ dx: 0, dy: 0 }] }, { ...label('under legend', 50, 450), spots: [{ dx: 0, dy: 0 }] }],
      { ...VIEW, keepOut: [legend] },
    );
    expect(placed.map((p) => p.key)).toEqual(['high']);
  });

  it('leaves out a label whose anchor is off screen, and one with no free spot', () => {
    expect(placeLabels([label('far', -500, 100)], { ...VIEW, anchorSlack: 24 })).toEqual([]);
    const crowd = Array.from({ length: 40 }, (_, i) => ({ ...label(`c${i}`, 400, 250), spots: [{ dx: 0, dy: 0 }] }));
    expect(placeLabels(crowd, VIEW)).toHaveLength(1);
  });

  it('never overlaps and never leaves the viewport, for 2,000 random labels', () => {
    const rnd = lcg(7);
    const candidates = Array.from({ length: 2000 }, (_, i) => label(`l${i}`, rnd() * 900 - 50, rnd() * 600 - 50, 30 + rnd() * 200, 14 + Math.round(rnd() * 6), Math.round(rnd() * 100)));
    const placed = placeLabels(candidates, { ...VIEW, gap: 2, anchorSlack: 24 });
    expect(placed.length).toBeGreaterThan(50);
    assertNoOverlapInside(placed, 2);
  });
});
