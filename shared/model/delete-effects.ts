import type { DocRecord } from './records.ts';
import type { RecordSource } from './record-source.ts';
import { RELATIONS, referencedIds } from './relations.ts';

export interface DeleteEffects {
  /** The records asked for and everything that cascades from them (a hall's rows, a row's racks, ...). */
  readonly removed: ReadonlySet<string>;
  /** Records that stay, with their references to removed records cleared (set to null, or dropped from a list). */
  readonly updated: readonly DocRecord[];
}

/** What deleting `ids` does to a document, as the relations table declares it. */
export function deleteEffects(source: RecordSource, ids: Iterable<string>): DeleteEffects {
  const removed = new Set<string>();
  const queue: string[] = [];
  const take = (id: string) => {
    if (removed.has(id) || !source.get(id)) return;
    removed.add(id);
    queue.push(id);
  };
  for (const id of ids) take(id);
  const cascades = RELATIONS.filter((r) => r.onDelete === 'cascade');
  while (queue.length > 0) {
    const gone = source.get(queue.pop()!)!;
    for (const r of cascades) {
      if (r.to !== gone.type) continue;
      // Parent relations are indexed by the source; the others are found by scanning their record type.
      const candidates = r.parent ? source.childrenOf(gone.id, r.from) : source.all(r.from);
      for (const c of candidates) if (referencedIds(c, r).includes(gone.id)) take(c.id);
    }
  }
  const updated = new Map<string, DocRecord>();
  for (const r of RELATIONS) {
    if (r.onDelete === 'cascade') continue;
    for (const record of source.all(r.from)) {
      if (removed.has(record.id)) continue;
      const current = (updated.get(record.id) ?? record) as unknown as Record<string, unknown>;
      const refs = referencedIds(current as unknown as DocRecord, r);
      if (!refs.some((id) => removed.has(id))) continue;
      if (r.optional && !r.many) {
        const { [r.field]: _cleared, ...rest } = current;
        updated.set(record.id, rest as unknown as DocRecord);
        continue;
      }
      const value = r.many ? refs.filter((id) => !removed.has(id)) : null;
      updated.set(record.id, { ...current, [r.field]: value } as unknown as DocRecord);
    }
  }
  return { removed, updated: [...updated.values()] };
}
