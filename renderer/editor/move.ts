import type { DocRecord, Point } from '../../shared/model/index.ts';
import type { ActionContext } from './actions/types.ts';
import { addRotation, inverseRotation, rectOf, rotatePoint, rowDepth, toParent } from '../../shared/geometry/plan.ts';
import { assertHallFree, assertLayout } from './layout-rules.ts';
import type { Transaction } from './store.ts';

/** Records that move as units: a rack inside a moved row, or a row inside a moved hall, follows its parent. */
export function movableRoots(ctx: ActionContext, ids: Iterable<string>): DocRecord[] {
  const set = new Set(ids);
  const out: DocRecord[] = [];
  for (const id of set) {
    const r = ctx.store.get(id);
    if (!r) continue;
    if (r.type === 'rack' && (set.has(r.rowId) || parentHallSelected(ctx, r.rowId, set))) continue;
    if (r.type === 'row' && set.has(r.hallId)) continue;
    if (r.type === 'equipment' && r.hallId && set.has(r.hallId)) continue;
    if (r.type === 'hall' || r.type === 'row' || r.type === 'rack' || r.type === 'equipment') out.push(r);
  }
  return out;
}

function parentHallSelected(ctx: ActionContext, rowId: string, set: Set<string>): boolean {
  const row = ctx.store.get(rowId, 'row');
  return !!row && set.has(row.hallId);
}

function toFrame(ctx: ActionContext, hallId: string | null, d: Point): Point {
  const hall = hallId ? ctx.store.get(hallId, 'hall') : undefined;
  return hall ? rotatePoint(d, inverseRotation(hall.rotation)) : d;
}

/**
 * Writes `starts` translated by a plan delta (site metres). Positions are computed from the records as they
 * were when the gesture began, so a drag never accumulates rounding. Racks move by whole slots.
 */
export function writeMoved(ctx: ActionContext, tx: Transaction, starts: readonly DocRecord[], d: Point): void {
  if (d.x === 0 && d.y === 0) {
    // Back where the gesture began: the original objects, so that a click without a move changes nothing.
    for (const r of starts) tx.put(r);
    return;
  }
  for (const r of starts) {
    if (r.type === 'hall') {
      tx.put({ ...r, origin: { x: r.origin.x + d.x, y: r.origin.y + d.y } });
    } else if (r.type === 'row') {
      const local = toFrame(ctx, r.hallId, d);
      tx.put({ ...r, origin: { x: r.origin.x + local.x, y: r.origin.y + local.y } });
    } else if (r.type === 'equipment') {
      const local = toFrame(ctx, r.hallId, d);
      tx.put({ ...r, position: { x: r.position.x + local.x, y: r.position.y + local.y } });
    } else if (r.type === 'rack') {
      const row = ctx.store.get(r.rowId, 'row');
      if (!row) continue;
      const inRow = rotatePoint(toFrame(ctx, row.hallId, d), inverseRotation(row.rotation));
      tx.put({ ...r, slot: r.slot + Math.round(inRow.x / row.slotWidthM) });
    }
  }
  checkMoved(ctx, starts);
}

/** Turns rows, equipment and halls a quarter turn about their own centre. */
export function writeRotated(ctx: ActionContext, tx: Transaction, records: readonly DocRecord[]): void {
  for (const r of records) {
    if (r.type === 'row') {
      const len = r.slotCount * r.slotWidthM;
      const depth = rowDepth(ctx.store, ctx.catalog, r);
      tx.put({ ...r, ...turned(r.origin, r.rotation, len, depth) });
    } else if (r.type === 'equipment') {
      const item = ctx.catalog.findItem(r.catalogId);
      const t = turned(r.position, r.rotation, item?.widthM ?? 1, item?.depthM ?? 1);
      tx.put({ ...r, position: t.origin, rotation: t.rotation });
    } else if (r.type === 'hall') {
      tx.put({ ...r, ...turned(r.origin, r.rotation, r.widthM, r.depthM) });
    }
  }
  checkMoved(ctx, records);
}

function turned(origin: Point, rotation: 0 | 90 | 180 | 270, w: number, d: number) {
  const before = rectOf(origin, rotation, w, d);
  const centre = { x: (before.minX + before.maxX) / 2, y: (before.minY + before.maxY) / 2 };
  const next = addRotation(rotation, 90);
  const offset = toParent({ x: w / 2, y: d / 2 }, { x: 0, y: 0 }, next);
  return { origin: { x: round(centre.x - offset.x), y: round(centre.y - offset.y) }, rotation: next };
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

function checkMoved(ctx: ActionContext, records: readonly DocRecord[]): void {
  for (const r of records) {
    if (r.type === 'hall') {
      const now = ctx.store.get(r.id, 'hall');
      if (now) assertHallFree(ctx.store, ctx.catalog, now);
    }
  }
  assertLayout(ctx.store, ctx.catalog, records);
}
