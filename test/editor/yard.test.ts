import { describe, expect, it } from 'vitest';
import { runAction } from '../../renderer/editor/actions/index.ts';
import { yardRect } from '../../shared/geometry/yard.ts';
import { createdIds, newEditor } from './fixtures.ts';

// A 6.0 × 2.3 m dry cooler and a 40 × 30 m hall at the site origin.
const COOLER = 'drycooler-adiabatic-500kw';

describe('the outdoor yard', () => {
  it('takes equipment placed outside every hall, and spans it with a margin', () => {
    const ed = newEditor();
    createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    expect(yardRect(ed.store, ed.catalog, ed.session.state.scenarioId)).toBeNull();
    runAction(ed, 'tool.equipment');
    ed.session.set({ equipmentCatalogId: COOLER });
    // The equipment tool centres the item on the click; outside the hall it goes to the yard.
    ed.tools.down({ site: { x: 50, y: 10 }, hitId: null, shift: false, mod: false });
    const placed = ed.store.all('equipment');
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ hallId: null, position: { x: 47, y: 8.8 } });
    expect(ed.session.state.status).toEqual({ kind: 'info', text: 'HEAT-REJECTION-1 placed in the yard' });
    const yard = yardRect(ed.store, ed.catalog, ed.session.state.scenarioId)!;
    expect([yard.minX, yard.minY, yard.maxX, yard.maxY].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([45, 6.8, 55, 13.1]);
  });

  it('refuses yard equipment over a hall or over other yard equipment, however it gets there', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const [cooler] = createdIds(runAction(ed, 'equipment.place', { hallId: null, position: { x: 45, y: 5 }, catalogId: COOLER }));
    const before = ed.store.toDocument();
    const acrossWall = runAction(ed, 'equipment.place', { hallId: null, position: { x: 37, y: 5 }, catalogId: COOLER });
    expect(acrossWall).toEqual({ ok: false, message: 'HEAT-REJECTION-2 would overlap Hall 1' });
    const onOther = runAction(ed, 'equipment.place', { hallId: null, position: { x: 48, y: 6 }, catalogId: COOLER });
    expect(onOther).toEqual({ ok: false, message: 'HEAT-REJECTION-2 would overlap HEAT-REJECTION-1 in the yard' });
    expect(ed.store.toDocument()).toEqual(before);

    ed.session.select([cooler!]);
    expect(runAction(ed, 'selection.move', { delta: { x: -10, y: 0 } }).ok).toBe(false);
    expect(runAction(ed, 'record.update', { id: cooler!, patch: { position: { x: 20, y: 20 } } }).ok).toBe(false);
    // A hall grown or added over the yard equipment is refused too.
    expect(runAction(ed, 'record.update', { id: hallId!, patch: { widthM: 50 } }).ok).toBe(false);
    expect(runAction(ed, 'hall.add', { origin: { x: 44, y: 0 }, widthM: 20, depthM: 20 }).ok).toBe(false);
    expect(ed.store.toDocument()).toEqual(before);
    // Clear of both, it stands in the yard beside the first.
    expect(runAction(ed, 'equipment.place', { hallId: null, position: { x: 45, y: 8 }, catalogId: COOLER }).ok).toBe(true);
    expect(ed.store.all('equipment').every((e) => e.hallId === null)).toBe(true);
  });

  it('keeps scenarios apart: another scenario may use the same ground', () => {
    const ed = newEditor();
    createdIds(runAction(ed, 'equipment.place', { hallId: null, position: { x: 45, y: 5 }, catalogId: COOLER }));
    createdIds(runAction(ed, 'scenario.create', { name: 'Phase 2' }));
    expect(yardRect(ed.store, ed.catalog, ed.session.state.scenarioId)).toBeNull();
    expect(runAction(ed, 'hall.add', { origin: { x: 44, y: 0 }, widthM: 10, depthM: 10 }).ok).toBe(true);
    expect(runAction(ed, 'equipment.place', { hallId: null, position: { x: 45, y: 5 }, catalogId: COOLER }).ok).toBe(false);
  });
});
