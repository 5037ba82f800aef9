import type { RackId, RackRecord, RowId, RowRecord } from '../../../shared/model/index.ts';
import { minimumRowArrayPitch } from '../../../shared/analysis/row-array-pitch.ts';
import { rotatePoint, rowDepth, rowRectInHall } from '../../../shared/geometry/plan.ts';
import { formatLength } from '../format-length.ts';
import { newId } from '../ids.ts';
import { assertLayout } from '../layout-rules.ts';
import { rackLabel } from '../naming.ts';
import { nextName } from './clipboard.ts';
import { registerAction } from './registry.ts';
import { selectedRows } from './selection-kinds.ts';
import { done, refused } from './types.ts';

export interface RowArrayArgs {
  /** How many copies to add (the selected rows stay where they are). */
  readonly count: number;
  /** Distance from one copy to the next, metres. */
  readonly pitchM: number;
  /** 'across': towards the first row's front (its racks' faces); 'along': the way its slots run. */
  readonly direction: 'across' | 'along';
  /** Copies go the other way: behind the row, or back along it. */
  readonly reverse?: boolean;
}

const MAX_COPIES = 100;

/**
 * Copies the selected rows (with their racks, without their loop and feeds) `count` times, each copy `pitchM`
 * further in the direction given in the first row's own frame: one undo step. A pitch that would put a copy in the
 * block's working clearance (or on it, along the row) is refused, naming the limit.
 */
export const rowArray = registerAction<RowArrayArgs>({
  id: 'row.array',
  label: 'Array copy of rows',
  group: 'create',
  edits: true,
  run(ctx, args) {
    const rows = selectedRows(ctx);
    const first = rows[0];
    if (!first) return refused('select one or more rows to copy');
    if (new Set(rows.map((r) => r.hallId)).size > 1) return refused('select rows of one hall');
    if (!Number.isInteger(args.count) || args.count < 1 || args.count > MAX_COPIES) return refused(`the number of copies must be a whole number from 1 to ${MAX_COPIES}`);
    const unit = ctx.session.state.lengthUnit;
    if (!Number.isFinite(args.pitchM) || args.pitchM <= 0) return refused('the pitch must be a positive length');
    // The block's extent in the first row's frame: across its depth and along its slots.
    const step = rotatePoint(args.direction === 'across' ? { x: 0, y: 1 } : { x: 1, y: 0 }, first.rotation);
    const rects = rows.map((r) => rowRectInHall(r, rowDepth(ctx.store, ctx.catalog, r)));
    const span = (axis: 'x' | 'y'): number =>
      axis === 'x' ? Math.max(...rects.map((r) => r.maxX)) - Math.min(...rects.map((r) => r.minX)) : Math.max(...rects.map((r) => r.maxY)) - Math.min(...rects.map((r) => r.minY));
    const acrossAxis = Math.abs(rotatePoint({ x: 0, y: 1 }, first.rotation).x) > 0.5 ? 'x' : 'y';
    const alongAxis = acrossAxis === 'x' ? 'y' : 'x';
    const limit = minimumRowArrayPitch(ctx.catalog, { depthM: span(acrossAxis), lengthM: span(alongAxis) }, args.direction);
    if (args.pitchM < limit.pitchM - 1e-6) {
      return refused(`a pitch of ${formatLength(args.pitchM, unit)} is narrower than ${formatLength(limit.pitchM, unit)}, ${limit.reason}`);
    }
    const sign = args.reverse ? -1 : 1;
    const taken = new Set(ctx.store.childrenOf(first.hallId, 'row').map((r) => r.name));
    const created: (RowRecord | RackRecord)[] = [];
    for (let k = 1; k <= args.count; k++) {
      const d = { x: step.x * sign * k * args.pitchM, y: step.y * sign * k * args.pitchM };
      for (const row of rows) {
        const name = nextName(row.name, taken);
        taken.add(name);
        const id = newId<RowId>('row');
        const origin = { x: round(row.origin.x + d.x), y: round(row.origin.y + d.y) };
        // A copy is new: it carries no baseline lineage (originId) of the row it copies.
        const { originId: _row, ...copied } = row;
        created.push({ ...copied, id, name, origin, coolingLoopId: null, feedAId: null, feedBId: null });
        for (const rack of ctx.store.childrenOf(row.id, 'rack')) {
          const { originId: _rack, ...copiedRack } = rack;
          const label = rack.label === rackLabel(row.name, rack.slot) ? rackLabel(name, rack.slot) : rack.label;
          created.push({ ...copiedRack, id: newId<RackId>('rack'), rowId: id, label });
        }
      }
    }
    ctx.store.transact((tx) => {
      for (const r of created) tx.put(r);
      assertLayout(ctx.store, ctx.catalog, created);
    });
    const ids = created.filter((r) => r.type === 'row').map((r) => r.id);
    ctx.session.info(`${ids.length} row${ids.length === 1 ? '' : 's'} added at a pitch of ${formatLength(args.pitchM, unit)}`);
    return done(ids);
  },
});

const round = (v: number): number => Math.round(v * 1000) / 1000;

/** Asks for the count, pitch and direction of an array copy of the selected rows (the app opens its dialog). */
export const rowArrayPrompt = registerAction<void>({
  id: 'row.arrayPrompt',
  label: 'Array copy of the selected rows…',
  shortcut: 'A',
  group: 'create',
  edits: true,
  enabled: (ctx) => selectedRows(ctx).length > 0,
  run(ctx) {
    ctx.session.set({ prompt: 'row-array' });
    return done();
  },
});
