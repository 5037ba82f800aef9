import { describe, expect, it } from 'vitest';
import { ApiError, type PowerhallApi } from '../../shared/contract/index.ts';
import type { DocumentDiff } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import { Persistence } from '../../renderer/editor/persistence.ts';
import { newEditor } from './fixtures.ts';

/** A project service shared with another window: `otherWindowSaves()` moves its revision on, as that window would. */
function sharedProject(start = 3) {
  let revision = start;
  const received: DocumentDiff[] = [];
  const project = {
    applyDiff: async (req: { baseRevision: number; diff: DocumentDiff }) => {
      await Promise.resolve();
      if (req.baseRevision !== revision) throw new ApiError('conflict', `The project changed since revision ${req.baseRevision} (it is now at ${revision}); reload it.`);
      received.push(req.diff);
      revision += 1;
      return { revision };
    },
    info: async () => ({ name: 'p', path: '/p', revision, readOnlyReason: null }),
  } as unknown as PowerhallApi['project'];
  return { project, received, otherWindowSaves: () => (revision += 1) };
}

describe('saving refused because another window writes the project', () => {
  it('a conflict ends saving for this window: refused with the reason, nothing more is sent, retry does nothing', async () => {
    const ed = newEditor();
    const shared = sharedProject();
    const p = new Persistence(ed.store, { project: shared.project }, 3);
    shared.otherWindowSaves();
    runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 });
    await p.whenIdle();
    expect(p.state).toEqual({ kind: 'refused', revision: 3, message: 'The project changed since revision 3 (it is now at 4); reload it.', unsent: true });
    runAction(ed, 'hall.add', { origin: { x: 50, y: 0 }, widthM: 40, depthM: 30 });
    p.retry();
    await p.whenIdle();
    expect(shared.received).toHaveLength(0);
    expect(p.state.kind).toBe('refused');
  });

  it('coming back to the window finds a save made elsewhere before anything is typed', async () => {
    const ed = newEditor();
    const shared = sharedProject();
    const p = new Persistence(ed.store, { project: shared.project }, 3);
    await p.checkWriter();
    expect(p.state).toEqual({ kind: 'saved', revision: 3 });
    runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 });
    await p.whenIdle();
    expect(p.state).toEqual({ kind: 'saved', revision: 4 });
    await p.checkWriter();
    expect(p.state).toEqual({ kind: 'saved', revision: 4 });
    shared.otherWindowSaves();
    await p.checkWriter();
    expect(p.state).toEqual({ kind: 'refused', revision: 4, message: 'another window saved changes to this project (revision 4 → 5)', unsent: false });
  });

  it('an error that may pass (the server away) stays retryable, not refused', async () => {
    const ed = newEditor();
    const project = {
      applyDiff: async () => {
        throw new ApiError('internal', 'disk full');
      },
    } as unknown as PowerhallApi['project'];
    const p = new Persistence(ed.store, { project }, 3);
    runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 });
    await p.whenIdle();
    expect(p.state).toEqual({ kind: 'error', revision: 3, message: 'disk full' });
  });
});
