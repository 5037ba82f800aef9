import type { EquipmentRecord, Point, RowRecord } from '../../../shared/model/index.ts';
import { equipmentRect, rowDepth, rowRectInHall, type Rect } from '../../../shared/geometry/plan.ts';
import { assertLayout } from '../layout-rules.ts';
import { registerAction } from './registry.ts';
import { done, refused, type ActionContext, type ActionResult } from './types.ts';

export type AlignMode = 'left' | 'right' | 'top' | 'bottom' | 'centreX' | 'centreY' | 'distributeX' | 'distributeY';

const round = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * The move of each footprint (same order) that aligns them: left, right, top (least y) or bottom edges on the
 * group's outermost one, centres on the group's centre line, or, distributing, equal gaps between neighbours
 * (in the order of their centres) with the first and last left where they are.
 */
export function alignDeltas(rects: readonly Rect[], mode: AlignMode): Point[] {
  const minX = Math.min(...rects.map((r) => r.minX));
  const maxX = Math.max(...rects.map((r) => r.maxX));
  const minY = Math.min(...rects.map((r) => r.minY));
  const maxY = Math.max(...rects.map((r) => r.maxY));
  const dx = (x: number): Point => ({ x: round(x), y: 0 });
  const dy = (y: number): Point => ({ x: 0, y: round(y) });
  switch (mode) {
    case 'left':
      return rects.map((r) => dx(minX - r.minX));
    case 'right':
      return rects.map((r) => dx(maxX - r.maxX));
    case 'top':
      return rects.map((r) => dy(minY - r.minY));
    case 'bottom':
      return rects.map((r) => dy(maxY - r.maxY));
    case 'centreX':
      return rects.map((r) => dx((minX + maxX) / 2 - (r.minX + r.maxX) / 2));
    case 'centreY':
      return rects.map((r) => dy((minY + maxY) / 2 - (r.minY + r.maxY) / 2));
    case 'distributeX':
      return distribute(rects, 'x').map(dx);
    case 'distributeY':
      return distribute(rects, 'y').map(dy);
  }
}

function distribute(rects: readonly Rect[], axis: 'x' | 'y'): number[] {
  const lo = (r: Rect): number => (axis === 'x' ? r.minX : r.minY);
  const size = (r: Rect): number => (axis === 'x' ? r.maxX - r.minX : r.maxY - r.minY);
  const order = rects.map((r, i) => ({ r, i })).sort((a, b) => lo(a.r) + size(a.r) / 2 - (lo(b.r) + size(b.r) / 2));
  const first = order[0]!.r;
  const last = order.at(-1)!.r;
  const span = lo(last) + size(last) - lo(first);
  const gap = (span - rects.reduce((s, r) => s + size(r), 0)) / (rects.length - 1);
  const out = new Array<number>(rects.length).fill(0);
  let at = lo(first);
  for (const { r, i } of order) {
    out[i] = at - lo(r);
    at += size(r) + gap;
  }
  return out;
}

type Placed = RowRecord | EquipmentRecord;

/** The selected rows and equipment, when they stand in one hall (or all in the yard). */
function selectedPlaced(ctx: ActionContext): Placed[] | string {
  const out: Placed[] = [];
  for (const id of ctx.session.state.selection) {
    const r = ctx.store.get(id);
    if (r?.type === 'row' || r?.type === 'equipment') out.push(r);
  }
  if (new Set(out.map((r) => r.hallId)).size > 1) return 'select rows or equipment of one hall (or all in the yard)';
  return out;
}

function rectOfPlaced(ctx: ActionContext, r: Placed): Rect {
  return r.type === 'row' ? rowRectInHall(r, rowDepth(ctx.store, ctx.catalog, r)) : equipmentRect(r, ctx.catalog);
}

function align(ctx: ActionContext, mode: AlignMode): ActionResult {
  const placed = selectedPlaced(ctx);
  if (typeof placed === 'string') return refused(placed);
  const need = mode.startsWith('distribute') ? 3 : 2;
  if (placed.length < need) return refused(`select at least ${need} rows or pieces of equipment`);
  const deltas = alignDeltas(placed.map((r) => rectOfPlaced(ctx, r)), mode);
  ctx.store.transact((tx) => {
    placed.forEach((r, i) => {
      const d = deltas[i]!;
      if (d.x === 0 && d.y === 0) return;
      if (r.type === 'row') tx.put({ ...r, origin: { x: round(r.origin.x + d.x), y: round(r.origin.y + d.y) } });
      else tx.put({ ...r, position: { x: round(r.position.x + d.x), y: round(r.position.y + d.y) } });
    });
    assertLayout(ctx.store, ctx.catalog, placed);
  });
  return done();
}

const alignAction = (mode: AlignMode, label: string) =>
  registerAction<void>({ id: `selection.align.${mode}`, label, group: 'edit', edits: true, menu: 'Edit', run: (ctx) => align(ctx, mode) });

// Top and bottom as the plan shows them: north (least y) at the top of the screen.
export const alignLeft = alignAction('left', 'Align left edges');
export const alignRight = alignAction('right', 'Align right edges');
export const alignTop = alignAction('top', 'Align top edges');
export const alignBottom = alignAction('bottom', 'Align bottom edges');
export const alignCentreX = alignAction('centreX', 'Align centres (left–right)');
export const alignCentreY = alignAction('centreY', 'Align centres (top–bottom)');
export const distributeX = alignAction('distributeX', 'Distribute evenly left to right');
export const distributeY = alignAction('distributeY', 'Distribute evenly top to bottom');
