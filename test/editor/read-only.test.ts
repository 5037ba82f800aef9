import { describe, expect, it } from 'vitest';
import type { HallId, RowId } from '../../shared/model/index.ts';
import { allActions, runAction } from '../../renderer/editor/actions/index.ts';
import { createEditor, type Editor } from '../../renderer/editor/editor.ts';
import { catalog, createdIds, newEditor } from './fixtures.ts';

const REASON = 'open in another window';

/** A read-only editor on a small layout: a hall, a filled row and a CDU. */
function readOnlyEditor(): { ed: Editor; rowId: RowId; cdu: string } {
  const writer = newEditor();
  const [hallId] = createdIds(runAction(writer, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
  const [rowId] = createdIds(runAction(writer, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 14.1, y: 4 } }));
  runAction(writer, 'row.fill', { rowIds: [rowId] });
  const [cdu] = createdIds(runAction(writer, 'equipment.place', { hallId, position: { x: 30, y: 20 }, catalogId: 'cdu-row-1250kw' }));
  const ed = createEditor(writer.store.toDocument(), catalog, { readOnlyReason: REASON });
  return { ed, rowId: rowId as RowId, cdu: cdu! };
}

describe('a read-only project', () => {
  it('refuses every editing action before it runs, naming why, and changes nothing', () => {
    const { ed, rowId, cdu } = readOnlyEditor();
    const before = ed.store.toDocument();
    ed.session.select([rowId, cdu]);
    const hall = runAction(ed, 'hall.add', { origin: { x: 100, y: 0 }, widthM: 10, depthM: 10 });
    expect(hall).toEqual({ ok: false, message: `the project is read-only: ${REASON}` });
    expect(ed.session.state.status).toEqual({ kind: 'error', text: `Add hall: the project is read-only: ${REASON}` });
    expect(runAction(ed, 'record.update', { id: rowId, patch: { name: 'Renamed' } }).ok).toBe(false);
    expect(runAction(ed, 'loop.create').ok).toBe(false);
    expect(runAction(ed, 'selection.delete').ok).toBe(false);
    const editing = allActions().filter((a) => a.edits);
    expect(editing.length).toBeGreaterThan(20);
    for (const action of editing) expect(runAction(ed, action.id).ok, action.id).toBe(false);
    expect(ed.store.toDocument()).toEqual(before);
    expect(ed.history.depth).toBe(0);
    // Looking around still works: selection, colour modes, the select tool.
    expect(runAction(ed, 'color.loop').ok).toBe(true);
    expect(runAction(ed, 'selection.all').ok).toBe(true);
    expect(ed.session.state.tool).toBe('select');
  });

  it('keeps its tools from writing: drawing is refused and a drag only selects', () => {
    const { ed, rowId } = readOnlyEditor();
    const before = ed.store.toDocument();
    const row = ed.store.get(rowId, 'row')!;
    const at = (x: number, y: number, hitId: string | null) => ({ site: { x, y }, hitId, shift: false, mod: false });
    ed.tools.down(at(5, 4.5, rowId));
    ed.tools.move(at(8, 9, rowId));
    ed.tools.up(at(8, 9, rowId));
    expect(ed.session.state.selection).toEqual(new Set([rowId]));
    expect(ed.store.get(rowId, 'row')).toBe(row);
    // Even if a drawing tool is picked behind the actions' back, the router refuses it.
    ed.session.set({ tool: 'hall' });
    ed.tools.down(at(50, 0, null));
    ed.tools.move(at(60, 10, null));
    ed.tools.up(at(60, 10, null));
    expect(ed.session.state.status?.text).toMatch(REASON);
    expect(ed.store.toDocument()).toEqual(before);
  });

  it('an editable project runs the same actions', () => {
    const ed = newEditor();
    expect(ed.readOnlyReason).toBeNull();
    expect(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 10, depthM: 10 }).ok).toBe(true);
    expect(runAction(ed, 'tool.pipe').ok).toBe(true);
  });
});
