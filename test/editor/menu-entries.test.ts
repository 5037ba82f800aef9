import { describe, expect, it } from 'vitest';
import { actionMenuEntries, allActions, getAction, menuOf, runAction } from '../../renderer/editor/actions/index.ts';
import { createEditor } from '../../renderer/editor/editor.ts';
import type { HallId, ScenarioId } from '../../shared/model/index.ts';
import { MenuAction } from '../../shared/contract/events.ts';
import { catalog, document, newEditor } from './fixtures.ts';

describe('menu entries from the action registry', () => {
  it('lists every action a key runs, with its label, shortcut and group, each valid for menu.setActions', () => {
    const ed = newEditor();
    const entries = actionMenuEntries(ed);
    for (const entry of entries) expect(MenuAction.safeParse(entry).success, entry.id).toBe(true);
    const keyed = allActions().filter((a) => a.shortcut);
    for (const action of keyed) {
      const entry = entries.find((e) => e.id === action.id);
      expect(entry, action.id).toMatchObject({ label: action.label, shortcut: action.shortcut, group: action.group });
    }
    // Each entry names a registered action, so a click on it runs that action.
    for (const entry of entries) expect(getAction(entry.id), entry.id).toBeDefined();
    // An action run with arguments (by a tool or a panel) and no menu of its own is never offered.
    expect(entries.map((e) => e.id)).not.toContain('hall.add');
    expect(entries.map((e) => e.id)).not.toContain('record.update');
  });

  it('places scenario actions in Scenario, views and colours in View, the rest in Edit', () => {
    const ed = newEditor();
    const menuOfId = (id: string) => actionMenuEntries(ed).find((e) => e.id === id)?.menu;
    expect(menuOfId('history.undo')).toBe('Edit');
    expect(menuOfId('selection.delete')).toBe('Edit');
    expect(menuOfId('tool.rack')).toBe('Edit');
    expect(menuOfId('view.fitAll')).toBe('View');
    expect(menuOfId('color.loop')).toBe('View');
    expect(menuOfId('scenario.next')).toBe('Scenario');
    expect(menuOfId('scenario.previous')).toBe('Scenario');
    expect(menuOf(getAction('hall.add')!)).toBeNull();
  });

  it('has the enabled state the toolbar shows: Undo after an edit, Redo after an undo, editing off when read-only', () => {
    const ed = newEditor();
    const enabled = (id: string, e = ed) => actionMenuEntries(e).find((x) => x.id === id)?.enabled;
    expect(enabled('history.undo')).toBe(false);
    expect(enabled('history.redo')).toBe(false);
    runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 });
    expect(enabled('history.undo')).toBe(true);
    runAction(ed, 'history.undo');
    expect(enabled('history.undo')).toBe(false);
    expect(enabled('history.redo')).toBe(true);

    const readOnly = createEditor(document, catalog, { readOnlyReason: 'another window has it open' });
    expect(enabled('selection.delete', readOnly)).toBe(false);
    expect(enabled('tool.rack', readOnly)).toBe(false);
    expect(enabled('view.fitAll', readOnly)).toBe(true);
    expect(enabled('color.kw', readOnly)).toBe(true);
  });

  it('Next and Previous scenario step through the scenarios in order, wrapping round, and are off with one scenario', () => {
    const ed = newEditor();
    expect(actionMenuEntries(ed).find((e) => e.id === 'scenario.next')?.enabled).toBe(false);
    const base = ed.session.state.scenarioId;
    runAction(ed, 'scenario.create', { name: 'Phase 1' });
    const phase1 = ed.session.state.scenarioId;
    runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 });
    runAction(ed, 'scenario.create', { name: 'Phase 2' });
    const phase2 = ed.session.state.scenarioId;
    expect(actionMenuEntries(ed).find((e) => e.id === 'scenario.next')?.enabled).toBe(true);
    const before = ed.store.toDocument();
    const seen: ScenarioId[] = [];
    for (let i = 0; i < 3; i += 1) {
      expect(runAction(ed, 'scenario.next').ok).toBe(true);
      seen.push(ed.session.state.scenarioId);
    }
    expect(seen).toEqual([base, phase1, phase2]);
    runAction(ed, 'scenario.previous');
    expect(ed.session.state.scenarioId).toBe(phase1);
    // Looking at another scenario is not an edit: the document is as it was, and the selection is cleared.
    expect(ed.store.toDocument()).toEqual(before);
    const hall = ed.store.all('hall').find((h) => h.scenarioId === phase1)!;
    ed.session.select([hall.id as HallId]);
    runAction(ed, 'scenario.next');
    expect(ed.session.state.selection.size).toBe(0);
  });
});
