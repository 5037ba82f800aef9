import type { DocumentStore } from '../../editor/store.ts';

export interface FoundRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: 'hall' | 'row' | 'rack' | 'loop' | 'feed' | 'equipment';
}

/** The open scenario's records whose name (a rack's label) contains `query`, any case: halls, rows, loops, feeds, equipment, then racks. */
export function findByName(store: DocumentStore, scenarioId: string, query: string, limit: number): FoundRecord[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const out: FoundRecord[] = [];
  const add = (id: string, name: string, kind: FoundRecord['kind']) => {
    if (out.length < limit && name.toLowerCase().includes(q)) out.push({ id, name, kind });
  };
  const halls = store.all('hall').filter((h) => h.scenarioId === scenarioId);
  for (const h of halls) add(h.id, h.name, 'hall');
  for (const h of halls) for (const r of store.childrenOf(h.id, 'row')) add(r.id, r.name, 'row');
  for (const h of halls) for (const l of store.childrenOf(h.id, 'coolingLoop')) add(l.id, l.name, 'loop');
  for (const h of halls) for (const f of store.childrenOf(h.id, 'powerFeed')) add(f.id, f.name, 'feed');
  for (const e of store.all('equipment')) if (e.scenarioId === scenarioId) add(e.id, e.name, 'equipment');
  for (const h of halls) for (const r of store.childrenOf(h.id, 'row')) for (const k of store.childrenOf(r.id, 'rack')) if (k.label) add(k.id, k.label, 'rack');
  return out;
}
