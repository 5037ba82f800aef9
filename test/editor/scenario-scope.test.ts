import { describe, expect, it } from 'vitest';
import type { HallId, RowId, ScenarioId } from '../../shared/model/index.ts';
import { allActions, runAction } from '../../renderer/editor/actions/index.ts';
import { scenarioRacks } from '../../renderer/editor/actions/scenario-scope.ts';
import type { Editor } from '../../renderer/editor/editor.ts';
import { createdIds, newEditor } from './fixtures.ts';

/**
 * Two scenarios on the same ground, as a conversion project has them: "Base" and its copy "Phase 1", each with a
 * hall at the same place, a row of 19 racks in 20 slots and a CDU. The editor ends on Phase 1.
 */
function twoScenarios(): { ed: Editor; base: ScenarioId; phase1: ScenarioId; baseRow: RowId; baseCdu: string; baseHall: HallId } {
  const ed = newEditor();
  const base = ed.session.state.scenarioId;
  const [baseHall] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
  const [baseRow] = createdIds(runAction(ed, 'row.add', { hallId: baseHall as HallId, start: { x: 2, y: 4 }, end: { x: 14.1, y: 4 } }));
  createdIds(runAction(ed, 'row.fill', { rowIds: [baseRow] }));
  // Leave the last slot empty, so that placing and filling have somewhere to go.
  ed.session.select([ed.store.childrenOf(baseRow!, 'rack').find((r) => r.slot === 19)!.id]);
  expect(runAction(ed, 'selection.delete').ok).toBe(true);
  const [baseCdu] = createdIds(runAction(ed, 'equipment.place', { hallId: baseHall, position: { x: 30, y: 20 }, catalogId: 'cdu-row-1250kw' }));
  const [phase1] = createdIds(runAction(ed, 'scenario.duplicate', { name: 'Phase 1' }));
  expect(ed.session.state.scenarioId).toBe(phase1);
  return { ed, base, phase1: phase1 as ScenarioId, baseRow: baseRow as RowId, baseCdu: baseCdu!, baseHall: baseHall as HallId };
}

const racksOf = (ed: Editor, scenario: string) => scenarioRacks(ed.store, scenario).length;

describe('selection and edits are held to the open scenario', () => {
  it('select-all takes only the open scenario racks, and Delete leaves the other scenario whole', () => {
    const { ed, base, phase1 } = twoScenarios();
    const baseRacks = racksOf(ed, base);
    expect(baseRacks).toBe(19);
    expect(racksOf(ed, phase1)).toBe(baseRacks);
    runAction(ed, 'selection.all');
    expect(ed.session.state.selection.size).toBe(baseRacks);
    expect([...ed.session.state.selection].every((id) => scenarioRacks(ed.store, phase1).some((r) => r.id === id))).toBe(true);
    expect(runAction(ed, 'selection.delete').ok).toBe(true);
    expect(racksOf(ed, phase1)).toBe(0);
    expect(racksOf(ed, base)).toBe(baseRacks);
  });

  it('never holds records of another scenario in the selection, and drops them on a scenario switch', () => {
    const { ed, base, baseRow, baseCdu } = twoScenarios();
    const site = ed.store.all('site')[0]!.id;
    const own = scenarioRacks(ed.store, ed.session.state.scenarioId)[0]!.id;
    ed.session.select([baseRow, baseCdu, own, site]);
    expect(ed.session.state.selection).toEqual(new Set([own, site]));
    ed.session.set({ selection: new Set([baseRow]) });
    expect(ed.session.state.selection.size).toBe(0);
    ed.session.select([own]);
    ed.session.set({ scenarioId: base });
    expect(ed.session.state.selection.size).toBe(0);
    ed.session.select([baseRow]);
    expect(ed.session.state.selection).toEqual(new Set([baseRow]));
  });

  it('refuses any action that would write to another scenario, and changes nothing', () => {
    const { ed, baseRow, baseCdu, baseHall } = twoScenarios();
    const before = ed.store.toDocument();
    const depth = ed.history.depth;
    const baseRack = ed.store.childrenOf(baseRow, 'rack')[0]!;
    const refusals = [
      runAction(ed, 'record.update', { id: baseRow, patch: { name: 'Renamed' } }),
      runAction(ed, 'record.update', { id: baseRack.id, patch: { itKwOverride: 50 } }),
      runAction(ed, 'rack.place', { rowId: baseRow, slot: 19 }),
      runAction(ed, 'row.fill', { rowIds: [baseRow] }),
      runAction(ed, 'row.add', { hallId: baseHall, start: { x: 2, y: 12 }, end: { x: 14.1, y: 12 } }),
      runAction(ed, 'equipment.place', { hallId: baseHall, position: { x: 30, y: 5 }, catalogId: 'cdu-row-1250kw' }),
      runAction(ed, 'loop.route', { cduId: baseCdu, route: [{ x: 30.5, y: 20.5 }, { x: 30.5, y: 10 }], rowIds: [baseRow] }),
    ];
    for (const r of refusals) {
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.message).toMatch(/belongs to scenario Base, not the open one; nothing was changed$/);
    }
    expect(ed.session.state.status?.text).toMatch(/^Draw pipe run: .+ belongs to scenario Base/);
    expect(ed.store.toDocument()).toEqual(before);
    expect(ed.history.depth).toBe(depth);
  });

  it('runs every selection action on an out-of-scenario selection forced past the session without touching it', () => {
    const { ed, base, baseRow, baseCdu } = twoScenarios();
    const before = ed.store.toDocument();
    // Simulate a selection that escaped the session's filter: the actions' own guard must still hold.
    (ed.session as unknown as { current: { selection: ReadonlySet<string> } }).current = { ...ed.session.state, selection: new Set([baseRow, baseCdu]) };
    for (const id of ['selection.delete', 'selection.rotate', 'selection.nudgeLeft', 'selection.move', 'row.fillSelected', 'selection.duplicate']) {
      runAction(ed, id, id === 'selection.move' ? { delta: { x: 1, y: 0 } } : undefined);
    }
    expect(ed.store.toDocument()).toEqual(before);
    expect(racksOf(ed, base)).toBe(19);
  });

  it('pastes only into the scenario the records were copied in', () => {
    const { ed, base, baseRow } = twoScenarios();
    const phase1 = ed.session.state.scenarioId;
    ed.session.set({ scenarioId: base });
    ed.session.select([baseRow]);
    expect(runAction(ed, 'clipboard.copy').ok).toBe(true);
    ed.session.set({ scenarioId: phase1 });
    const before = ed.store.toDocument();
    expect(runAction(ed, 'clipboard.paste')).toEqual({ ok: false, message: 'the copied records belong to scenario Base; copy in this scenario to paste here' });
    expect(ed.store.toDocument()).toEqual(before);
    ed.session.set({ scenarioId: base });
    expect(runAction(ed, 'clipboard.paste').ok).toBe(true);
    expect(ed.store.childrenOf(ed.store.all('hall').find((h) => h.scenarioId === base)!.id, 'row')).toHaveLength(2);
  });

  it('undo of a step made in another scenario shows that scenario', () => {
    const { ed, base, baseRow } = twoScenarios();
    const phase1 = ed.session.state.scenarioId;
    ed.session.set({ scenarioId: base });
    ed.session.select([baseRow]);
    runAction(ed, 'selection.delete');
    ed.session.set({ scenarioId: phase1 });
    expect(runAction(ed, 'history.undo').ok).toBe(true);
    expect(ed.session.state.scenarioId).toBe(base);
    expect(ed.session.state.status?.text).toBe('Undo: the step was made in scenario Base, now shown');
    expect(ed.store.childrenOf(baseRow, 'rack')).toHaveLength(19);
  });

  it('lets only scenario copy, delete, rename, create, undo and redo reach beyond the open scenario (and the two that open another, writing nothing)', () => {
    expect(
      allActions()
        .filter((a) => a.scope === 'project')
        .map((a) => a.id)
        .sort(),
    ).toEqual(['history.redo', 'history.undo', 'scenario.create', 'scenario.delete', 'scenario.duplicate', 'scenario.next', 'scenario.previous', 'scenario.rename']);
  });

  it('names a record of another scenario as people call its type, e.g. a hall construction', () => {
    const { ed, base, phase1, baseHall } = twoScenarios();
    ed.session.set({ scenarioId: base });
    const [construction] = createdIds(runAction(ed, 'site.add.hallConstruction', { hallId: baseHall }));
    ed.session.set({ scenarioId: phase1 });
    const r = runAction(ed, 'record.update', { id: construction, patch: { name: 'Renamed' } });
    expect(r.ok ? '' : r.message).toMatch(/^hall construction .+ belongs to scenario Base, not the open one/);
  });
});
