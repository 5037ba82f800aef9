import { RECORD_TYPES, type DocRecord, type DocumentDiff } from '../../shared/model/index.ts';

interface Change {
  before: DocRecord | undefined;
  after: DocRecord | undefined;
}

const typeOrder = new Map<string, number>(RECORD_TYPES.map((t, i) => [t, i]));
const rank = (r: DocRecord): number => typeOrder.get(r.type) ?? 0;

/**
 * Builds a diff from per-record before/after pairs. Additions are ordered parents first and removals
 * children first, so that whoever applies the diff in order never sees a dangling reference.
 */
export function diffFromChanges(changes: Iterable<Change>): DocumentDiff {
  const added: DocRecord[] = [];
  const removed: DocRecord[] = [];
  const updated: (readonly [DocRecord, DocRecord])[] = [];
  for (const { before, after } of changes) {
    if (before === after) continue;
    if (!before && after) added.push(after);
    else if (before && !after) removed.push(before);
    else if (before && after) updated.push([before, after] as const);
  }
  added.sort((a, b) => rank(a) - rank(b));
  removed.sort((a, b) => rank(b) - rank(a));
  return { added, updated, removed };
}

function changesOf(diff: DocumentDiff, into: Map<string, Change>): void {
  const note = (id: string, before: DocRecord | undefined, after: DocRecord | undefined): void => {
    const existing = into.get(id);
    if (existing) existing.after = after;
    else into.set(id, { before, after });
  };
  for (const r of diff.removed) note(r.id, r, undefined);
  for (const r of diff.added) note(r.id, undefined, r);
  for (const [before, after] of diff.updated) note(before.id, before, after);
}

/** The single diff with the effect of applying `diffs` one after the other. */
export function composeDiffs(...diffs: DocumentDiff[]): DocumentDiff {
  const changes = new Map<string, Change>();
  for (const d of diffs) changesOf(d, changes);
  return diffFromChanges(changes.values());
}
