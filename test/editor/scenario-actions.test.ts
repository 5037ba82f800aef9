import { describe, expect, it } from 'vitest';
import { checkDocumentIntegrity } from '../../shared/model/integrity.ts';
import type { HallId, ScenarioId } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import { createdIds, newEditor } from './fixtures.ts';

function editorWithLayout() {
  const ed = newEditor();
  const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
  createdIds(runAction(ed, 'row.add', { hallId: hallId as HallId, start: { x: 2, y: 4 }, end: { x: 14.1, y: 4 } }));
  return ed;
}

describe('scenario actions', () => {
  it('duplicate copies the whole layout under new ids, switches to the copy, and is one undo step', () => {
    const ed = editorWithLayout();
    const base = ed.session.state.scenarioId;
    const before = ed.store.toDocument();
    const [copyId] = createdIds(runAction(ed, 'scenario.duplicate', { name: 'Phase 2' }));
    expect(ed.session.state.scenarioId).toBe(copyId);
    const doc = ed.store.toDocument();
    expect(checkDocumentIntegrity(doc)).toEqual([]);
    expect(doc.scenarios.map((s) => s.name)).toEqual(['Base', 'Phase 2']);
    const copiedHalls = doc.halls.filter((h) => h.scenarioId === copyId);
    expect(copiedHalls).toHaveLength(1);
    expect(doc.rows.filter((r) => r.hallId === copiedHalls[0]!.id)).toHaveLength(1);
    expect(doc.halls.filter((h) => h.scenarioId === base)).toHaveLength(1);

    runAction(ed, 'history.undo');
    expect(ed.store.toDocument()).toEqual(before);
    expect(ed.session.state.scenarioId).toBe(base);
  });

  it('create makes an empty scenario with the current settings; rename refuses an empty or taken name', () => {
    const ed = newEditor();
    const [id] = createdIds(runAction(ed, 'scenario.create', { name: '  Phase 1  ' }));
    const created = ed.store.get(id!, 'scenario')!;
    expect(created.name).toBe('Phase 1');
    expect(created.powerRedundancy).toBe('2N');
    expect(ed.store.all('hall')).toHaveLength(0);

    expect(runAction(ed, 'scenario.rename', { name: '' })).toEqual({ ok: false, message: 'a scenario needs a name' });
    expect(runAction(ed, 'scenario.rename', { name: 'Base' })).toEqual({ ok: false, message: 'there is already a scenario named Base' });
    expect(ed.store.get(id!, 'scenario')!.name).toBe('Phase 1');
    createdIds(runAction(ed, 'scenario.rename', { name: 'Phase 1 (2N)' }));
    expect(ed.store.get(id!, 'scenario')!.name).toBe('Phase 1 (2N)');
  });

  it('delete removes the scenario with its layout, moves to another one, refuses the last, and undoes', () => {
    const ed = editorWithLayout();
    const base = ed.session.state.scenarioId;
    expect(runAction(ed, 'scenario.delete').ok).toBe(false);
    createdIds(runAction(ed, 'scenario.duplicate', { name: 'Copy' }));
    const copy = ed.session.state.scenarioId;
    const before = ed.store.toDocument();
    createdIds(runAction(ed, 'scenario.delete'));
    expect(ed.session.state.scenarioId).toBe(base);
    const after = ed.store.toDocument();
    expect(after.scenarios.map((s) => s.id)).toEqual([base]);
    expect(after.halls.every((h) => h.scenarioId === base)).toBe(true);
    expect(checkDocumentIntegrity(after)).toEqual([]);
    runAction(ed, 'history.undo');
    expect(ed.store.toDocument()).toEqual(before);
    expect(ed.store.get(copy as ScenarioId, 'scenario')).toBeDefined();
  });
});
