import { describe, expect, it } from 'vitest';
import type { HallId, RowId } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import type { Editor } from '../../renderer/editor/editor.ts';
import { createdIds, newEditor } from './fixtures.ts';

// Pipes and feeds that follow the layout (issue 13, point 9).
//
// Busway run ratings at the catalog's 415 V, power factor 0.95 and 80 % continuous loading:
//   √3 × 415 V × 800 A × 0.8 × 0.95 = 436.9 kW; 1,600 A: 873.8 kW; 2,500 A: 1,365.3 kW per run.
// A row of 20 hydro ASIC racks carries 20 × 43.2 = 864 kW: one 1,600 A run (800 A would need 2).
// A row of 20 GB200 NVL72 carries 20 × 132 = 2,640 kW: no busway takes it in one run; 2,500 A needs ⌈2,640 / 1,365.3⌉ = 2.

function hall(ed: Editor, profileId: string) {
  const [h] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
  const hallId = h as HallId;
  const rows = [4, 12].map((y) => createdIds(runAction(ed, 'row.add', { hallId, start: { x: 2, y }, end: { x: 14.1, y } }))[0] as RowId);
  runAction(ed, 'row.fill', { rowIds: rows, profileId });
  return { hallId, rows };
}

const checksOf = (ed: Editor, code: string) => ed.live.current.checks.filter((c) => c.code === code);

describe('pipe runs follow the layout', () => {
  it('the automatic route of a loop follows its CDU when it moves', () => {
    const ed = newEditor();
    const { hallId, rows } = hall(ed, 'gb200-nvl72');
    const [cdu] = createdIds(runAction(ed, 'equipment.place', { hallId, position: { x: 30, y: 20 }, catalogId: 'cdu-row-1250kw' }));
    ed.session.select([cdu!, ...rows]);
    const [loopId] = createdIds(runAction(ed, 'loop.create'));
    const start = () => ed.live.current.placement.routes.find((r) => r.loopId === loopId)!.points[0];
    expect(start()).toEqual({ x: 30.6, y: 20.6 });
    ed.session.select([cdu!]);
    runAction(ed, 'selection.move', { delta: { x: -4, y: 2 } });
    expect(start()).toEqual({ x: 26.6, y: 22.6 });
    expect(checksOf(ed, 'pipe-route-disconnected')).toEqual([]);
  });

  it('flags a drawn run that no longer reaches a row after the row moved, until the loop takes its automatic route again', () => {
    const ed = newEditor();
    const { hallId, rows } = hall(ed, 'gb200-nvl72');
    const [cdu] = createdIds(runAction(ed, 'equipment.place', { hallId, position: { x: 30, y: 20 }, catalogId: 'cdu-row-1250kw' }));
    // From the CDU's centre to the manifold of the first row (its end, at the back: x 14, y 4 + 1.068 m rack depth).
    const route = [{ x: 30.6, y: 20.6 }, { x: 14, y: 20.6 }, { x: 14, y: 5.068 }];
    const [loopId] = createdIds(runAction(ed, 'loop.route', { cduId: cdu!, route, rowIds: [rows[0]!] }));
    expect(checksOf(ed, 'pipe-route-disconnected')).toEqual([]);
    // Within the rear clearance (0.6 m) the run still reaches the row; 2 m further it does not.
    ed.session.select([rows[0]!]);
    runAction(ed, 'selection.move', { delta: { x: -0.5, y: 0 } });
    expect(checksOf(ed, 'pipe-route-disconnected')).toEqual([]);
    runAction(ed, 'selection.move', { delta: { x: -1.5, y: 0 } });
    const [flag] = checksOf(ed, 'pipe-route-disconnected');
    expect(flag?.subject).toEqual({ type: 'coolingLoop', id: loopId });
    expect(flag?.message).toContain('no longer reaches Row 1:');
    expect(runAction(ed, 'loop.autoRoute', { loopIds: [loopId!] }).ok).toBe(true);
    expect(ed.store.get(loopId!, 'coolingLoop')?.route).toEqual([]);
    expect(checksOf(ed, 'pipe-route-disconnected')).toEqual([]);
  });

  it('flags a drawn run whose CDU moved away', () => {
    const ed = newEditor();
    const { hallId, rows } = hall(ed, 'gb200-nvl72');
    const [cdu] = createdIds(runAction(ed, 'equipment.place', { hallId, position: { x: 30, y: 20 }, catalogId: 'cdu-row-1250kw' }));
    runAction(ed, 'loop.route', { cduId: cdu!, route: [{ x: 30.6, y: 20.6 }, { x: 14, y: 20.6 }, { x: 14, y: 5.068 }], rowIds: [rows[0]!] });
    ed.session.select([cdu!]);
    runAction(ed, 'selection.move', { delta: { x: 4, y: 0 } });
    expect(checksOf(ed, 'pipe-route-disconnected')[0]?.message).toContain('no longer reaches CDU-1');
  });
});

describe('the Feed tool', () => {
  it('at 2N splits the selected UPS modules into an A and a B lineup in one step, on a busway rated for the rows', () => {
    const ed = newEditor();
    const { hallId, rows } = hall(ed, 'btc-hydro-asic');
    const ups = [20, 22, 24, 26].map((y) => createdIds(runAction(ed, 'equipment.place', { hallId, position: { x: 20, y }, catalogId: 'ups-1000kw' }))[0]!);
    ed.session.select([...ups, ...rows]);
    const depth = ed.history.depth;
    const feeds = createdIds(runAction(ed, 'feed.create')).map((id) => ed.store.get(id, 'powerFeed')!);
    expect(ed.history.depth).toBe(depth + 1);
    expect(feeds.map((f) => [f.name, f.side, f.upsIds, f.distributionId])).toEqual([
      ['Feed A1', 'A', ups.slice(0, 2), 'busway-1600a'],
      ['Feed B1', 'B', ups.slice(2), 'busway-1600a'],
    ]);
    for (const rowId of rows) expect(ed.store.get(rowId, 'row')).toMatchObject({ feedAId: feeds[0]!.id, feedBId: feeds[1]!.id });
  });

  it('names the 2,500 A busway for 2.64 MW rows, and refuses an odd lineup at 2N with a question', () => {
    const ed = newEditor();
    const { hallId, rows } = hall(ed, 'gb200-nvl72');
    const ups = [18, 20, 22, 24, 26].map((y) => createdIds(runAction(ed, 'equipment.place', { hallId, position: { x: 20, y }, catalogId: 'ups-1000kw' }))[0]!);
    ed.session.select([...ups, ...rows]);
    const odd = runAction(ed, 'feed.create');
    expect(odd.ok).toBe(false);
    expect(!odd.ok && odd.message).toContain('select an even number of UPS modules');
    ed.session.select([...ups.slice(0, 4), ...rows]);
    const [a] = createdIds(runAction(ed, 'feed.create'));
    expect(ed.store.get(a!, 'powerFeed')?.distributionId).toBe('busway-2500a');
    expect(ed.session.state.status?.text).toContain('2 runs per side');
  });

  it('at N makes one A feed; a B feed left over from 2N is flagged and billed not at all', () => {
    const ed = newEditor();
    const { hallId, rows } = hall(ed, 'btc-hydro-asic');
    const ups = [20, 22, 24, 26].map((y) => createdIds(runAction(ed, 'equipment.place', { hallId, position: { x: 20, y }, catalogId: 'ups-1000kw' }))[0]!);
    ed.session.select([...ups, ...rows]);
    const [, b] = createdIds(runAction(ed, 'feed.create'));
    expect(checksOf(ed, 'b-feed-without-2n')).toEqual([]);
    expect(ed.live.current.lines.some((l) => l.group === b)).toBe(true);
    runAction(ed, 'record.update', { id: 'sc-1', patch: { powerRedundancy: 'N' } });
    expect(checksOf(ed, 'b-feed-without-2n').map((c) => c.subject?.id)).toEqual([b]);
    expect(ed.live.current.lines.filter((l) => l.group === b)).toEqual([]);
    ed.session.select([...ups, ...rows]);
    expect(runAction(ed, 'feed.create').ok).toBe(false);
  });
});
