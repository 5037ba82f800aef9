import { describe, expect, it } from 'vitest';
import type { HallId, RowId } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import type { Editor } from '../../renderer/editor/editor.ts';
import { createdIds, newEditor } from './fixtures.ts';

/** Runs `act`, then checks that one undo restores the document exactly and one redo brings the result back. */
function undoable(ed: Editor, act: () => void): void {
  const before = ed.store.toDocument();
  const depth = ed.history.depth;
  act();
  const after = ed.store.toDocument();
  expect(after).not.toEqual(before);
  expect(ed.history.depth).toBe(depth + 1);
  runAction(ed, 'history.undo');
  expect(ed.store.toDocument()).toEqual(before);
  runAction(ed, 'history.redo');
  expect(ed.store.toDocument()).toEqual(after);
}

function hallWithRow(ed: Editor): { hallId: HallId; rowId: RowId } {
  const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
  const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 14.1, y: 4 } }));
  return { hallId: hallId as HallId, rowId: rowId as RowId };
}

describe('actions', () => {
  it('hall.add creates a hall in the current scenario, refuses an overlapping one, and undoes', () => {
    const ed = newEditor();
    undoable(ed, () => runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const refused = runAction(ed, 'hall.add', { origin: { x: 10, y: 10 }, widthM: 40, depthM: 30 });
    expect(refused.ok).toBe(false);
    expect(ed.store.all('hall')).toHaveLength(1);
    expect(ed.session.state.status?.kind).toBe('error');
  });

  it('row.add derives slot count from drag length and rack pitch', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    undoable(ed, () => runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 14.1, y: 4 } }));
    const row = ed.store.all('row')[0]!;
    expect(row.slotCount).toBe(20);
    expect(row.slotWidthM).toBe(0.6);
    expect(row.rotation).toBe(0);
    const vertical = runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 30, y: 20 }, end: { x: 30, y: 8 } });
    expect(vertical.ok).toBe(true);
    expect(ed.store.get(createdIds(vertical)[0]!, 'row')?.rotation).toBe(270);
    expect(runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 30, y: 10 }, end: { x: 60, y: 10 } }).ok).toBe(false);
  });

  it('rack.place puts a rack in a free slot only', () => {
    const ed = newEditor();
    const { rowId } = hallWithRow(ed);
    undoable(ed, () => runAction(ed, 'rack.place', { rowId, slot: 3, profileId: 'gb200-nvl72' }));
    expect(runAction(ed, 'rack.place', { rowId, slot: 3 }).ok).toBe(false);
    expect(runAction(ed, 'rack.place', { rowId, slot: 20 }).ok).toBe(false);
    expect(ed.store.childrenOf(rowId, 'rack')).toHaveLength(1);
  });

  it('row.fill fills every empty slot in one undo step', () => {
    const ed = newEditor();
    const { rowId } = hallWithRow(ed);
    runAction(ed, 'rack.place', { rowId, slot: 0, profileId: 'air-40kw' });
    undoable(ed, () => runAction(ed, 'row.fill', { rowIds: [rowId], profileId: 'gb200-nvl72' }));
    const racks = ed.store.childrenOf(rowId, 'rack');
    expect(racks).toHaveLength(20);
    expect(racks.filter((r) => r.profileId === 'gb200-nvl72')).toHaveLength(19);
  });

  it('selection.move moves a row (racks follow) and refuses leaving the hall', () => {
    const ed = newEditor();
    const { rowId } = hallWithRow(ed);
    runAction(ed, 'row.fill', { rowIds: [rowId] });
    ed.session.select([rowId]);
    undoable(ed, () => runAction(ed, 'selection.move', { delta: { x: 1, y: 2 } }));
    expect(ed.store.get(rowId, 'row')?.origin).toEqual({ x: 3, y: 6 });
    expect(runAction(ed, 'selection.move', { delta: { x: 100, y: 0 } }).ok).toBe(false);
    expect(ed.store.get(rowId, 'row')?.origin).toEqual({ x: 3, y: 6 });
  });

  it('selection.move moves a rack by whole slots and refuses an occupied slot', () => {
    const ed = newEditor();
    const { rowId } = hallWithRow(ed);
    const [a] = createdIds(runAction(ed, 'rack.place', { rowId, slot: 0 }));
    runAction(ed, 'rack.place', { rowId, slot: 2 });
    ed.session.select([a!]);
    undoable(ed, () => runAction(ed, 'selection.move', { delta: { x: 0.6, y: 0 } }));
    expect(ed.store.get(a!, 'rack')?.slot).toBe(1);
    expect(runAction(ed, 'selection.move', { delta: { x: 0.6, y: 0 } }).ok).toBe(false);
  });

  it('selection.rotate turns a row a quarter turn about its centre', () => {
    const ed = newEditor();
    const { rowId } = hallWithRow(ed);
    ed.session.select([rowId]);
    expect(runAction(ed, 'selection.rotate').ok).toBe(false);
    runAction(ed, 'selection.move', { delta: { x: 0, y: 8 } });
    undoable(ed, () => runAction(ed, 'selection.rotate'));
    const row = ed.store.get(rowId, 'row')!;
    expect(row.rotation).toBe(90);
    expect(row.origin).toEqual({ x: 8.6, y: 6.6 });
  });

  it('selection.delete removes a row with its racks and clears references to a deleted loop', () => {
    const ed = newEditor();
    const { hallId, rowId } = hallWithRow(ed);
    runAction(ed, 'row.fill', { rowIds: [rowId] });
    const [cdu] = createdIds(runAction(ed, 'equipment.place', { hallId, position: { x: 30, y: 20 }, catalogId: 'cdu-row-1250kw' }));
    ed.session.select([cdu!, rowId]);
    const [loopId] = createdIds(runAction(ed, 'loop.create'));
    ed.session.select([loopId!]);
    undoable(ed, () => runAction(ed, 'selection.delete'));
    expect(ed.store.get(rowId, 'row')?.coolingLoopId).toBeNull();
    ed.session.select([rowId]);
    undoable(ed, () => runAction(ed, 'selection.delete'));
    expect(ed.store.all('rack')).toHaveLength(0);
  });

  it('clipboard.copy and paste copy a row with its racks beside it', () => {
    const ed = newEditor();
    const { rowId } = hallWithRow(ed);
    runAction(ed, 'row.fill', { rowIds: [rowId] });
    ed.session.select([rowId]);
    expect(runAction(ed, 'clipboard.copy').ok).toBe(true);
    undoable(ed, () => runAction(ed, 'clipboard.paste'));
    expect(ed.store.all('row')).toHaveLength(2);
    expect(ed.store.all('rack')).toHaveLength(40);
    const copy = ed.store.all('row').find((r) => r.id !== rowId)!;
    expect(copy.origin.y).not.toBe(4);
    expect(copy.name).toBe('Row 2');
  });

  it('equipment.place places in the hall or the yard', () => {
    const ed = newEditor();
    const { hallId } = hallWithRow(ed);
    undoable(ed, () => runAction(ed, 'equipment.place', { hallId, position: { x: 30, y: 20 }, catalogId: 'ups-1000kw' }));
    expect(runAction(ed, 'equipment.place', { hallId: null, position: { x: -20, y: 0 }, catalogId: 'ups-1000kw' }).ok).toBe(true);
    expect(runAction(ed, 'equipment.place', { hallId, position: { x: 2.5, y: 4.2 }, catalogId: 'ups-1000kw' }).ok).toBe(false);
  });

  it('loop.create makes a loop on the automatic route from the CDU to each row manifold and assigns the rows', () => {
    const ed = newEditor();
    const { hallId, rowId } = hallWithRow(ed);
    const [cdu] = createdIds(runAction(ed, 'equipment.place', { hallId, position: { x: 30, y: 20 }, catalogId: 'cdu-row-1250kw' }));
    ed.session.select([cdu!, rowId]);
    undoable(ed, () => runAction(ed, 'loop.create'));
    const loop = ed.store.all('coolingLoop')[0]!;
    expect(loop.cduIds).toEqual([cdu]);
    expect(loop.route).toEqual([]);
    const route = ed.live.current.placement.routes.find((r) => r.loopId === loop.id)!;
    expect(route.automatic).toBe(true);
    expect(route.points[0]).toEqual({ x: 30.6, y: 20.6 });
    expect(route.points.at(-1)).toEqual({ x: 14, y: 5.2 });
    expect(ed.store.get(rowId, 'row')?.coolingLoopId).toBe(loop.id);
  });

  it('feed.create makes an A feed, then a B feed from another lineup only', () => {
    const ed = newEditor();
    const { hallId, rowId } = hallWithRow(ed);
    const [u1] = createdIds(runAction(ed, 'equipment.place', { hallId, position: { x: 30, y: 20 }, catalogId: 'ups-1000kw' }));
    const [u2] = createdIds(runAction(ed, 'equipment.place', { hallId, position: { x: 30, y: 24 }, catalogId: 'ups-1000kw' }));
    ed.session.select([u1!, rowId]);
    undoable(ed, () => runAction(ed, 'feed.create'));
    expect(ed.store.get(rowId, 'row')?.feedAId).not.toBeNull();
    ed.session.select([u1!, rowId]);
    expect(runAction(ed, 'feed.create').ok).toBe(false);
    ed.session.select([u2!, rowId]);
    undoable(ed, () => runAction(ed, 'feed.create'));
    const row = ed.store.get(rowId, 'row')!;
    expect(ed.store.get(row.feedBId!, 'powerFeed')?.side).toBe('B');
  });

  it('record.update refuses bad values with a message and changes nothing', () => {
    const ed = newEditor();
    const { hallId } = hallWithRow(ed);
    const before = ed.store.toDocument();
    for (const bad of [-5, Number.NaN, 1e9]) {
      const r = runAction(ed, 'record.update', { id: hallId, patch: { ceilingHeightM: bad } });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^Ceiling height m (must be at least|must be more than|must be at most|is not a valid value)/);
    }
    expect(runAction(ed, 'record.update', { id: hallId, patch: { widthM: 5 } }).ok).toBe(false);
    expect(ed.store.toDocument()).toEqual(before);
    undoable(ed, () => runAction(ed, 'record.update', { id: hallId, patch: { ceilingHeightM: 8 } }));
  });

  it('session actions change tool and colour mode without touching history', () => {
    const ed = newEditor();
    runAction(ed, 'tool.row');
    runAction(ed, 'color.loop');
    expect(ed.session.state.tool).toBe('row');
    expect(ed.session.state.colorMode).toBe('loop');
    expect(ed.history.depth).toBe(0);
  });
});
