import { describe, expect, it } from 'vitest';
import type { HallId, RowId } from '../../shared/model/index.ts';
import { called } from '../../shared/model/called.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import { nextInSeries } from '../../renderer/editor/naming.ts';
import { createdIds, newEditor } from './fixtures.ts';

describe('names the editor gives', () => {
  it('numbers a series after its highest number, and names a kind once in a sentence', () => {
    expect(nextInSeries('CDU-', ['CDU-1', 'CDU-3', 'UPS-7', 'CDU-x'])).toBe('CDU-4');
    expect(nextInSeries('Loop ', [])).toBe('Loop 1');
    expect(called('Row', 'Row 3')).toBe('Row 3');
    expect(called('row', 'G1A')).toBe('row G1A');
    expect(called('Feed', 'Feed A1')).toBe('Feed A1');
    expect(called('Feed', 'Busway 3A')).toBe('Feed Busway 3A');
  });

  it('numbers equipment per scenario: the first CDU of a new scenario is CDU-1', () => {
    const ed = newEditor();
    const [h] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    for (const x of [2, 6, 10]) runAction(ed, 'equipment.place', { hallId: h, position: { x, y: 20 }, catalogId: 'cdu-row-1250kw' });
    expect(ed.store.all('equipment').map((e) => e.name)).toEqual(['CDU-1', 'CDU-2', 'CDU-3']);
    expect(runAction(ed, 'scenario.create', { name: 'Phase 2' }).ok).toBe(true);
    expect(ed.session.state.scenarioId).not.toBe('sc-1');
    const [h2] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const [cdu] = createdIds(runAction(ed, 'equipment.place', { hallId: h2, position: { x: 2, y: 20 }, catalogId: 'cdu-row-1250kw' }));
    expect(ed.store.get(cdu!, 'equipment')?.name).toBe('CDU-1');
    expect(ed.store.get(h2!, 'hall')?.name).toBe('Hall 1');
  });

  it('rack labels follow a row’s rename; a label the user wrote stays', () => {
    const ed = newEditor();
    const [h] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const [row] = createdIds(runAction(ed, 'row.add', { hallId: h as HallId, start: { x: 2, y: 4 }, end: { x: 5.1, y: 4 } }));
    runAction(ed, 'row.fill', { rowIds: [row as RowId] });
    const [first, second] = ed.store.childrenOf(row!, 'rack');
    expect(first?.label).toBe('Row 1 · 1');
    runAction(ed, 'record.update', { id: second!.id, patch: { label: 'spare' } });
    runAction(ed, 'record.update', { id: row!, patch: { name: 'G1A' } });
    expect(ed.store.childrenOf(row!, 'rack').map((r) => r.label)).toEqual(['G1A · 1', 'spare', 'G1A · 3', 'G1A · 4', 'G1A · 5']);
    runAction(ed, 'history.undo');
    expect(ed.store.get(first!.id, 'rack')?.label).toBe('Row 1 · 1');
  });
});
