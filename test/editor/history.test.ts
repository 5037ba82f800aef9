import { describe, expect, it } from 'vitest';
import type { HallId } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import type { PlanPointer } from '../../renderer/editor/tools/index.ts';
import { createdIds, newEditor } from './fixtures.ts';

const at = (x: number, y: number, hitId: string | null = null, shift = false): PlanPointer => ({ site: { x, y }, hitId, shift, mod: false });

describe('history and gestures', () => {
  it('a drag with the select tool is one undo step, whatever the number of moves', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 8, y: 4 } }));
    const depth = ed.history.depth;
    ed.tools.down(at(3, 4.5, rowId));
    for (let i = 1; i <= 10; i++) ed.tools.move(at(3 + i * 0.5, 4.5 + i * 0.2, rowId));
    ed.tools.up(at(8, 6.5, rowId));
    expect(ed.history.depth).toBe(depth + 1);
    expect(ed.store.get(rowId!, 'row')?.origin).toEqual({ x: 7, y: 6 });
    ed.history.undo();
    expect(ed.store.get(rowId!, 'row')?.origin).toEqual({ x: 2, y: 4 });
    ed.history.redo();
    expect(ed.store.get(rowId!, 'row')?.origin).toEqual({ x: 7, y: 6 });
  });

  it('Escape during a drag puts everything back and leaves no step', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 8, y: 4 } }));
    const before = ed.store.toDocument();
    const depth = ed.history.depth;
    ed.tools.down(at(3, 4.5, rowId));
    ed.tools.move(at(10, 10, rowId));
    expect(ed.store.get(rowId!, 'row')?.origin).not.toEqual({ x: 2, y: 4 });
    expect(ed.tools.cancel()).toBe(true);
    expect(ed.store.toDocument()).toEqual(before);
    expect(ed.history.depth).toBe(depth);
  });

  it('a refused step of a drag keeps the last good position', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 20, depthM: 20 }));
    const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 8, y: 4 } }));
    ed.tools.down(at(3, 4.5, rowId));
    ed.tools.move(at(4, 4.5, rowId));
    ed.tools.move(at(40, 4.5, rowId));
    ed.tools.up(at(40, 4.5, rowId));
    expect(ed.store.get(rowId!, 'row')?.origin).toEqual({ x: 3, y: 4 });
    expect(ed.session.state.status?.text).toMatch(/would leave/);
  });

  it('typing in one field coalesces into one step until sealed', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const depth = ed.history.depth;
    for (const v of [7, 7.5, 8]) runAction(ed, 'record.update', { id: hallId!, patch: { ceilingHeightM: v }, coalesceKey: `${hallId}:ceilingHeightM` });
    expect(ed.history.depth).toBe(depth + 1);
    ed.history.seal();
    runAction(ed, 'record.update', { id: hallId!, patch: { ceilingHeightM: 9 }, coalesceKey: `${hallId}:ceilingHeightM` });
    expect(ed.history.depth).toBe(depth + 2);
    ed.history.undo();
    ed.history.undo();
    expect(ed.store.get(hallId!, 'hall')?.ceilingHeightM).toBe(6);
  });

  it('selection, tool and colour mode are never in the history', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    ed.session.select([]);
    runAction(ed, 'color.feed');
    ed.history.undo();
    expect(ed.store.has(hallId!)).toBe(false);
    expect(ed.session.state.colorMode).toBe('feed');
    expect(ed.session.state.selection.size).toBe(0);
  });

  it('a new edit after undo clears the redo stack', () => {
    const ed = newEditor();
    runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 });
    ed.history.undo();
    expect(ed.history.canRedo).toBe(true);
    runAction(ed, 'hall.add', { origin: { x: 100, y: 0 }, widthM: 40, depthM: 30 });
    expect(ed.history.canRedo).toBe(false);
  });
});

describe('tools', () => {
  it('the hall and row tools draw by dragging, each drag one step', () => {
    const ed = newEditor();
    runAction(ed, 'tool.hall');
    ed.tools.down(at(0, 0));
    ed.tools.move(at(10, 10));
    ed.tools.move(at(30.2, 20.1));
    ed.tools.up(at(30.2, 20.1));
    const hall = ed.store.all('hall')[0]!;
    expect([hall.widthM, hall.depthM]).toEqual([30, 20]);
    expect(ed.session.state.status?.text).toBe('Hall 30.0 m × 20.0 m (600 m²)');
    runAction(ed, 'tool.row');
    ed.tools.down(at(2, 3));
    ed.tools.move(at(6, 3.1));
    ed.tools.up(at(8.05, 3));
    const row = ed.store.all('row')[0]!;
    expect(row.slotCount).toBe(10);
    expect(ed.session.state.status?.text).toBe('Row 1: 10 slots × 0.60 m = 6.00 m');
    expect(ed.history.depth).toBe(2);
    expect(ed.session.state.selection.has(row.id)).toBe(true);
  });

  it('the rack tool places in the clicked slot and fills the row with Shift', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 10, y: 10 }, widthM: 40, depthM: 30 }));
    const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 8, y: 4 } }));
    runAction(ed, 'tool.rack');
    ed.tools.down(at(10 + 2 + 0.6 * 3 + 0.3, 14.5));
    ed.tools.up(at(0, 0));
    expect(ed.store.childrenOf(rowId!, 'rack').map((r) => r.slot)).toEqual([3]);
    ed.tools.down(at(12.1, 14.5, null, true));
    ed.tools.up(at(0, 0));
    expect(ed.store.childrenOf(rowId!, 'rack')).toHaveLength(10);
  });

  it('box selection picks the racks whose centres fall inside', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 8, y: 4 } }));
    runAction(ed, 'row.fill', { rowIds: [rowId as never] });
    ed.tools.down(at(1, 3, hallId));
    ed.tools.move(at(3.4, 6, hallId));
    expect(ed.session.state.selectionBox).not.toBeNull();
    ed.tools.up(at(3.4, 6, hallId));
    expect(ed.session.state.selection.size).toBe(2);
    expect(ed.session.state.selectionBox).toBeNull();
  });
});

describe('rack painting', () => {
  it('dragging the rack tool along a row places a rack in each slot crossed, as one undo step', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 8, y: 4 } }));
    runAction(ed, 'tool.rack');
    const depth = ed.history.depth;
    ed.tools.down(at(2.1, 4.5));
    for (let x = 2.1; x < 4; x += 0.3) ed.tools.move(at(x, 4.5));
    ed.tools.up(at(4, 4.5));
    expect(ed.store.childrenOf(rowId!, 'rack').map((r) => r.slot).sort()).toEqual([0, 1, 2, 3]);
    expect(ed.history.depth).toBe(depth + 1);
    ed.history.undo();
    expect(ed.store.childrenOf(rowId!, 'rack')).toHaveLength(0);
  });
});

describe('halls on the site', () => {
  it('a selected hall drags to a new place on the site as one step, its layout moving with it', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 8, y: 4 } }));
    const row = ed.store.get(rowId!, 'row');
    ed.tools.down(at(20, 20, hallId));
    ed.tools.up(at(20, 20, hallId));
    expect([...ed.session.state.selection]).toEqual([hallId]);
    const depth = ed.history.depth;
    ed.tools.down(at(20, 20, hallId));
    ed.tools.move(at(35, 22, hallId));
    ed.tools.up(at(45, 25, hallId));
    expect(ed.store.get(hallId!, 'hall')?.origin).toEqual({ x: 25, y: 5 });
    expect(ed.store.get(rowId!, 'row')).toBe(row);
    expect(ed.history.depth).toBe(depth + 1);
  });
});

describe('clicks', () => {
  it('a click with the select tool selects without adding an undo step', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 8, y: 4 } }));
    ed.session.select([]);
    const depth = ed.history.depth;
    const row = ed.store.get(rowId!);
    ed.tools.down(at(3, 4.5, rowId));
    ed.tools.up(at(3.02, 4.5, rowId));
    expect([...ed.session.state.selection]).toEqual([rowId]);
    expect(ed.store.get(rowId!)).toBe(row);
    expect(ed.history.depth).toBe(depth);
  });
});
