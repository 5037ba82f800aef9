import { describe, expect, it } from 'vitest';
import type { HallId, RackRecord, RowId } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import type { Editor } from '../../renderer/editor/editor.ts';
import { createdIds, newEditor } from './fixtures.ts';

// The power-capping preset of racks: one undo step, stored as the preset's id (absent when uncapped), replacing a
// manual override, refused for a preset the racks' profile lacks, and dropped when the racks change profile.

/** One row of 4 GB200 NVL72 racks (4 × 132 kW = 528 kW uncapped). */
function gb200Row(ed: Editor): { rowId: RowId; racks: () => RackRecord[] } {
  const [h] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 30, depthM: 20 }));
  const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: h as HallId, start: { x: 2, y: 4 }, end: { x: 4.4, y: 4 } }));
  runAction(ed, 'row.fill', { rowIds: [rowId], profileId: 'gb200-nvl72' });
  return { rowId: rowId as RowId, racks: () => ed.store.childrenOf(rowId!, 'rack') };
}

describe('rack.powerCap', () => {
  it('caps racks in one undo step, the rack storing the preset id, and the live report follows', () => {
    const ed = newEditor();
    const { racks } = gb200Row(ed);
    const ids = racks().map((r) => r.id);
    expect(ids).toHaveLength(4);
    expect(ed.live.current.summary.itKw).toBe(528);
    const depth = ed.history.depth;
    expect(runAction(ed, 'rack.powerCap', { ids, presetId: 'gb200-nvl72/gpu-900w' }).ok).toBe(true);
    expect(ed.history.depth).toBe(depth + 1);
    expect(racks().map((r) => r.powerCapPresetId)).toEqual(Array(4).fill('gb200-nvl72/gpu-900w'));
    // 4 × (132 − 72 × 0.3) = 4 × 110.4 = 441.6 kW.
    expect(ed.live.current.summary.itKw).toBeCloseTo(441.6, 6);
    runAction(ed, 'history.undo');
    expect(racks().every((r) => !('powerCapPresetId' in r))).toBe(true);
    expect(ed.live.current.summary.itKw).toBe(528);
  });

  it('a preset replaces a manual override; uncapped leaves the field absent', () => {
    const ed = newEditor();
    const { racks } = gb200Row(ed);
    const ids = racks().map((r) => r.id);
    runAction(ed, 'record.bulkEdit', { ids, patch: { itKwOverride: 90 } });
    runAction(ed, 'rack.powerCap', { ids, presetId: 'gb200-nvl72/gpu-1000w' });
    expect(racks().map((r) => [r.itKwOverride, r.powerCapPresetId])).toEqual(Array(4).fill([null, 'gb200-nvl72/gpu-1000w']));
    runAction(ed, 'rack.powerCap', { ids, presetId: null });
    expect(racks().every((r) => !('powerCapPresetId' in r))).toBe(true);
  });

  it("refuses a preset of another profile, writing nothing", () => {
    const ed = newEditor();
    const { racks } = gb200Row(ed);
    const before = ed.store.toDocument();
    const r = runAction(ed, 'rack.powerCap', { ids: racks().map((x) => x.id), presetId: 'dgx-h100/gpu-500w' });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toBe("GB200 NVL72 has no power-capping preset 'dgx-h100/gpu-500w': select racks of one profile");
    expect(ed.store.toDocument()).toEqual(before);
  });

  it('replacing the profile in place drops the old profile\'s preset', () => {
    const ed = newEditor();
    const { racks } = gb200Row(ed);
    const ids = racks().map((r) => r.id);
    runAction(ed, 'rack.powerCap', { ids, presetId: 'gb200-nvl72/gpu-900w' });
    expect(runAction(ed, 'rack.replaceProfile', { ids, profileId: 'gb300-nvl72' }).ok).toBe(true);
    expect(racks().every((r) => r.profileId === 'gb300-nvl72' && !('powerCapPresetId' in r))).toBe(true);
  });
});
