import type { DocRecord, DocumentDiff, ProjectDocument, RackRecord, RowRecord } from '../../shared/model/index.ts';

/** A small deterministic generator (mulberry32), so a failing kill round can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T | undefined {
  return list.length === 0 ? undefined : list[Math.floor(random() * list.length)];
}

function freeSlots(doc: ProjectDocument, row: RowRecord): number[] {
  const taken = new Set(doc.racks.filter((r) => r.rowId === row.id).map((r) => r.slot));
  return Array.from({ length: row.slotCount }, (_, i) => i).filter((s) => !taken.has(s));
}

/** One random, valid editor transaction: single-record edits and multi-record ones that must land whole. */
export function randomDiff(doc: ProjectDocument, random: () => number, serial: number): DocumentDiff {
  const kind = Math.floor(random() * 6);
  const row = pick(random, doc.rows)!;
  const rack = pick(random, doc.racks);
  const slot = pick(random, freeSlots(doc, row));
  if (kind === 0 && rack && slot !== undefined) {
    return { added: [], updated: [[rack, { ...rack, rowId: row.id, slot }]], removed: [] };
  }
  if (kind === 1 && slot !== undefined) {
    const added: RackRecord = { type: 'rack', id: `rack-k${serial}` as RackRecord['id'], rowId: row.id, slot, profileId: 'air-40', label: `K${serial}`, itKwOverride: null };
    return { added: [added], updated: [], removed: [] };
  }
  if (kind === 2 && rack) return { added: [], updated: [], removed: [rack] };
  if (kind === 3) {
    // A new row with three racks, and a relabel of every rack in another row: all or nothing.
    const newRow: RowRecord = { ...row, id: `row-k${serial}` as RowRecord['id'], name: `Row K${serial}`, slotCount: 6 };
    const racks: RackRecord[] = [0, 1, 2].map((s) => ({
      type: 'rack',
      id: `rack-k${serial}-${s}` as RackRecord['id'],
      rowId: newRow.id,
      slot: s,
      profileId: 'gb200-nvl72',
      label: `K${serial}.${s}`,
      itKwOverride: s === 0 ? 99.5 : null,
    }));
    const relabel = doc.racks.filter((r) => r.rowId === row.id).map((r): [DocRecord, DocRecord] => [r, { ...r, label: `L${serial}` }]);
    return { added: [newRow, ...racks], updated: relabel, removed: [] };
  }
  if (kind === 4) {
    const empty = doc.rows.filter((r) => doc.rows.length > 2 && !doc.racks.some((k) => k.rowId === r.id));
    const victim = pick(random, empty);
    if (victim) return { added: [], updated: [], removed: [victim] };
  }
  return { added: [], updated: [[doc.site, { ...doc.site, powerPriceUsdPerKwh: Math.round(random() * 1000) / 10000 }]], removed: [] };
}

/** The document after `diff`, as the store would hold it. */
export function applyToDocument(doc: ProjectDocument, diff: DocumentDiff): ProjectDocument {
  const removed = new Set(diff.removed.map((r) => `${r.type}:${r.id}`));
  const updated = new Map(diff.updated.map(([, after]) => [`${after.type}:${after.id}`, after]));
  const step = <T extends DocRecord>(list: readonly T[], type: T['type']): T[] => [
    ...list.filter((r) => !removed.has(`${type}:${r.id}`)).map((r) => (updated.get(`${type}:${r.id}`) as T | undefined) ?? r),
    ...(diff.added.filter((r) => r.type === type) as T[]),
  ];
  const site = updated.get(`site:${doc.site.id}`);
  return {
    ...doc,
    site: site && site.type === 'site' ? site : doc.site,
    scenarios: step(doc.scenarios, 'scenario').sort((a, b) => a.order - b.order),
    halls: step(doc.halls, 'hall'),
    rows: step(doc.rows, 'row'),
    racks: step(doc.racks, 'rack'),
    equipment: step(doc.equipment, 'equipment'),
    coolingLoops: step(doc.coolingLoops, 'coolingLoop'),
    powerFeeds: step(doc.powerFeeds, 'powerFeed'),
  };
}
