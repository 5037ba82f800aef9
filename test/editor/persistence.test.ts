import { describe, expect, it } from 'vitest';
import type { PowerhallApi } from '../../shared/contract/index.ts';
import type { DocumentDiff } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import { composeDiffs } from '../../renderer/editor/diff-compose.ts';
import { Persistence } from '../../renderer/editor/persistence.ts';
import { newEditor } from './fixtures.ts';

/** The project service's contract as seen from the renderer: a revision that each accepted diff advances. */
function recordingProject(failAt = -1) {
  const received: { baseRevision: number; diff: DocumentDiff }[] = [];
  let revision = 5;
  const project = {
    applyDiff: async (req: { baseRevision: number; diff: DocumentDiff }) => {
      await Promise.resolve();
      if (received.length === failAt) {
        failAt = -1;
        throw new Error('disk full');
      }
      if (req.baseRevision !== revision) throw new Error('stale revision');
      received.push(req);
      revision += 1;
      return { revision };
    },
  } as unknown as PowerhallApi['project'];
  return { project, received };
}

describe('Persistence', () => {
  it('sends every diff in order against the latest revision, composing those made while a request is in flight', async () => {
    const ed = newEditor();
    const { project, received } = recordingProject();
    const p = new Persistence(ed.store, { project }, 5);
    const diffs: DocumentDiff[] = [];
    ed.store.listen((c) => diffs.push(c.diff));
    runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 });
    runAction(ed, 'hall.add', { origin: { x: 50, y: 0 }, widthM: 40, depthM: 30 });
    runAction(ed, 'record.update', { id: ed.store.all('hall')[0]!.id, patch: { name: 'Hall A' } });
    await p.whenIdle();
    expect(received.map((r) => r.baseRevision)).toEqual([5, 6]);
    expect(composeDiffs(...received.map((r) => r.diff))).toEqual(composeDiffs(...diffs));
    expect(p.state).toEqual({ kind: 'saved', revision: 7 });
  });

  it('on an error keeps the local document and the unsent diff, and retry sends it', async () => {
    const ed = newEditor();
    const { project, received } = recordingProject(0);
    const p = new Persistence(ed.store, { project }, 5);
    runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 });
    await p.whenIdle();
    expect(p.state).toMatchObject({ kind: 'error', message: 'disk full' });
    expect(ed.store.all('hall')).toHaveLength(1);
    runAction(ed, 'hall.add', { origin: { x: 50, y: 0 }, widthM: 40, depthM: 30 });
    p.retry();
    await p.whenIdle();
    expect(received).toHaveLength(1);
    expect(received[0]!.diff.added).toHaveLength(2);
    expect(p.state).toEqual({ kind: 'saved', revision: 6 });
  });
});
