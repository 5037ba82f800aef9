import { describe, expect, it } from 'vitest';
import type { HallId, Point, RowId } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import type { Editor } from '../../renderer/editor/editor.ts';
import { loopRoute, routeLength } from '../../shared/geometry/pipe-route.ts';
import { createdIds, newEditor } from './fixtures.ts';

// The hall stands away from the site origin, so hall and site coordinates differ by (100, 50).
const ORIGIN = { x: 100, y: 50 };
const site = (p: Point): Point => ({ x: p.x + ORIGIN.x, y: p.y + ORIGIN.y });

function layout(ed: Editor) {
  const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: ORIGIN, widthM: 40, depthM: 30 }));
  const hall = hallId as HallId;
  const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: hall, start: { x: 2, y: 4 }, end: { x: 14.1, y: 4 } }));
  const [row2] = createdIds(runAction(ed, 'row.add', { hallId: hall, start: { x: 2, y: 10 }, end: { x: 14.1, y: 10 } }));
  // A 1.2 m CDU at (30, 20): its pipe starts at its centre (30.6, 20.6); the rows' manifolds are at (14, 5.2) and (14, 11.2).
  const [cdu] = createdIds(runAction(ed, 'equipment.place', { hallId: hall, position: { x: 30, y: 20 }, catalogId: 'cdu-row-1250kw' }));
  ed.session.select([]);
  return { hallId: hall, rowId: rowId as RowId, row2: row2 as RowId, cdu: cdu! };
}

/** A click of the pipe tool at a hall point, on a record or on bare floor. */
function click(ed: Editor, p: Point, hitId: string | null = null, shift = false): void {
  const pointer = { site: site(p), hitId, shift, mod: false };
  ed.tools.hover(pointer);
  ed.tools.down(pointer);
  ed.tools.up(pointer);
}

describe('pipe tool', () => {
  it('draws a run from a CDU to a row: orthogonal, on the grid, one undo step creating the loop', () => {
    const ed = newEditor();
    const { hallId, rowId, cdu } = layout(ed);
    const before = ed.store.toDocument();
    const depth = ed.history.depth;
    expect(runAction(ed, 'tool.pipe').ok).toBe(true);
    click(ed, { x: 30.5, y: 20.4 }, cdu);
    expect(ed.session.state.pipeDraft?.points).toEqual([site({ x: 30.6, y: 20.6 })]);
    // A bend clicked off the axis keeps the run horizontal and lands on the half-metre grid.
    click(ed, { x: 20.2, y: 20.9 });
    expect(ed.session.state.pipeDraft?.points.at(-1)).toEqual(site({ x: 20, y: 20.6 }));
    expect(ed.store.toDocument()).toEqual(before);
    click(ed, { x: 8, y: 4.6 }, rowId);

    const loop = ed.store.childrenOf(hallId, 'coolingLoop')[0]!;
    // The straight stretch to the elbow above the manifold is one segment; the run ends at the manifold.
    expect(loop.route).toEqual([{ x: 30.6, y: 20.6 }, { x: 14, y: 20.6 }, { x: 14, y: 5.2 }]);
    expect(loop.cduIds).toEqual([cdu]);
    expect(ed.store.get(rowId, 'row')?.coolingLoopId).toBe(loop.id);
    expect(routeLength(loop.route)).toBeCloseTo(16.6 + 15.4, 9);
    expect(loopRoute(ed.store, ed.catalog, loop).automatic).toBe(false);
    expect(ed.session.state.pipeDraft).toBeNull();
    expect(ed.session.state.selection).toEqual(new Set([loop.id]));

    // The second click of a double-click on the row neither starts another run nor complains.
    const status = ed.session.state.status;
    click(ed, { x: 8, y: 4.6 }, rowId);
    expect(ed.session.state.pipeDraft).toBeNull();
    expect(ed.session.state.status).toBe(status);
    expect(ed.tools.finish()).toBe(false);

    expect(ed.history.depth).toBe(depth + 1);
    const after = ed.store.toDocument();
    runAction(ed, 'history.undo');
    expect(ed.store.toDocument()).toEqual(before);
    runAction(ed, 'history.redo');
    expect(ed.store.toDocument()).toEqual(after);
  });

  it('re-routes the loop a CDU already has, finishing with Enter; Shift+click on a row goes on to the next', () => {
    const ed = newEditor();
    const { hallId, rowId, row2, cdu } = layout(ed);
    ed.session.select([cdu, rowId]);
    const [loopId] = createdIds(runAction(ed, 'loop.create'));
    const automatic = ed.store.get(loopId!, 'coolingLoop')!.route;
    const before = ed.store.toDocument();
    runAction(ed, 'tool.pipe');
    click(ed, { x: 30.6, y: 20.6 }, cdu);
    click(ed, { x: 30.7, y: 11.1 });
    click(ed, { x: 5, y: 11.5 }, row2, true);
    click(ed, { x: 14.3, y: 7.9 });
    expect(ed.tools.finish()).toBe(true);

    expect(ed.store.childrenOf(hallId, 'coolingLoop')).toHaveLength(1);
    const loop = ed.store.get(loopId!, 'coolingLoop')!;
    // To the manifold across, then along, with the elbow where the two runs meet; then on along the manifold end.
    expect(loop.route).toEqual([{ x: 30.6, y: 20.6 }, { x: 30.6, y: 11 }, { x: 14, y: 11 }, { x: 14, y: 11.2 }, { x: 14, y: 8 }]);
    expect(loop.route).not.toEqual(automatic);
    // The row it served stays on it; the row the run reached joins it.
    expect(ed.store.get(rowId, 'row')?.coolingLoopId).toBe(loopId);
    expect(ed.store.get(row2, 'row')?.coolingLoopId).toBe(loopId);
    runAction(ed, 'history.undo');
    expect(ed.store.toDocument()).toEqual(before);
    expect(ed.tools.finish()).toBe(false);
  });

  it('Escape abandons the run: nothing changes and nothing enters the history', () => {
    const ed = newEditor();
    const { cdu } = layout(ed);
    const before = ed.store.toDocument();
    const depth = ed.history.depth;
    runAction(ed, 'tool.pipe');
    click(ed, { x: 30.6, y: 20.6 }, cdu);
    click(ed, { x: 20, y: 20.6 });
    expect(ed.session.state.pipeDraft?.points).toHaveLength(2);
    expect(ed.tools.cancel()).toBe(true);
    expect(ed.session.state.pipeDraft).toBeNull();
    expect(ed.tools.cancel()).toBe(false);
    expect(ed.tools.finish()).toBe(false);
    expect(ed.store.toDocument()).toEqual(before);
    expect(ed.history.depth).toBe(depth);
  });

  it('starts only on a CDU, keeps bends inside the hall, and drops a half-drawn run when another tool is picked', () => {
    const ed = newEditor();
    const { rowId, cdu } = layout(ed);
    const before = ed.store.toDocument();
    runAction(ed, 'tool.pipe');
    click(ed, { x: 8, y: 4.6 }, rowId);
    expect(ed.session.state.pipeDraft).toBeNull();
    expect(ed.session.state.status).toEqual({ kind: 'error', text: 'Draw pipe: start on a CDU inside a hall' });
    click(ed, { x: 30.6, y: 20.6 }, cdu);
    click(ed, { x: 55, y: 20.6 });
    expect(ed.session.state.status?.text).toMatch(/inside Hall 1/);
    expect(ed.session.state.pipeDraft?.points).toHaveLength(1);
    click(ed, { x: 30.6, y: 25 });
    runAction(ed, 'tool.select');
    expect(ed.session.state.pipeDraft).toBeNull();
    runAction(ed, 'tool.pipe');
    expect(ed.tools.finish()).toBe(false);
    expect(ed.store.toDocument()).toEqual(before);
  });

  it('loop.route refuses a diagonal segment or a run that does not start at the CDU', () => {
    const ed = newEditor();
    const { rowId, cdu } = layout(ed);
    const before = ed.store.toDocument();
    const diagonal = runAction(ed, 'loop.route', { cduId: cdu, route: [{ x: 30.6, y: 20.6 }, { x: 14, y: 5.2 }], rowIds: [rowId] });
    expect(diagonal).toEqual({ ok: false, message: 'pipe runs go horizontally and vertically only' });
    const elsewhere = runAction(ed, 'loop.route', { cduId: cdu, route: [{ x: 20, y: 20.6 }, { x: 14, y: 20.6 }], rowIds: [] });
    expect(elsewhere.ok).toBe(false);
    expect(runAction(ed, 'loop.route', { cduId: rowId, route: [{ x: 1, y: 1 }, { x: 2, y: 1 }], rowIds: [] }).ok).toBe(false);
    expect(ed.store.toDocument()).toEqual(before);
  });

  it('a loop without a stored run is drawn along the automatic one, from its CDU to its rows\' manifolds', () => {
    const ed = newEditor();
    const { rowId, row2, cdu } = layout(ed);
    ed.session.select([cdu, rowId, row2]);
    const [loopId] = createdIds(runAction(ed, 'loop.create'));
    runAction(ed, 'record.update', { id: loopId!, patch: { route: [] } });
    const loop = ed.store.get(loopId!, 'coolingLoop')!;
    expect(loopRoute(ed.store, ed.catalog, loop)).toEqual({
      automatic: true,
      points: [{ x: 30.6, y: 20.6 }, { x: 14, y: 20.6 }, { x: 14, y: 11.2 }, { x: 14, y: 5.2 }],
    });
    runAction(ed, 'record.update', { id: loopId!, patch: { route: [{ x: 30.6, y: 20.6 }, { x: 30.6, y: 5.2 }] } });
    expect(loopRoute(ed.store, ed.catalog, ed.store.get(loopId!, 'coolingLoop')!)).toEqual({ automatic: false, points: [{ x: 30.6, y: 20.6 }, { x: 30.6, y: 5.2 }] });
  });
});
