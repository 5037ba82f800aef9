import { describe, expect, it } from 'vitest';
import type { HallId, RackId, RackRecord, RowId, RowRecord } from '../../shared/model/index.ts';
import { createEditor } from '../../renderer/editor/editor.ts';
import { SceneSync } from '../../renderer/viewport/scene-sync.ts';
import { catalog, document } from '../editor/fixtures.ts';

const hallId = 'hall-t' as HallId;
const row = (id: string, x: number, y: number, rotation: RowRecord['rotation']): RowRecord => ({
  type: 'row', id: id as RowId, hallId, name: id, origin: { x, y }, rotation, slotCount: 8, slotWidthM: 0.6, containment: 'hot-aisle', coolingLoopId: null, feedAId: null, feedBId: null,
});
const rack = (rowId: string, slot: number, profileId: string): RackRecord => ({ type: 'rack', id: `${rowId}-${slot}` as RackId, rowId: rowId as RowId, slot, profileId, label: '', itKwOverride: null });

// GB200 NVL72 racks are 1.068 m deep, 40 kW air racks 1.2 m (both 0.6 m wide): a row's depth is its deepest rack's.
function sceneOf() {
  const editor = createEditor(
    {
      ...document,
      halls: [{ type: 'hall', id: hallId, scenarioId: document.scenarios[0]!.id, name: 'T', kind: 'new-build', origin: { x: 40, y: 7 }, rotation: 90, widthM: 30, depthM: 20, ceilingHeightM: 6, floorLoadKgPerM2: 2000 }],
      rows: [row('liquid', 2, 2, 0), row('mixed', 2, 8, 90), row('empty', 12, 2, 180)],
      racks: [rack('liquid', 0, 'gb200-nvl72'), rack('liquid', 1, 'gb200-nvl72'), rack('mixed', 0, 'gb200-nvl72'), rack('mixed', 3, 'air-40kw')],
    },
    catalog,
  );
  const sync = new SceneSync(editor.store, editor.catalog, () => 0, editor.session.state, () => {});
  return { editor, sync };
}

describe('SceneSync row footprints', () => {
  it('keeps the footprint a full build works out for each row equal to the one worked out from the row alone', () => {
    const { editor, sync } = sceneOf();
    const built = ['liquid', 'mixed', 'empty'].map((id) => sync.boundsOf([id]));
    // A label edit on one rack of each row invalidates its row's footprint, which is then worked out afresh.
    editor.store.transact((tx) => {
      tx.update('liquid-0', { label: 'A' });
      tx.update('mixed-0', { label: 'B' });
    });
    const afresh = ['liquid', 'mixed', 'empty'].map((id) => sync.boundsOf([id]));
    expect(built).toEqual(afresh);
    // The hall is turned a quarter: the liquid row (along hall x, 4.8 m long, 1.068 m deep) runs along site y.
    const [minX, , minZ, maxX, , maxZ] = built[0]!;
    expect([maxX - minX, maxZ - minZ].map((v) => Math.round(v * 1000) / 1000)).toEqual([1.068, 4.8]);
    // The mixed row is as deep as its air rack.
    const mixed = built[1]!;
    expect(Math.round((mixed[3] - mixed[0]) * 1000) / 1000).toBe(4.8);
    expect(Math.round((mixed[5] - mixed[2]) * 1000) / 1000).toBe(1.2);
    sync.dispose();
  });
});
