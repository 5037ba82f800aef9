import { describe, expect, it } from 'vitest';
import type { DocumentDiff, HallId, HallRecord, ScenarioId } from '../../shared/model/index.ts';
import { composeDiffs } from '../../renderer/editor/diff-compose.ts';
import { DocumentStore, type StoreChange } from '../../renderer/editor/store.ts';
import { document } from './fixtures.ts';

const hall = (id: string, x = 0): HallRecord => ({
  type: 'hall',
  id: id as HallId,
  scenarioId: 'sc-1' as ScenarioId,
  name: id,
  kind: 'new-build',
  origin: { x, y: 0 },
  rotation: 0,
  widthM: 30,
  depthM: 20,
  ceilingHeightM: 6,
  floorLoadKgPerM2: 1500,
});

describe('DocumentStore', () => {
  it('emits exactly one diff per outermost transaction, including nested ones', () => {
    const store = new DocumentStore(document);
    const changes: StoreChange[] = [];
    store.listen((c) => changes.push(c));
    store.transact((tx) => {
      tx.put(hall('h1'));
      store.transact((inner) => inner.put(hall('h2', 40)));
      tx.update('h1', { name: 'Renamed' });
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]!.diff.added.map((r) => r.id).sort()).toEqual(['h1', 'h2']);
    expect(changes[0]!.diff.updated).toHaveLength(0);
    expect(store.get('h1', 'hall')?.name).toBe('Renamed');
  });

  it('keeps the identity of unchanged records and skips no-op updates', () => {
    const store = new DocumentStore(document);
    store.transact((tx) => tx.put(hall('h1')));
    const before = store.get('h1');
    const changes: StoreChange[] = [];
    store.listen((c) => changes.push(c));
    store.transact((tx) => tx.update('h1', { name: 'h1' }));
    expect(store.get('h1')).toBe(before);
    expect(changes).toHaveLength(0);
    expect(store.get('site-1')).toBe(document.site);
  });

  it('rolls back every write of a transaction that throws', () => {
    const store = new DocumentStore(document);
    const changes: StoreChange[] = [];
    store.listen((c) => changes.push(c));
    expect(() =>
      store.transact((tx) => {
        tx.put(hall('h1'));
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(store.has('h1')).toBe(false);
    expect(changes).toHaveLength(0);
  });

  it('indexes children by parent and round-trips to a document', () => {
    const store = new DocumentStore(document);
    store.transact((tx) => tx.put(hall('h1')));
    expect(store.childrenOf('sc-1', 'hall').map((h) => h.id)).toEqual(['h1']);
    expect(store.toDocument().halls).toEqual([hall('h1')]);
  });
});

describe('composeDiffs', () => {
  it('cancels an add followed by a remove and keeps the first before of an update chain', () => {
    const a = hall('h1');
    const b = { ...a, name: 'b' };
    const c = { ...a, name: 'c' };
    const d1: DocumentDiff = { added: [], updated: [[a, b]], removed: [] };
    const d2: DocumentDiff = { added: [], updated: [[b, c]], removed: [] };
    expect(composeDiffs(d1, d2).updated).toEqual([[a, c]]);
    const add: DocumentDiff = { added: [a], updated: [], removed: [] };
    const rm: DocumentDiff = { added: [], updated: [], removed: [a] };
    expect(composeDiffs(add, rm)).toEqual({ added: [], updated: [], removed: [] });
  });
});
