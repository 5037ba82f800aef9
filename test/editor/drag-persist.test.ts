import { describe, expect, it } from 'vitest';
import type { PowerhallApi } from '../../shared/contract/index.ts';
import type { DocumentDiff, HallId, Point } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import type { Editor } from '../../renderer/editor/editor.ts';
import { Persistence } from '../../renderer/editor/persistence.ts';
import { createdIds, newEditor } from './fixtures.ts';

/** The project service as the renderer sees it: every accepted diff recorded, the revision advanced. */
function recordingProject() {
  const received: DocumentDiff[] = [];
  let revision = 1;
  const project = {
    applyDiff: async (req: { baseRevision: number; diff: DocumentDiff }) => {
      await Promise.resolve();
      if (req.baseRevision !== revision) throw new Error('stale revision');
      received.push(req.diff);
      revision += 1;
      return { revision };
    },
  } as unknown as PowerhallApi['project'];
  return { project, received };
}

/** A 40 × 30 m hall with one 12-slot row at (2, 4), already saved; the select tool active. */
async function savedRow(): Promise<{ ed: Editor; p: Persistence; received: DocumentDiff[]; rowId: string }> {
  const ed = newEditor();
  const { project, received } = recordingProject();
  const p = new Persistence(ed.store, { project }, 1, ed.history);
  const [h] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
  const [rowId] = createdIds(runAction(ed, 'row.add', { hallId: h as HallId, start: { x: 2, y: 4 }, end: { x: 9.2, y: 4 } }));
  runAction(ed, 'tool.select');
  await p.whenIdle();
  received.length = 0;
  return { ed, p, received, rowId: rowId! };
}

const at = (site: Point, hitId: string | null) => ({ site, hitId, shift: false, mod: false });

describe('a drag is one persisted change and one undo step', () => {
  it('the live document follows every move; the file gets one diff, at the end, with the final position', async () => {
    const { ed, p, received, rowId } = await savedRow();
    const depth = ed.history.depth;
    ed.tools.down(at({ x: 5, y: 4.5 }, rowId));
    const seen: number[] = [];
    for (let i = 1; i <= 8; i += 1) {
      ed.tools.move(at({ x: 5 + i, y: 4.5 }, rowId));
      seen.push(ed.store.get(rowId, 'row')!.origin.x);
      await Promise.resolve();
    }
    // The view moved with the pointer while nothing went to the file.
    expect(new Set(seen).size).toBeGreaterThan(1);
    expect(received).toHaveLength(0);
    ed.tools.up(at({ x: 13, y: 4.5 }, rowId));
    await p.whenIdle();
    expect(received).toHaveLength(1);
    expect(received[0]!.updated).toHaveLength(1);
    const [before, after] = received[0]!.updated[0]!;
    if (before.type !== 'row' || after.type !== 'row') throw new Error('the drag should have moved the row');
    expect(before.origin).toEqual({ x: 2, y: 4 });
    expect(after.origin).toEqual(ed.store.get(rowId, 'row')!.origin);
    expect(after.origin.x).toBeCloseTo(10, 6);
    expect(ed.history.depth).toBe(depth + 1);
  });

  it('a cancelled drag (Escape) sends nothing', async () => {
    const { ed, p, received, rowId } = await savedRow();
    ed.tools.down(at({ x: 5, y: 4.5 }, rowId));
    ed.tools.move(at({ x: 9, y: 4.5 }, rowId));
    ed.tools.cancel();
    await p.whenIdle();
    expect(received).toEqual([]);
    expect(ed.store.get(rowId, 'row')!.origin).toEqual({ x: 2, y: 4 });
  });
});
