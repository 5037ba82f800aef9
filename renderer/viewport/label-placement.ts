/** A screen-space box in CSS pixels: left, top, width, height. */
export interface ScreenBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Where a label may sit relative to its anchor: the offset of the box's top-left corner from the anchor, in px. */
export interface LabelSpot {
  readonly dx: number;
  readonly dy: number;
}

export interface LabelCandidate {
  readonly key: string;
  /** The projected anchor point, CSS px from the viewport's top-left. */
  readonly ax: number;
  readonly ay: number;
  readonly w: number;
  readonly h: number;
  /** Higher is placed first and so wins a contested spot. */
  readonly priority: number;
  /** Spots to try in order; the first that overlaps nothing placed before wins. */
  readonly spots: readonly LabelSpot[];
}

export interface PlacedLabel {
  readonly key: string;
  readonly box: ScreenBox;
}

export interface PlacementOptions {
  readonly width: number;
  readonly height: number;
  /** Free space kept between boxes and from the viewport's edge, px. */
  readonly gap?: number;
  /** Screen areas no label may cover (the legend over the viewport). */
  readonly keepOut?: readonly ScreenBox[];
  /** How far outside the viewport an anchor may lie and its label still be pulled in, px. */
  readonly anchorSlack?: number;
}

const CELL = 64;

/** Boxes already placed, bucketed on a coarse grid so that a collision test looks at a few neighbours only. */
class BoxGrid {
  private readonly cells = new Map<number, ScreenBox[]>();

  add(b: ScreenBox): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }

  hits(b: ScreenBox, gap: number): boolean {
    for (const k of this.keys(b)) for (const o of this.cells.get(k) ?? []) if (overlaps(b, o, gap)) return true;
    return false;
  }

  private *keys(b: ScreenBox): Generator<number> {
    const x0 = Math.floor(b.x / CELL) - 1;
    const x1 = Math.floor((b.x + b.w) / CELL) + 1;
    const y0 = Math.floor(b.y / CELL) - 1;
    const y1 = Math.floor((b.y + b.h) / CELL) + 1;
    for (let gx = x0; gx <= x1; gx++) for (let gy = y0; gy <= y1; gy++) yield gx * 100_003 + gy;
  }
}

/** Whether two boxes come closer than `gap` px. */
export function overlaps(a: ScreenBox, b: ScreenBox, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** Shifts a box the least distance that puts it wholly inside the viewport (less the edge gap). */
function clampInside(b: ScreenBox, o: PlacementOptions, gap: number): ScreenBox | null {
  if (b.w > o.width - 2 * gap || b.h > o.height - 2 * gap) return null;
  const x = Math.min(Math.max(b.x, gap), o.width - gap - b.w);
  const y = Math.min(Math.max(b.y, gap), o.height - gap - b.h);
  return { x, y, w: b.w, h: b.h };
}

/**
 * Greedy label placement in screen space: by priority, each label takes the first of its spots that, pulled
 * inside the viewport, overlaps no label placed before it and no keep-out area. A label with no free spot, or
 * whose anchor is off screen, is left out rather than drawn over another or cut by the edge.
 */
export function placeLabels(candidates: readonly LabelCandidate[], o: PlacementOptions): PlacedLabel[] {
  const gap = o.gap ?? 2;
  const slack = o.anchorSlack ?? 0;
  const grid = new BoxGrid();
  for (const k of o.keepOut ?? []) grid.add(k);
  const order = [...candidates].sort((a, b) => b.priority - a.priority);
  const placed: PlacedLabel[] = [];
  for (const c of order) {
    if (!Number.isFinite(c.ax) || !Number.isFinite(c.ay)) continue;
    if (c.ax < -slack || c.ay < -slack || c.ax > o.width + slack || c.ay > o.height + slack) continue;
    for (const s of c.spots) {
      const box = clampInside({ x: c.ax + s.dx, y: c.ay + s.dy, w: c.w, h: c.h }, o, gap);
      if (!box || grid.hits(box, gap)) continue;
      grid.add(box);
      placed.push({ key: c.key, box });
      break;
    }
  }
  return placed;
}

/**
 * The usual ring of spots around an anchor for a w × h label: right, above, below, left, then the same farther
 * out, so that labels sharing an anchor (a loop's and a feed's, an A and a B feed) fan out instead of stacking.
 */
export function ringSpots(w: number, h: number, first: 'right' | 'above' = 'right'): LabelSpot[] {
  const spots: LabelSpot[] = [];
  for (const r of [4, 4 + h + 2, 4 + 2 * (h + 2)]) {
    const right = { dx: r, dy: -h / 2 };
    const above = { dx: 0, dy: -h - r };
    const below = { dx: 0, dy: r };
    const left = { dx: -w - r, dy: -h / 2 };
    spots.push(...(first === 'right' ? [right, above, below, left] : [above, right, below, left]));
    spots.push({ dx: r, dy: -h - r }, { dx: r, dy: r });
  }
  return spots;
}
