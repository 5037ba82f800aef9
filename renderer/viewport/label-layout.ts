import type { FloorBox } from '../../shared/geometry/floor-box.ts';
import type { WorldLabel } from './label-sources.ts';
import { placeLabels, type CoveredArea, type LabelCandidate, type ScreenBox } from './label-placement.ts';
import { projectBody, projectOutline, type ScreenBody, type ToScreen } from './label-geometry.ts';
import { outsideHall, spotsFor } from './label-spots.ts';
import type { ScreenPoint } from './screen-polygon.ts';

/** Free space kept between labels, and between a label and what is drawn, px. */
const GAP = 2;
/** How far outside the viewport an anchor may lie and its label still be pulled in, px. */
const ANCHOR_SLACK = 24;

export interface LayoutView {
  readonly toScreen: ToScreen;
  readonly width: number;
  readonly height: number;
  /** Panels over the viewport (the legend). */
  readonly keepOut: readonly ScreenBox[];
}

/**
 * Where each world label goes on screen this frame, for labels measured by `size`. What the labels name (rows,
 * equipment) and the halls' outlines are projected too: no label covers any of it but the one that names it, nor
 * lies across a hall's wall. Labels with no such spot are left out.
 */
export function layoutWorldLabels(labels: readonly WorldLabel[], size: (l: WorldLabel) => { w: number; h: number }, view: LayoutView): { label: WorldLabel; box: ScreenBox }[] {
  const { toScreen, width, height } = view;
  const outlines = new Map<FloorBox, ScreenPoint[] | null>();
  const outlineOf = (b: FloorBox) => {
    if (!outlines.has(b)) outlines.set(b, projectOutline(b, toScreen));
    return outlines.get(b)!;
  };
  const areas: CoveredArea[] = [];
  const bodies = new Map<string, ScreenBody>();
  for (const l of labels) {
    if (l.hall) outlineOf(l.hall);
    const body = l.body && projectBody(l.body, toScreen);
    if (!body) continue;
    bodies.set(l.key, body);
    areas.push({ polygon: body.hull, owner: l.key, yields: l.kind === 'equipment' });
  }
  const candidates: LabelCandidate[] = [];
  const byKey = new Map<string, WorldLabel>();
  for (const l of labels) {
    const p = toScreen(l.x, l.h, l.y);
    if (!p || p.x < -ANCHOR_SLACK || p.y < -ANCHOR_SLACK || p.x > width + ANCHOR_SLACK || p.y > height + ANCHOR_SLACK) continue;
    if (l.minPxPerM !== undefined) {
      const q = toScreen(l.x + 1, l.h, l.y);
      if (!q || Math.hypot(q.x - p.x, q.y - p.y) < l.minPxPerM) continue;
    }
    const { w, h } = size(l);
    const hall = l.hall ? outlineOf(l.hall) : null;
    const spots = spotsFor(l.side, { anchor: p, w, h, body: bodies.get(l.key) ?? null, hall }, GAP);
    byKey.set(l.key, l);
    // A loop's or feed's figures may stand over equipment rather than be left out; never over a row.
    const overYielding = l.kind === 'group' || l.kind === 'group-over';
    candidates.push({ key: l.key, ax: p.x, ay: p.y, w, h, priority: l.priority, spots, overYielding, ...(hall && outsideHall(l.side) ? { outside: hall } : {}) });
  }
  const walls = [...outlines.values()].filter((o): o is ScreenPoint[] => o !== null);
  const placed = placeLabels(candidates, { width, height, gap: GAP, keepOut: view.keepOut, areas, walls, anchorSlack: ANCHOR_SLACK });
  return placed.map(({ key, box }) => ({ label: byKey.get(key)!, box }));
}
