import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import type { ApprovalRecord, ProjectDocument } from '../../shared/model/index.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const approvalIds = (doc: ProjectDocument) => (doc.approvals ?? []).map((a) => a.id);

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
    expect(approvalIds(before)).toEqual(['appr-1', 'appr-2']);
    const first = before.approvals![0]!;
    let revision = project.info().revision;
    revision = project.applyDiff(revision, { added: [], updated: [], removed: [first] }).revision;
    expect(approvalIds(project.load())).toEqual(['appr-2']);
    project.applyDiff(revision, { added: [first], updated: [], removed: [] });
    expect(approvalIds(project.load())).toEqual(['appr-1', 'appr-2']);
    project.close();
    const reopened = ProjectService.open(path);
    expect(approvalIds(reopened.load())).toEqual(['appr-1', 'appr-2']);
    reopened.close();
  });

  it('puts a record put back after its row was given to another at the end', () => {
    const path = tmp.file('order-new.powerhall');
    const project = ProjectService.create(path, sampleDocument());
    const second = project.load().approvals![1]!;
    let revision = project.info().revision;
    // appr-2 holds the last row: removed, then another approval takes the next row, then appr-2 comes back.
    revision = project.applyDiff(revision, { added: [], updated: [], removed: [second] }).revision;
    const third: ApprovalRecord = { ...second, id: 'appr-3' as ApprovalRecord['id'], name: 'Water use permit' };
    revision = project.applyDiff(revision, { added: [third], updated: [], removed: [] }).revision;
    project.applyDiff(revision, { added: [second], updated: [], removed: [] });
    expect(approvalIds(project.load())).toEqual(['appr-1', 'appr-3', 'appr-2']);
    project.close();
  });
});
