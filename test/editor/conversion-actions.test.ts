import { describe, expect, it } from 'vitest';
import type { HallId, RowId } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import type { Editor } from '../../renderer/editor/editor.ts';
import { createdIds, newEditor } from './fixtures.ts';

// Replace in place, fill that replaces, and bulk edit: each one undo step that changes only what it says.

function undoable(ed: Editor, act: () => unknown): void {
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

/**
 * A 40 × 30 m hall with two 20-slot rows of hydro ASIC racks (40 × 43.2 kW = 1,728 kW), a loop of three 1,250 kW CDUs
 * (2,500 kW at N+1) and an A/B feed pair of two 1,000 kW UPS frames each (2,000 per side at 2N).
 */
function miningHall(ed: Editor) {
  const [h] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
  const hallId = h as HallId;
  const rows = [4, 12].map((y) => createdIds(runAction(ed, 'row.add', { hallId, start: { x: 2, y }, end: { x: 14.1, y } }))[0] as RowId);
  for (const rowId of rows) runAction(ed, 'row.fill', { rowIds: [rowId], profileId: 'btc-hydro-asic' });
  const cdus = [18, 20, 22].map((y) => createdIds(runAction(ed, 'equipment.place', { hallId, position: { x: 30, y }, catalogId: 'cdu-row-1250kw' }))[0]!);
  const cdu = cdus[0];
  ed.session.select([...cdus, ...rows]);
  const [loopId] = createdIds(runAction(ed, 'loop.create'));
  const ups = [20, 22, 24, 26].map((y) => createdIds(runAction(ed, 'equipment.place', { hallId, position: { x: 20, y }, catalogId: 'ups-1000kw' }))[0]!);
  ed.session.select([...ups, ...rows]);
  const feeds = createdIds(runAction(ed, 'feed.create'));
  ed.session.select([]);
  return { hallId, rows, cdu: cdu!, loopId: loopId!, ups, feeds };
}

describe('replace in place', () => {
  it('turns every rack of a hall into GB200 NVL72 in one step, keeping slots, labels, rows, the loop and the feeds', () => {
    const ed = newEditor();
    const { hallId, rows, loopId, feeds } = miningHall(ed);
    const racksBefore = ed.store.all('rack');
    const rowsBefore = ed.store.all('row');
    ed.session.select([hallId]);
    undoable(ed, () => runAction(ed, 'rack.replaceProfile', { profileId: 'gb200-nvl72' }));
    const racks = ed.store.all('rack');
    expect(racks).toHaveLength(40);
    expect(racks.every((r) => r.profileId === 'gb200-nvl72')).toBe(true);
    expect(racks.map((r) => [r.id, r.rowId, r.slot, r.label])).toEqual(racksBefore.map((r) => [r.id, r.rowId, r.slot, r.label]));
    expect(ed.store.all('row')).toEqual(rowsBefore);
    for (const rowId of rows) {
      const row = ed.store.get(rowId, 'row')!;
      expect([row.coolingLoopId, row.feedAId, row.feedBId]).toEqual([loopId, feeds[0], feeds[1]]);
    }
  });

  it('shows in the live report what the new racks no longer fit: the 1,250 kW CDU loop and the 1,000 kVA feeds', () => {
    const ed = newEditor();
    const { hallId, loopId, feeds } = miningHall(ed);
    const about = (id: string) => ed.live.current.checks.filter((c) => c.subject?.id === id && c.severity !== 'info').map((c) => c.code);
    expect([...about(loopId), ...about(feeds[0]!), ...about(feeds[1]!)]).toEqual([]);
    runAction(ed, 'rack.replaceProfile', { ids: [hallId], profileId: 'gb200-nvl72' });
    // 40 × 132 kW = 5,280 kW of IT: far above 2,500 kW of CDUs at N+1 and 2,000 kW of UPS per side.
    expect(about(loopId)).toContain('loop-over-capacity');
    expect(about(feeds[0]!)).toContain('feed-over-capacity');
    expect(about(feeds[1]!)).toContain('feed-over-capacity');
  });

  it('flags what a wider, heavier profile no longer fits: the 0.6 m pitch and the floor rating', () => {
    const ed = newEditor();
    const { hallId, rows } = miningHall(ed);
    // Kyber NVL576: 1.2 m wide on a 0.6 m pitch; 3,000 kg over 1.2 × 1.2 m = 2,083 kg/m², above a 1,500 kg/m² slab.
    runAction(ed, 'record.update', { id: hallId, patch: { floorLoadKgPerM2: 1500 } });
    const about = (code: string) => ed.live.current.checks.filter((c) => c.code === code).map((c) => c.subject?.id);
    expect([...about('rack-pitch-too-narrow'), ...about('floor-load-exceeded')]).toEqual([]);
    expect(runAction(ed, 'rack.replaceProfile', { ids: [rows[0]!], profileId: 'kyber-nvl576' }).ok).toBe(true);
    expect(about('rack-pitch-too-narrow')).toEqual([rows[0]]);
    expect(about('floor-load-exceeded')).toEqual([rows[0]]);
  });

  it('replaces only the selected racks, and the racks of selected rows; clears a kW override of the old profile', () => {
    const ed = newEditor();
    const { rows } = miningHall(ed);
    const [first, second] = ed.store.childrenOf(rows[1]!, 'rack');
    runAction(ed, 'record.update', { id: first!.id, patch: { itKwOverride: 30 } });
    ed.session.select([first!.id, rows[0]!]);
    const r = runAction(ed, 'rack.replaceProfile', { profileId: 'gb200-nvl72' });
    expect(r.ok).toBe(true);
    expect(ed.store.childrenOf(rows[0]!, 'rack').every((x) => x.profileId === 'gb200-nvl72')).toBe(true);
    expect(ed.store.get(first!.id, 'rack')).toMatchObject({ profileId: 'gb200-nvl72', itKwOverride: null });
    expect(ed.store.get(second!.id, 'rack')?.profileId).toBe('btc-hydro-asic');
    expect(runAction(ed, 'rack.replaceProfile', { ids: [rows[0]!], profileId: 'gb200-nvl72' }).ok).toBe(false);
  });

  it('refuses, changing nothing, when a deeper rack would collide with a neighbour, and for an unknown profile', () => {
    const ed = newEditor();
    const [h] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const [row] = createdIds(runAction(ed, 'row.add', { hallId: h as HallId, start: { x: 2, y: 4 }, end: { x: 14.1, y: 4 } }));
    runAction(ed, 'row.fill', { rowIds: [row as RowId], profileId: 'gb200-nvl72' });
    // A CDU 0.1 m behind the GB200 racks' 1.068 m depth: the 1.2 m Kyber racks would reach into it.
    runAction(ed, 'equipment.place', { hallId: h, position: { x: 2, y: 5.17 }, catalogId: 'cdu-row-1250kw' });
    const before = ed.store.toDocument();
    expect(runAction(ed, 'rack.replaceProfile', { ids: [row!], profileId: 'kyber-nvl576' }).ok).toBe(false);
    expect(runAction(ed, 'rack.replaceProfile', { ids: [row!], profileId: 'no-such-rack' }).ok).toBe(false);
    expect(ed.store.toDocument()).toEqual(before);
  });

  it('row.fill with replace fills the empty slots and converts the standing racks in one step', () => {
    const ed = newEditor();
    const [h] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const [row] = createdIds(runAction(ed, 'row.add', { hallId: h as HallId, start: { x: 2, y: 4 }, end: { x: 14.1, y: 4 } }));
    for (const slot of [0, 5, 9]) runAction(ed, 'rack.place', { rowId: row as RowId, slot, profileId: 'btc-hydro-asic' });
    undoable(ed, () => runAction(ed, 'row.fill', { rowIds: [row as RowId], profileId: 'gb200-nvl72', replace: true }));
    const racks = ed.store.childrenOf(row!, 'rack');
    expect(racks).toHaveLength(20);
    expect(racks.every((r) => r.profileId === 'gb200-nvl72')).toBe(true);
    expect(runAction(ed, 'row.fill', { rowIds: [row as RowId], profileId: 'gb200-nvl72', replace: true }).ok).toBe(false);
  });
});

describe('bulk edit', () => {
  it('sets one field on every selected record as one undo step', () => {
    const ed = newEditor();
    const { rows } = miningHall(ed);
    undoable(ed, () => runAction(ed, 'record.bulkEdit', { ids: rows, patch: { containment: 'cold-aisle' }, label: 'Containment' }));
    expect(rows.map((id) => ed.store.get(id, 'row')?.containment)).toEqual(['cold-aisle', 'cold-aisle']);
    const racks = ed.store.all('rack').map((r) => r.id);
    undoable(ed, () => runAction(ed, 'record.bulkEdit', { ids: racks, patch: { itKwOverride: 40 }, label: 'IT kW override' }));
    expect(ed.store.all('rack').every((r) => r.itKwOverride === 40)).toBe(true);
  });

  it('refuses a value that fails for any record, in the field’s words, and changes none of them', () => {
    const ed = newEditor();
    const { rows } = miningHall(ed);
    const before = ed.store.toDocument();
    const r = runAction(ed, 'record.bulkEdit', { ids: rows, patch: { slotWidthM: 9 }, label: 'Pitch' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^Pitch/);
    // Moving both rows onto the same spot: the second one overlaps the first.
    expect(runAction(ed, 'record.bulkEdit', { ids: rows, patch: { origin: { x: 2, y: 4 } }, label: 'x' }).ok).toBe(false);
    expect(runAction(ed, 'record.bulkEdit', { ids: [rows[0]!, ed.store.all('rack')[0]!.id], patch: { name: 'X' } }).ok).toBe(false);
    expect(ed.store.toDocument()).toEqual(before);
  });

  it('refuses a value that only one of the records cannot take: every record is checked, not the first', () => {
    const ed = newEditor();
    const [h] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    // 5 slots × 2.5 m = 12.5 m from x 2 fits the 40 m hall; 20 slots × 2.5 m = 50 m would leave it.
    const short = createdIds(runAction(ed, 'row.add', { hallId: h as HallId, start: { x: 2, y: 4 }, end: { x: 5.1, y: 4 } }))[0]!;
    const long = createdIds(runAction(ed, 'row.add', { hallId: h as HallId, start: { x: 2, y: 12 }, end: { x: 14.1, y: 12 } }))[0]!;
    const before = ed.store.toDocument();
    expect(runAction(ed, 'record.bulkEdit', { ids: [short, long], patch: { slotWidthM: 2.5 }, label: 'Pitch' }).ok).toBe(false);
    expect(ed.store.toDocument()).toEqual(before);
    expect(runAction(ed, 'record.bulkEdit', { ids: [short], patch: { slotWidthM: 2.5 }, label: 'Pitch' }).ok).toBe(true);
  });
});
