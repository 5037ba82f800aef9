import { ringSpots, type LabelSpot, type ScreenBox } from './label-placement.ts';
import type { LabelSide } from './label-sources.ts';
import type { ScreenBody } from './label-geometry.ts';
import { boxHitsPolygon, boxInsidePolygon, type ScreenPoint } from './screen-polygon.ts';

/** A measured label with what it stands by, on screen. */
export interface LabelFrame {
  readonly anchor: ScreenPoint;
  readonly w: number;
  readonly h: number;
  /** What the label names (a row). */
  readonly body?: ScreenBody | null;
  /** Its hall's floor corners: origin corner, along the width, far corner, along the depth. */
  readonly hall?: readonly ScreenPoint[] | null;
}

type Align = 'start' | 'middle' | 'end';

const grow = (b: ScreenBox, by: number): ScreenBox => ({ x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by });

/** How far a w × h box reaches from its centre along a unit direction. */
const reach = (w: number, h: number, ux: number, uy: number) => (Math.abs(ux) * w + Math.abs(uy) * h) / 2;

function spotAt(f: LabelFrame, cx: number, cy: number): LabelSpot {
  return { dx: cx - f.w / 2 - f.anchor.x, dy: cy - f.h / 2 - f.anchor.y };
}

/**
 * The spot outside a hall along its edge p → q: the box's near side `gap` px beyond the edge, at the edge's start,
 * middle or end; or centred `at` px along it from p, or `slide` px along it from the point nearest the anchor, and
 * then `layer` label heights farther out. None when the edge is seen end-on.
 */
function outsideEdge(f: LabelFrame, hall: readonly ScreenPoint[], p: ScreenPoint, q: ScreenPoint, align: Align | { slide: number; layer: number } | { at: number; layer: number }, gap: number): LabelSpot[] {
  const len = Math.hypot(q.x - p.x, q.y - p.y);
  if (len < 1) return [];
  const ex = (q.x - p.x) / len;
  const ey = (q.y - p.y) / len;
  const mid = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
  const centre = { x: hall.reduce((s, c) => s + c.x, 0) / hall.length, y: hall.reduce((s, c) => s + c.y, 0) / hall.length };
  // The edge's normal that points away from the hall's middle.
  const flip = (mid.x - centre.x) * -ey + (mid.y - centre.y) * ex < 0 ? -1 : 1;
  const nx = -ey * flip;
  const ny = ex * flip;
  const along = reach(f.w, f.h, ex, ey);
  const at = (t: number) => ({ x: p.x + ex * t, y: p.y + ey * t });
  const nearest = () => Math.min(Math.max((f.anchor.x - p.x) * ex + (f.anchor.y - p.y) * ey, 0), len);
  const base = align === 'start' ? at(along) : align === 'end' ? at(len - along) : align === 'middle' ? mid : 'at' in align ? at(align.at) : at(nearest() + align.slide);
  const depth = reach(f.w, f.h, nx, ny);
  const out = depth + gap + 1 + (typeof align === 'object' ? align.layer * (2 * depth + gap) : 0);
  return [spotAt(f, base.x + nx * out, base.y + ny * out)];
}

/**
 * Outside the edge p → q, `layer` label heights out, from its start to its end a quarter of the label's length apart
 * (only the two ends when the label is longer than the edge): where equipment or another hall's name takes the
 * corner, a hall's name moves along its own wall.
 */
function alongEdge(f: LabelFrame, hall: readonly ScreenPoint[], p: ScreenPoint, q: ScreenPoint, layer: number, gap: number): LabelSpot[] {
  const len = Math.hypot(q.x - p.x, q.y - p.y);
  if (len < 1) return [];
  const along = reach(f.w, f.h, (q.x - p.x) / len, (q.y - p.y) / len);
  const step = (2 * along + gap) / 4;
  const spots: LabelSpot[] = [];
  for (let t = along; t < len - along; t += step) spots.push(...outsideEdge(f, hall, p, q, { at: t, layer }, gap));
  return [...spots, ...outsideEdge(f, hall, p, q, { at: len - along, layer }, gap)];
}

/**
 * Beside each end of a row, centred on it, its left end on screen first: just past the end when the box fits
 * between the row and the hall's wall, else just outside the wall. A box across the wall or on the row is no spot.
 */
function besideEnds(f: LabelFrame, gap: number): LabelSpot[] {
  if (!f.body) return [];
  const [a, b] = f.body.ends;
  const ends: [ScreenPoint, ScreenPoint][] = a.x < b.x || (a.x === b.x && a.y <= b.y) ? [[a, b], [b, a]] : [[b, a], [a, b]];
  const spots: LabelSpot[] = [];
  for (const [end, other] of ends) {
    const len = Math.hypot(end.x - other.x, end.y - other.y);
    if (len < 1) continue;
    const ux = (end.x - other.x) / len;
    const uy = (end.y - other.y) / len;
    const first = reach(f.w, f.h, ux, uy) + gap;
    const limit = first + 2 * (f.w + f.h) + 4 * gap;
    for (let t = first; t <= limit; t += 1) {
      const box = { x: end.x + ux * t - f.w / 2, y: end.y + uy * t - f.h / 2, w: f.w, h: f.h };
      if (boxHitsPolygon(box, f.body.hull, gap)) continue;
      if (f.hall && !boxInsidePolygon(grow(box, gap), f.hall) && boxHitsPolygon(box, f.hall, gap)) continue;
      spots.push({ dx: box.x - f.anchor.x, dy: box.y - f.anchor.y });
      break;
    }
  }
  return spots;
}

/**
 * Outside the hall's walls near the anchor, nearest first: beside each wall at the point nearest the anchor, slid
 * along the wall in quarter-label steps and in up to three layers outwards, so that the figures of loops that start
 * close together stack beside the wall instead of covering the rows.
 */
function besideNearestWall(f: LabelFrame, hall: readonly ScreenPoint[], gap: number): LabelSpot[] {
  // A box farther than this from its anchor would no longer read as the figures of what starts there.
  const far = 4 * f.h;
  const distance = (s: LabelSpot) => Math.hypot(Math.max(s.dx, 0, -s.dx - f.w), Math.max(s.dy, 0, -s.dy - f.h));
  const spots: LabelSpot[] = [];
  for (let i = 0; i < hall.length; i++) {
    const p = hall[i]!;
    const q = hall[(i + 1) % hall.length]!;
    const len = Math.hypot(q.x - p.x, q.y - p.y);
    if (len < 1) continue;
    const step = (2 * reach(f.w, f.h, (q.x - p.x) / len, (q.y - p.y) / len) + gap) / 4;
    for (let layer = 0; layer < 3; layer++) {
      for (let k = -8; k <= 8; k++) spots.push(...outsideEdge(f, hall, p, q, { slide: k * step, layer }, gap).filter((s) => distance(s) <= far));
    }
  }
  return spots.sort((a, b) => distance(a) - distance(b));
}

/** Whether a label of `side` stands wholly outside its hall: a hall's name and its dimensions do. */
export function outsideHall(side: LabelSide): boolean {
  return side === 'outside-start' || side === 'along-width' || side === 'along-depth';
}

/** Every spot a label of `side` may take, in the order it tries them. */
export function spotsFor(side: LabelSide, f: LabelFrame, gap: number): LabelSpot[] {
  const { w, h } = f;
  const hall = f.hall;
  switch (side) {
    case 'beside-ends':
      return besideEnds(f, gap);
    // A hall's name outside its first edge from the origin corner along to the far corner, else the far edge so;
    // then the same one label height farther out (over what stands along the wall), so that every hall is named.
    case 'outside-start':
      if (!hall) return [];
      return [0, 1].flatMap((layer) => [...alongEdge(f, hall, hall[0]!, hall[1]!, layer, gap), ...alongEdge(f, hall, hall[3]!, hall[2]!, layer, gap)]);
    // A dimension outside the edge it measures, its middle first, else the opposite edge.
    case 'along-width':
    case 'along-depth': {
      if (!hall) return [];
      const edges: [ScreenPoint, ScreenPoint][] =
        side === 'along-width'
          ? [
              [hall[0]!, hall[1]!],
              [hall[3]!, hall[2]!],
            ]
          : [
              [hall[0]!, hall[3]!],
              [hall[1]!, hall[2]!],
            ];
      return edges.flatMap(([p, q]) => (['middle', 'end', 'start'] as const).flatMap((align) => outsideEdge(f, hall, p, q, align, gap)));
    }
    case 'ring':
      return hall ? [...ringSpots(w, h), ...besideNearestWall(f, hall, gap)] : ringSpots(w, h);
    case 'inside-start':
      return [{ dx: 2, dy: 2 }, { dx: 0, dy: -h - 2 }];
    case 'centre':
      return [{ dx: -w / 2, dy: -h / 2 }, ...ringSpots(w, h).slice(0, 6)];
  }
}
