import { describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { createEditor } from '../../renderer/editor/editor.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import { initiallyExpanded, outlineTree, pathTo, visibleRows } from '../../renderer/app/outliner/outline-tree.ts';
import { reassignPatch } from '../../renderer/app/outliner/reassign.ts';
import { findByName } from '../../renderer/app/outliner/find-by-name.ts';
import { catalog } from '../editor/fixtures.ts';

// The sample: "As-is mining" and "Phase 1 AI hall", whose Building 3 (hall-b3-ai) has GB200 rows G1A…G5B, AIR3A/B,
// loops 1–4, A and B busways per row, CDU-01…12, and whose UPS frames stand in the yard.
function sampleEditor() {
  const editor = createEditor(loadSampleDocument(), catalog);
  editor.session.set({ scenarioId: 'sc-phase1' as never });
  return editor;
}

describe('outline tree', () => {
  it('is site → scenarios → the open scenario’s halls (rows → racks, loops, feeds, equipment) and its yard', () => {
    const editor = sampleEditor();
    const root = outlineTree(editor.store, editor.catalog, 'sc-phase1');
    expect(root.kind).toBe('site');
    const scenarios = [...editor.store.all('scenario')].sort((a, b) => a.order - b.order);
    expect(root.children.map((c) => c.label)).toEqual(scenarios.map((sc) => sc.name));
    const mining = root.children.find((c) => c.recordId === 'sc-mining')!;
    const phase1 = root.children.find((c) => c.recordId === 'sc-phase1')!;
    expect(mining.children).toEqual([]);
    expect(phase1.children.filter((c) => c.kind === 'hall').map((c) => c.recordId)).toEqual(editor.store.all('hall').filter((h) => h.scenarioId === 'sc-phase1').map((h) => h.id));
    const hall = phase1.children.find((c) => c.recordId === 'hall-b3-ai')!;
    expect(hall.label).toBe('Building 3 (AI hall)');
    expect(hall.children.map((c) => c.kind)).toEqual(['rows', 'loops', 'feeds', 'equipment-list']);
    const [rows, loops, feeds, equipment] = hall.children;
    expect(rows!.children.map((r) => r.label)).toContain('G1A');
    expect(loops!.children.map((l) => l.label)).toEqual(['Loop 1', 'Loop 2', 'Loop 3', 'Loop 4']);
    expect(feeds!.children.find((f) => f.label === 'Busway G1A-B')?.note).toBe('side B');
    expect(equipment!.children.map((e) => e.label)).toContain('CDU-01');
    const g1a = rows!.children.find((r) => r.label === 'G1A')!;
    expect(g1a.children.length).toBe(editor.store.childrenOf(g1a.recordId!, 'rack').length);
    // A rack is noted by its profile's name, never the catalog id.
    expect(new Set(g1a.children.map((r) => r.note))).toEqual(new Set(['GB200 NVL72']));
    const yard = phase1.children.find((c) => c.kind === 'yard')!;
    expect(yard.children.every((e) => editor.store.get(e.recordId!, 'equipment')?.hallId === null)).toBe(true);
    expect(yard.children.length).toBeGreaterThan(0);
  });

  it('shows folded halls’ rows only when opened, and a search shows the matches with their ancestors', () => {
    const editor = sampleEditor();
    const root = outlineTree(editor.store, editor.catalog, 'sc-phase1');
    const folded = visibleRows(root, initiallyExpanded(root), '');
    // Site, the scenarios, each hall of the open one with its four headings, and the yard heading: no row or rack
    // is drawn until asked for.
    const halls = editor.store.all('hall').filter((h) => h.scenarioId === 'sc-phase1').length;
    const scenarios = editor.store.all('scenario').length;
    expect(folded.map((r) => r.node.kind)).toEqual(['site', ...Array<string>(scenarios).fill('scenario').slice(0, 2), ...Array.from({ length: halls }, () => ['hall', 'rows', 'loops', 'feeds', 'equipment-list']).flat(), 'yard', ...Array<string>(scenarios - 2).fill('scenario')]);
    const found = visibleRows(root, new Set(), 'cdu-07');
    expect(found.map((r) => r.node.label)).toEqual(['North Shore Mining Campus', 'Phase 1 AI hall', 'Building 3 (AI hall)', 'Equipment', 'CDU-07']);
    expect(visibleRows(root, new Set(), 'no such name')).toEqual([]);
  });

  it('finds the way down to a record selected elsewhere', () => {
    const editor = sampleEditor();
    const root = outlineTree(editor.store, editor.catalog, 'sc-phase1');
    const rack = editor.store.all('rack').find((r) => editor.store.get(r.rowId, 'row')?.name === 'G2B')!;
    const path = pathTo(root, rack.id)!;
    expect(path.slice(1)).toEqual(['sc-phase1', 'hall-b3-ai', 'hall-b3-ai:rows', rack.rowId]);
  });

  it('reassigns a dropped row to the loop, or to the A or B feed by the feed’s side, in one undo step', () => {
    const editor = sampleEditor();
    const row = editor.store.all('row').find((r) => r.name === 'AIR3A')!;
    const loop = editor.store.get('loop-4', 'coolingLoop')!;
    const a = reassignPatch(editor.store, row.id, loop.id);
    expect(a).toEqual({ ok: true, patch: { coolingLoopId: 'loop-4' }, label: 'Cooling loop' });
    expect(reassignPatch(editor.store, row.id, 'feed-g5a-b')).toEqual({ ok: true, patch: { feedBId: 'feed-g5a-b' }, label: 'Feed B' });
    const other = editor.store.all('row').find((r) => r.hallId === 'hall-b3-mining')!;
    const refused = reassignPatch(editor.store, other.id, loop.id);
    expect(refused.ok).toBe(false);
    const before = editor.store.get(row.id, 'row')!.coolingLoopId;
    if (!a.ok) throw new Error('expected a patch');
    expect(runAction(editor, 'record.update', { id: row.id, patch: a.patch }).ok).toBe(true);
    expect(editor.store.get(row.id, 'row')!.coolingLoopId).toBe('loop-4');
    runAction(editor, 'history.undo');
    expect(editor.store.get(row.id, 'row')!.coolingLoopId).toBe(before);
  });

  it('finds records of the open scenario by name only', () => {
    const editor = sampleEditor();
    expect(findByName(editor.store, 'sc-phase1', 'g1a', 5).map((f) => f.name)).toEqual(['G1A', 'Busway G1A-A', 'Busway G1A-B', expect.stringMatching(/G1A/), expect.stringMatching(/G1A/)]);
    expect(findByName(editor.store, 'sc-mining', 'g1a', 5)).toEqual([]);
    const m3 = findByName(editor.store, 'sc-mining', 'M3', 50);
    expect(m3.length).toBeGreaterThan(0);
    expect(m3.every((f) => editor.store.get(editor.store.get(f.id, 'row')!.hallId, 'hall')!.scenarioId === 'sc-mining')).toBe(true);
  });
});
