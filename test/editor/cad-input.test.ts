// Precise input (issue 13, point 8), worked by hand.
//
// Snapping, grid 0.1 m, tolerance 0.3 m, lines x = 0 and x = 40 (walls), x = 14 (a row's end):
//   x 13.78 → 14 (the row's end is 0.22 away, nearer than the tolerance); x 13.64 → 13.6 (0.36 from it: the grid);
//   x 0.25 → 0 (the wall). Off: 13.777 keeps the centimetre, 13.78.
//   A 12 m × 1.2 m footprint at x 2–14 dragged by Δx 25.8 would end at 39.8, 0.2 short of the wall at 40: its right
//   edge snaps to the wall, Δx 26. Dragged by Δx 10.04 nothing is near: the grid, 10.0.
// Array copy: an empty row is a standard rack deep, 1.2 m; the catalog's clearances are 1.0 m in front and 0.6 m
//   behind (TIA-942), so copies one behind the other need 1.2 + max(1.0, 0.6) = 2.2 m. At 3.6 m, three copies of a
//   row at y 4 stand at y 7.6, 11.2 and 14.8; at 2.1 m the copy is refused, naming 2.20 m.
// Align: rows at x 2 (12 m long) and x 5 (6 m long): left edges on x 2; right edges on 14 (the second moves by 14 - 11
//   = 3, to x 8). Distribute, y: three rows 1.2 m deep at y 2, 5 and 14: span 2 to 15.2 = 13.2, rows 3.6 m in all,
//   gaps (13.2 - 3.6) / 2 = 4.8: the middle one goes to 2 + 1.2 + 4.8 = 8.
// Typed row: a GB200 NVL72 is 0.6 m wide; 12 m is 20 slots; "7 slots" is 4.2 m.
import { describe, expect, it } from 'vitest';
import type { HallId, RowId } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import { alignDeltas } from '../../renderer/editor/actions/align-distribute.ts';
import type { Editor } from '../../renderer/editor/editor.ts';
import { snapCoordinate, snapPoint, snapRectDelta } from '../../renderer/editor/tools/snapping.ts';
import { readTypedFigure } from '../../renderer/app/cad/typed-figure.ts';
import { createdIds, newEditor } from './fixtures.ts';

const lines = { xs: [{ at: 0, kind: 'wall' as const }, { at: 40, kind: 'wall' as const }, { at: 14, kind: 'row' as const }], ys: [] };
const grid = { grid: 0.1, tolerance: 0.3 };
const EN = { decimal: '.', group: ',' };

function hallWithRow(ed: Editor): { hallId: HallId; rowId: RowId } {
  const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
  const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 14, y: 4 } }));
  return { hallId: hallId as HallId, rowId: rowId as RowId };
}

describe('snapping', () => {
  it('puts a coordinate on a wall or row edge within the tolerance, else on the grid; off keeps the centimetre', () => {
    expect(snapCoordinate(13.78, lines.xs, grid)).toEqual({ value: 14, kind: 'row' });
    expect(snapCoordinate(13.64, lines.xs, grid)).toEqual({ value: 13.6, kind: 'grid' });
    expect(snapCoordinate(0.25, lines.xs, grid)).toEqual({ value: 0, kind: 'wall' });
    expect(snapPoint({ x: 13.777, y: 3.333 }, lines, grid, false).point).toEqual({ x: 13.78, y: 3.33 });
  });

  it('snaps a dragged footprint by its nearer edge', () => {
    const rect = { minX: 2, maxX: 14, minY: 4, maxY: 5.2 };
    const others = { xs: [{ at: 0, kind: 'wall' as const }, { at: 40, kind: 'wall' as const }], ys: [] };
    expect(snapRectDelta(rect, { x: 25.8, y: 0 }, others, grid, true)).toEqual({ x: 26, y: 0 });
    expect(snapRectDelta(rect, { x: 10.04, y: 0 }, others, grid, true)).toEqual({ x: 10, y: 0 });
    // A click on a record beside a line (the footprint's left edge 0.2 m from the wall) does not move it.
    expect(snapRectDelta({ ...rect, minX: 0.2 }, { x: 0.01, y: -0.02 }, others, grid, true)).toEqual({ x: 0, y: 0 });
  });

  it('is what the row tool draws with, and the status bar toggle turns it off', () => {
    const ed = newEditor();
    const { hallId } = hallWithRow(ed);
    runAction(ed, 'tool.row');
    const drag = (a: { x: number; y: number }, b: { x: number; y: number }) => {
      ed.tools.down({ site: a, hitId: null, shift: false, mod: false });
      ed.tools.move({ site: b, hitId: null, shift: false, mod: false });
      ed.tools.up({ site: b, hitId: null, shift: false, mod: false });
    };
    // Starts 0.22 m right of Row 1's start (x 2): x snaps to it; y 9.03 has no line within 0.3 m: the grid, 9.
    drag({ x: 2.22, y: 9.03 }, { x: 13.8, y: 9.03 });
    const drawn = ed.store.childrenOf(hallId, 'row').find((r) => r.origin.y > 8)!;
    expect(drawn.origin).toEqual({ x: 2, y: 9 });
    runAction(ed, 'view.toggleSnap');
    expect(ed.session.state.snap).toBe(false);
    drag({ x: 2.22, y: 13.03 }, { x: 13.8, y: 13.03 });
    expect(ed.store.childrenOf(hallId, 'row').find((r) => r.origin.y > 12)!.origin).toEqual({ x: 2.22, y: 13.03 });
  });
});

describe('array copy of rows', () => {
  it('copies a row three times at 3.6 m as one undo step', () => {
    const ed = newEditor();
    const { hallId, rowId } = hallWithRow(ed);
    ed.session.select([rowId]);
    const before = ed.store.toDocument();
    const ids = createdIds(runAction(ed, 'row.array', { count: 3, pitchM: 3.6, direction: 'across' }));
    expect(ids.map((id) => ed.store.get(id, 'row')!.origin)).toEqual([
      { x: 2, y: 7.6 },
      { x: 2, y: 11.2 },
      { x: 2, y: 14.8 },
    ]);
    expect(ed.store.childrenOf(hallId, 'row').map((r) => r.name).sort()).toEqual(['Row 1', 'Row 2', 'Row 3', 'Row 4']);
    runAction(ed, 'history.undo');
    expect(ed.store.toDocument()).toEqual(before);
  });

  it('refuses a pitch narrower than the row depth plus the aisle clearance, naming the limit, and writes nothing', () => {
    const ed = newEditor();
    const { rowId } = hallWithRow(ed);
    ed.session.select([rowId]);
    const before = ed.store.toDocument();
    const r = runAction(ed, 'row.array', { count: 2, pitchM: 2.1, direction: 'across' });
    expect(r).toEqual({ ok: false, message: expect.stringContaining('narrower than 2.20 m') });
    expect(!r.ok && r.message).toContain('depth 1.2 m plus the 1 m front aisle clearance');
    expect(ed.store.toDocument()).toEqual(before);
    // Exactly the limit is allowed.
    expect(runAction(ed, 'row.array', { count: 1, pitchM: 2.2, direction: 'across' }).ok).toBe(true);
  });

  it('refuses copies that would leave the hall, as moves are', () => {
    const ed = newEditor();
    const { rowId } = hallWithRow(ed);
    ed.session.select([rowId]);
    const r = runAction(ed, 'row.array', { count: 8, pitchM: 3.6, direction: 'across' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/would leave Hall/);
  });
});

describe('align and distribute', () => {
  it('computes the moves by hand', () => {
    const a = { minX: 2, maxX: 14, minY: 4, maxY: 5.2 };
    const b = { minX: 5, maxX: 11, minY: 9, maxY: 10.2 };
    expect(alignDeltas([a, b], 'left')).toEqual([{ x: 0, y: 0 }, { x: -3, y: 0 }]);
    expect(alignDeltas([a, b], 'right')).toEqual([{ x: 0, y: 0 }, { x: 3, y: 0 }]);
    const rows = [2, 14, 5].map((y) => ({ minX: 0, maxX: 6, minY: y, maxY: y + 1.2 }));
    expect(alignDeltas(rows, 'distributeY')).toEqual([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 3 }]);
  });

  it('aligns two rows as one undoable diff, and refuses one that would collide', () => {
    const ed = newEditor();
    const { hallId, rowId } = hallWithRow(ed);
    const [short] = createdIds(runAction(ed, 'row.add', { hallId, start: { x: 5, y: 9 }, end: { x: 11, y: 9 } }));
    ed.session.select([rowId, short!]);
    const depth = ed.history.depth;
    expect(runAction(ed, 'selection.align.right').ok).toBe(true);
    expect(ed.store.get(short!, 'row')!.origin).toEqual({ x: 8, y: 9 });
    expect(ed.history.depth).toBe(depth + 1);
    // Aligning the tops would put the rows on each other.
    const before = ed.store.toDocument();
    const r = runAction(ed, 'selection.align.top');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/would overlap/);
    expect(ed.store.toDocument()).toEqual(before);
  });
});

describe('typed figures while drawing', () => {
  it('reads a length, a count or a size whole, or refuses it in words', () => {
    expect(readTypedFigure('12.6 m', 'length', 'm', EN)).toEqual({ ok: true, value: { kind: 'length', metres: [12.6] } });
    expect(readTypedFigure('20 slots', 'length', 'm', EN)).toEqual({ ok: true, value: { kind: 'count', count: 20 } });
    expect(readTypedFigure('1,250 x 30', 'size', 'm', EN)).toEqual({ ok: true, value: { kind: 'length', metres: [1250, 30] } });
    const feet = readTypedFigure('10 ft', 'length', 'ft', EN);
    expect(feet.ok && feet.value.kind === 'length' && feet.value.metres[0]).toBeCloseTo(3.048, 6);
    expect(readTypedFigure('12 kg', 'length', 'm', EN)).toEqual({ ok: false, message: expect.stringContaining('“kg” is not a length in m') });
    expect(readTypedFigure('1,25', 'length', 'm', EN).ok).toBe(false);
    expect(readTypedFigure('40', 'size', 'm', EN)).toEqual({ ok: false, message: 'Hall size: type width × depth in m, such as 40 × 30' });
  });

  it('a click and a typed length draw a row of that length as one undo step; Escape leaves nothing', () => {
    const ed = newEditor();
    const { hallId } = hallWithRow(ed);
    ed.session.set({ rackProfileId: 'gb200-nvl72' });
    runAction(ed, 'tool.row');
    const click = (x: number, y: number) => {
      ed.tools.down({ site: { x, y }, hitId: null, shift: false, mod: false });
      ed.tools.up({ site: { x, y }, hitId: null, shift: false, mod: false });
    };
    const depth = ed.history.depth;
    click(2, 12);
    expect(ed.tools.typedPrompt()).toEqual({ kind: 'length', at: { x: 2, y: 12 } });
    expect(ed.tools.typed({ kind: 'length', metres: [12] })).toBeNull();
    const row = ed.store.childrenOf(hallId, 'row').find((r) => r.origin.y === 12)!;
    expect([row.slotCount, row.slotWidthM, row.rotation]).toEqual([20, 0.6, 0]);
    expect(ed.history.depth).toBe(depth + 1);
    expect(ed.tools.typedPrompt()).toBeNull();

    click(2, 18);
    expect(ed.tools.typed({ kind: 'count', count: 7 })).toBeNull();
    expect(ed.store.childrenOf(hallId, 'row').find((r) => r.origin.y === 18)!.slotCount).toBe(7);

    const before = ed.store.toDocument();
    click(2, 24);
    ed.tools.hover({ site: { x: 9, y: 24 }, hitId: null, shift: false, mod: false });
    // Between the clicks the extent shows as a line with its length; nothing half drawn is written (or saved).
    expect(ed.session.state.measure).toEqual({ a: { x: 2, y: 24 }, b: { x: 9, y: 24 }, done: false });
    expect(ed.store.toDocument()).toEqual(before);
    expect(ed.tools.cancel()).toBe(true);
    expect(ed.session.state.measure).toBeNull();
    expect(ed.store.toDocument()).toEqual(before);
  });

  it('a typed length that would leave the hall is refused and the drawing stays open', () => {
    const ed = newEditor();
    hallWithRow(ed);
    runAction(ed, 'tool.row');
    ed.tools.down({ site: { x: 30, y: 20 }, hitId: null, shift: false, mod: false });
    ed.tools.up({ site: { x: 30, y: 20 }, hitId: null, shift: false, mod: false });
    expect(ed.tools.typed({ kind: 'length', metres: [15] })).toMatch(/would leave Hall 1/);
    expect(ed.tools.typedPrompt()).not.toBeNull();
  });
});

describe('measure tool', () => {
  it('two clicks read the distance and never change the document', () => {
    const ed = newEditor();
    hallWithRow(ed);
    const before = ed.store.toDocument();
    runAction(ed, 'tool.measure');
    const click = (x: number, y: number) => {
      ed.tools.down({ site: { x, y }, hitId: null, shift: false, mod: false });
      ed.tools.up({ site: { x, y }, hitId: null, shift: false, mod: false });
    };
    click(2, 5.2);
    click(5, 9.2);
    expect(ed.session.state.measure).toEqual({ a: { x: 2, y: 5.2 }, b: { x: 5, y: 9.2 }, done: true });
    expect(ed.session.state.status?.text).toBe('Measure 5.00 m (Δx 3.00 m, Δy 4.00 m)');
    expect(ed.store.toDocument()).toBe(before);
  });
});
