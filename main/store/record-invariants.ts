import type { ApiIssue } from '../../shared/contract/envelope.ts';
import { documentRecords, documentSource, type DocRecord, type DocumentDiff, type ProjectDocument } from '../../shared/model/index.ts';
import { crossRecordIssues, type RecordLookup } from '../../shared/model/scenario-invariants.ts';
import { loadCatalog } from '../catalog/load-catalog.ts';

let kinds: ReadonlyMap<string, string> | null = null;

/** The kind of a catalog item of the bundled catalog, read once per process. */
function kindOf(catalogId: string): string | undefined {
  kinds ??= new Map(loadCatalog().equipment.map((e) => [e.id, e.kind]));
  return kinds.get(catalogId);
}

/** What the editor keeps and a record's schema cannot: within-scenario references and equipment kinds, for a diff's written records. */
export function diffInvariantIssues(lookup: RecordLookup, diff: DocumentDiff): ApiIssue[] {
  const paths = new Map<string, string>();
  diff.updated.forEach(([, after], i) => paths.set(after.id, `updated.${i}.1`));
  diff.added.forEach((r, i) => paths.set(r.id, `added.${i}`));
  const written: DocRecord[] = [...diff.updated.map(([, after]) => after), ...diff.added];
  return crossRecordIssues(lookup, written, kindOf).map((i) => ({ path: paths.get(i.id) ?? i.id, message: i.message }));
}

/** The same for a whole document at open, and that it has a scenario at all. */
export function documentInvariantIssues(doc: ProjectDocument): ApiIssue[] {
  const issues: ApiIssue[] = doc.scenarios.length === 0 ? [{ path: 'scenarios', message: 'a project needs at least one scenario' }] : [];
  for (const i of crossRecordIssues(documentSource(doc), documentRecords(doc), kindOf)) issues.push({ path: i.id, message: i.message });
  return issues;
}
