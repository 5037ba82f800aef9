import type { RecordSource } from '../../../shared/model/index.ts';

/**
 * The records a drawing may show for a selection: each selected record, and for a row (or a rack, through its row)
 * the feeds and loop that serve it, so selecting a row in 3D lights its A and B feeds and its loop on the drawings.
 */
export function drawnIds(selection: ReadonlySet<string>, source: RecordSource): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const id of selection) {
    ids.add(id);
    const record = source.get(id);
    const row = record?.type === 'rack' ? source.get(record.rowId, 'row') : record?.type === 'row' ? record : undefined;
    if (!row) continue;
    for (const served of [row.feedAId, row.feedBId, row.coolingLoopId]) if (served) ids.add(served);
  }
  return ids;
}
