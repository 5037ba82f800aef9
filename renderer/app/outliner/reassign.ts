import type { DocumentStore } from '../../editor/store.ts';

export type ReassignChange =
  | { readonly ok: true; readonly patch: Readonly<Record<string, string>>; readonly label: string }
  | { readonly ok: false; readonly message: string };

/**
 * What dropping a row on a loop or a feed changes: the row's cooling loop, or its A or B feed by the feed's side.
 * Loops and feeds serve the rows of their own hall only.
 */
export function reassignPatch(store: DocumentStore, rowId: string, targetId: string): ReassignChange {
  const row = store.get(rowId, 'row');
  if (!row) return { ok: false, message: 'The row no longer exists.' };
  const loop = store.get(targetId, 'coolingLoop');
  const feed = loop ? undefined : store.get(targetId, 'powerFeed');
  const group = loop ?? feed;
  if (!group) return { ok: false, message: 'Drop a row on a cooling loop or a power feed.' };
  if (group.hallId !== row.hallId) return { ok: false, message: `${group.name} serves another hall: ${row.name} can take a loop or feed of its own hall only.` };
  if (loop) return { ok: true, patch: { coolingLoopId: loop.id }, label: 'Cooling loop' };
  return feed!.side === 'A' ? { ok: true, patch: { feedAId: feed!.id }, label: 'Feed A' } : { ok: true, patch: { feedBId: feed!.id }, label: 'Feed B' };
}
