import type { DocRecord, HallRecord, Point } from '../../../shared/model/index.ts';
import type { CatalogIndex } from '../../../shared/catalog/catalog-index.ts';
import { equipmentRect, hallRectOnSite, hallToSite, inverseRotation, rotatePoint, rowDepth, rowRectInHall, siteToHall, snap, type Rect } from '../../../shared/geometry/plan.ts';
import { hallAt } from '../locate.ts';
import type { DocumentStore } from '../store.ts';

// Snapping as a CAD user expects it: a point (or a moved footprint's edge) within a few decimetres of a hall wall or
// a row's edge lands on it; otherwise it lands on the grid. With snapping off, points keep the centimetre.

/** What a coordinate snapped to. */
export type SnapKind = 'wall' | 'row' | 'grid' | 'none';

/** Lines to snap to, in one frame (hall or site): x = const and y = const. */
export interface SnapLines {
  readonly xs: readonly { readonly at: number; readonly kind: 'wall' | 'row' }[];
  readonly ys: readonly { readonly at: number; readonly kind: 'wall' | 'row' }[];
}

export interface SnapOptions {
  readonly grid: number;
  /** How near a line must be to win over the grid, metres. */
  readonly tolerance: number;
}

export interface Snapped {
  readonly value: number;
  readonly kind: SnapKind;
}

/** Off: a centimetre, so typed and drawn figures stay readable. */
const NO_SNAP = 0.01;

/** One coordinate: the nearest line within tolerance, else the grid. */
export function snapCoordinate(v: number, lines: SnapLines['xs'], o: SnapOptions): Snapped {
  let best: Snapped | null = null;
  let bestDistance = o.tolerance + 1e-9;
  for (const l of lines) {
    const d = Math.abs(l.at - v);
    if (d < bestDistance) {
      best = { value: l.at, kind: l.kind };
      bestDistance = d;
    }
  }
  return best ?? { value: round(snap(v, o.grid)), kind: 'grid' };
}

/** A point snapped axis by axis; `enabled` false keeps it to the centimetre. */
export function snapPoint(p: Point, lines: SnapLines, o: SnapOptions, enabled: boolean): { point: Point; x: SnapKind; y: SnapKind } {
  if (!enabled) return { point: { x: round(snap(p.x, NO_SNAP)), y: round(snap(p.y, NO_SNAP)) }, x: 'none', y: 'none' };
  const x = snapCoordinate(p.x, lines.xs, o);
  const y = snapCoordinate(p.y, lines.ys, o);
  return { point: { x: x.value, y: y.value }, x: x.kind, y: y.kind };
}

/**
 * The delta that moves `rect` by about `delta` with one of its edges on a line when one comes within tolerance on
 * that axis (the nearer edge wins); otherwise the delta on the grid. Less than half a grid step is no move.
 */
export function snapRectDelta(rect: Rect, delta: Point, lines: SnapLines, o: SnapOptions, enabled: boolean): Point {
  if (!enabled) return { x: round(snap(delta.x, NO_SNAP)), y: round(snap(delta.y, NO_SNAP)) };
  // A click, or a drag back to where it began, leaves the record where it stands, even beside a line.
  if (Math.hypot(delta.x, delta.y) < o.grid / 2) return { x: 0, y: 0 };
  const axis = (d: number, min: number, max: number, ls: SnapLines['xs']): number => {
    let best: number | null = null;
    let bestDistance = o.tolerance + 1e-9;
    for (const edge of [min, max]) {
      for (const l of ls) {
        const gap = l.at - (edge + d);
        if (Math.abs(gap) < bestDistance) {
          best = d + gap;
          bestDistance = Math.abs(gap);
        }
      }
    }
    return round(best ?? snap(d, o.grid));
  };
  return { x: axis(delta.x, rect.minX, rect.maxX, lines.xs), y: axis(delta.y, rect.minY, rect.maxY, lines.ys) };
}

/** The walls of a hall and the edges of its rows, in hall coordinates, leaving out the records in `except`. */
export function hallSnapLines(store: DocumentStore, catalog: CatalogIndex, hall: HallRecord, except: ReadonlySet<string> = new Set()): SnapLines {
  const xs: { at: number; kind: 'wall' | 'row' }[] = [
    { at: 0, kind: 'wall' },
    { at: hall.widthM, kind: 'wall' },
  ];
  const ys: { at: number; kind: 'wall' | 'row' }[] = [
    { at: 0, kind: 'wall' },
    { at: hall.depthM, kind: 'wall' },
  ];
  for (const row of store.childrenOf(hall.id, 'row')) {
    if (except.has(row.id)) continue;
    const r = rowRectInHall(row, rowDepth(store, catalog, row));
    xs.push({ at: r.minX, kind: 'row' }, { at: r.maxX, kind: 'row' });
    ys.push({ at: r.minY, kind: 'row' }, { at: r.maxY, kind: 'row' });
  }
  return { xs, ys };
}

/** The outer walls of the scenario's halls, in site coordinates: a new hall drawn beside one lines up with it. */
export function siteSnapLines(store: DocumentStore, scenarioId: string, except: ReadonlySet<string> = new Set()): SnapLines {
  const xs: { at: number; kind: 'wall' }[] = [];
  const ys: { at: number; kind: 'wall' }[] = [];
  for (const hall of store.all('hall')) {
    if (hall.scenarioId !== scenarioId || except.has(hall.id)) continue;
    const r = hallRectOnSite(hall);
    xs.push({ at: r.minX, kind: 'wall' }, { at: r.maxX, kind: 'wall' });
    ys.push({ at: r.minY, kind: 'wall' }, { at: r.maxY, kind: 'wall' });
  }
  return { xs, ys };
}

/** A site point snapped as drawing snaps it: to the walls, rows and 0.1 m grid of the hall it is in, else to the halls' walls and the 0.5 m grid. */
export function snapOnPlan(store: DocumentStore, catalog: CatalogIndex, scenarioId: string, site: Point, enabled: boolean): Point {
  const hall = hallAt(store, scenarioId, site);
  if (!hall) return snapPoint(site, siteSnapLines(store, scenarioId), { grid: 0.5, tolerance: 0.3 }, enabled).point;
  return hallToSite(hall, snapPoint(siteToHall(hall, site), hallSnapLines(store, catalog, hall), { grid: 0.1, tolerance: 0.3 }, enabled).point);
}

/**
 * How a drag of `roots` snaps its plan delta (site metres): rows and equipment of one hall put an edge of their
 * footprint on that hall's walls or other rows, halls on other halls' walls; anything else keeps the 0.1 m grid.
 */
export function moveSnapper(store: DocumentStore, catalog: CatalogIndex, scenarioId: string, roots: readonly DocRecord[], enabled: boolean): (delta: Point) => Point {
  const except = new Set(roots.map((r) => r.id));
  const grid = { grid: 0.1, tolerance: 0.3 };
  const hallIds = new Set(roots.map((r) => (r.type === 'row' ? r.hallId : r.type === 'equipment' ? r.hallId : null)));
  const hall = hallIds.size === 1 && !hallIds.has(null) ? store.get([...hallIds][0]!, 'hall') : undefined;
  if (hall) {
    const rects = roots.map((r) => (r.type === 'row' ? rowRectInHall(r, rowDepth(store, catalog, r)) : equipmentRect(r as Extract<DocRecord, { type: 'equipment' }>, catalog)));
    const lines = hallSnapLines(store, catalog, hall, except);
    const rect = unionRect(rects);
    return (d) => rotatePoint(snapRectDelta(rect, rotatePoint(d, inverseRotation(hall.rotation)), lines, grid, enabled), hall.rotation);
  }
  if (roots.every((r) => r.type === 'hall')) {
    const rect = unionRect(roots.map((r) => hallRectOnSite(r as HallRecord)));
    const lines = siteSnapLines(store, scenarioId, except);
    return (d) => snapRectDelta(rect, d, lines, { grid: 0.5, tolerance: 0.3 }, enabled);
  }
  return (d) => snapRectDelta({ minX: 0, minY: 0, maxX: 0, maxY: 0 }, d, { xs: [], ys: [] }, grid, enabled);
}

function unionRect(rects: readonly Rect[]): Rect {
  return {
    minX: Math.min(...rects.map((r) => r.minX)),
    minY: Math.min(...rects.map((r) => r.minY)),
    maxX: Math.max(...rects.map((r) => r.maxX)),
    maxY: Math.max(...rects.map((r) => r.maxY)),
  };
}

const round = (v: number): number => Math.round(v * 1000) / 1000;
