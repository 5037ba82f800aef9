import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();

/**
 * The editor puts a record whose removal is undone back at its place in its list; the file must keep that order too,
 * or the project reopens with the record last. The sample lists two approvals, appr-1 then appr-2: remove appr-1, put
 * it back (the undo's diff adds the same record), and it is first again, in the open project and after reopening.
 */
describe('a removed record put back keeps its place in the file', () => {
  it('lists an approval removed and put back where it stood, open and reopened', () => {
    const path = tmp.file('order.powerhall');
    const project = ProjectService.create(path, sampleDocument());
    const before = project.load();
    expect(before.approvals.map((a) => a.id)).toEqual(['appr-1', 'appr-2']);
    const first = before.approvals[0]!;
    let revision = project.info().revision;
    revision = project.applyDiff(revision, { added: [], updated: [], removed: [first] }).revision;
    expect(project.load().approvals.map((a) => a.id)).toEqual(['appr-2']);
    project.applyDiff(revision, { added: [first], updated: [], removed: [] });
    expect(project.load().approvals.map((a) => a.id)).toEqual(['appr-1', 'appr-2']);
    project.close();
    const reopened = ProjectService.open(path);
    expect(reopened.load().approvals.map((a) => a.id)).toEqual(['appr-1', 'appr-2']);
    reopened.close();
  });

  it('puts a record added anew, or put back after its row was given to another, at the end', () => {
    const path = tmp.file('order-new.powerhall');
    const project = ProjectService.create(path, sampleDocument());
    const [first, second] = project.load().approvals as [never, never];
    let revision = project.info().revision;
    // appr-2 holds the last row: removed, then another approval takes the next row, then appr-2 comes back.
    revision = project.applyDiff(revision, { added: [], updated: [], removed: [second] }).revision;
    const third = { ...(second as object), id: 'appr-3', name: 'Water use permit' } as never;
    revision = project.applyDiff(revision, { added: [third], updated: [], removed: [] }).revision;
    project.applyDiff(revision, { added: [second], updated: [], removed: [] });
    expect(project.load().approvals.map((a) => a.id)).toEqual([(first as { id: string }).id, 'appr-3', 'appr-2']);
    project.close();
  });
});
