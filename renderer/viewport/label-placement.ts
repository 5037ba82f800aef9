import { boundsOf, boxHitsPolygon, boxInsidePolygon, type ScreenPoint } from './screen-polygon.ts';

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
  /** An outline (its hall's, for a hall's name or dimension) the label must stay wholly outside of. */
  readonly outside?: readonly ScreenPoint[];
  /** Whether the label may stand over a yielding area when no spot clear of everything is left. */
  readonly overYielding?: boolean;
}

/** Something drawn (a row, a piece of equipment) that no label may cover, but the one that names it (`owner`). */
export interface CoveredArea {
  /** A convex polygon, CSS px. */
  readonly polygon: readonly ScreenPoint[];
  readonly owner?: string;
  /** Covered only by a label that may stand over it (`overYielding`), and only when it has no clear spot. */
  readonly yields?: boolean;
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
  /** What the viewport draws that no label may cover. */
  readonly areas?: readonly CoveredArea[];
  /** Convex outlines (halls) no label may lie across: each label is wholly inside or wholly outside each one. */
  readonly walls?: readonly (readonly ScreenPoint[])[];
  /** How far outside the viewport an anchor may lie and its label still be pulled in, px. */
  readonly anchorSlack?: number;
}

const CELL = 64;

interface Occupied {
  readonly box: ScreenBox;
  readonly area?: CoveredArea;
  readonly wall?: readonly ScreenPoint[];
}

const grow = (b: ScreenBox, by: number): ScreenBox => ({ x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by });

/** Whether a box, with `gap` px around it, lies partly inside and partly outside an outline. */
function crosses(b: ScreenBox, outline: readonly ScreenPoint[], gap: number): boolean {
  return boxHitsPolygon(b, outline, gap) && !boxInsidePolygon(grow(b, gap), outline);
}

/** What is taken, bucketed on a coarse grid over the viewport so that a collision test looks at a few neighbours only. */
class BoxGrid {
  private readonly cells = new Map<number, Occupied[]>();
  private readonly maxX: number;
  private readonly maxY: number;

  constructor(width: number, height: number) {
    this.maxX = Math.ceil(width / CELL) + 1;
    this.maxY = Math.ceil(height / CELL) + 1;
  }

  add(entry: Occupied): void {
    for (const k of this.keys(entry.box)) {
      const list = this.cells.get(k);
      if (list) list.push(entry);
      else this.cells.set(k, [entry]);
    }
  }

  hits(b: ScreenBox, gap: number, key: string, overYielding: boolean): boolean {
    for (const k of this.keys(b)) {
      for (const o of this.cells.get(k) ?? []) {
        if (!overlaps(b, o.box, gap)) continue;
        if (o.wall) {
          if (crosses(b, o.wall, gap)) return true;
        } else if (!o.area) return true;
        else if (o.area.owner !== key && !(overYielding && o.area.yields) && boxHitsPolygon(b, o.area.polygon, gap)) return true;
      }
    }
    return false;
  }

  /** The cells a box touches, clamped to the viewport: an area reaching far off screen (a row near a 3D camera) stays cheap. */
  private *keys(b: ScreenBox): Generator<number> {
    const clamp = (v: number, max: number) => Math.min(Math.max(v, -1), max);
    const x0 = clamp(Math.floor(b.x / CELL) - 1, this.maxX);
    const x1 = clamp(Math.floor((b.x + b.w) / CELL) + 1, this.maxX);
    const y0 = clamp(Math.floor(b.y / CELL) - 1, this.maxY);
    const y1 = clamp(Math.floor((b.y + b.h) / CELL) + 1, this.maxY);
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
 * inside the viewport, overlaps no label placed before it, no keep-out area and nothing drawn but what it names,
 * lies across no wall and stays outside the outline it must. A label with no free spot, or whose anchor is off
 * screen, is left out rather than drawn over another, over a row or cut by the edge.
 */
export function placeLabels(candidates: readonly LabelCandidate[], o: PlacementOptions): PlacedLabel[] {
  const gap = o.gap ?? 2;
  const slack = o.anchorSlack ?? 0;
  const grid = new BoxGrid(o.width, o.height);
  for (const box of o.keepOut ?? []) grid.add({ box });
  for (const area of o.areas ?? []) if (area.polygon.length > 0) grid.add({ box: boundsOf(area.polygon), area });
  for (const wall of o.walls ?? []) if (wall.length > 2) grid.add({ box: boundsOf(wall), wall });
  const order = [...candidates].sort((a, b) => b.priority - a.priority);
  const placed: PlacedLabel[] = [];
  for (const c of order) {
    if (!Number.isFinite(c.ax) || !Number.isFinite(c.ay)) continue;
    if (c.ax < -slack || c.ay < -slack || c.ax > o.width + slack || c.ay > o.height + slack) continue;
    const free = (box: ScreenBox | null, overYielding: boolean): box is ScreenBox =>
      box !== null && !grid.hits(box, gap, c.key, overYielding) && !(c.outside && boxHitsPolygon(box, c.outside, gap));
    const boxes = c.spots.map((s) => clampInside({ x: c.ax + s.dx, y: c.ay + s.dy, w: c.w, h: c.h }, o, gap));
    const box = boxes.find((b) => free(b, false)) ?? (c.overYielding ? boxes.find((b) => free(b, true)) : undefined);
    if (!box) continue;
    grid.add({ box });
    placed.push({ key: c.key, box });
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
