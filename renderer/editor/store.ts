import {
  documentRecords,
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  isEmptyDiff,
  parentIdOf,
  TYPE_LISTS,
  type DocRecord,
  type DocRecordType,
  type DocumentDiff,
  type ProjectDocument,
  type RecordOfType,
} from '../../shared/model/index.ts';
import type { RecordSource } from '../../shared/model/index.ts';
import { diffFromChanges } from './diff-compose.ts';

/** Why a change happened: history and persistence treat each origin differently. */
export type ChangeOrigin = 'user' | 'undo' | 'redo' | 'cancel' | 'load';

export interface StoreChange {
  readonly diff: DocumentDiff;
  readonly origin: ChangeOrigin;
  /** Consecutive user changes with the same key coalesce into one undo step (typing in a field). */
  readonly coalesceKey: string | null;
}

export interface TransactOptions {
  readonly origin?: ChangeOrigin;
  readonly coalesceKey?: string;
}

export type StoreListener = (change: StoreChange) => void;

/**
 * The document: a map of immutable records. Writes happen only inside `transact`; each outermost
 * transaction emits exactly one diff. An unchanged record keeps its object identity.
 */
export class DocumentStore implements RecordSource {
  private readonly records = new Map<string, DocRecord>();
  private readonly byType = new Map<DocRecordType, Map<string, DocRecord>>();
  private readonly typeArrays = new Map<DocRecordType, readonly DocRecord[]>();
  private readonly children = new Map<string, Set<string>>();
  private readonly listeners = new Set<StoreListener>();
  /**
   * Each id's place in its type's list, given when it is first written and kept after a removal, so that a
   * record put back (undo, redo, a rolled-back transaction) returns between the same neighbours, not at the end.
   */
  private readonly place = new Map<string, number>();
  private nextPlace = 0;
  /** Records that came back in this transaction, by type and by parent: their lists are put in order when it ends. */
  private readonly returned = new Map<DocRecordType, Set<string>>();
  private readonly returnedToParent = new Map<string, Set<string>>();
  private touched: Map<string, DocRecord | undefined> | null = null;
  private depth = 0;
  private documentCache: ProjectDocument | null = null;
  /** Increases with every emitted change; lets views cache derived data. */
  version = 0;

  constructor(doc?: ProjectDocument) {
    if (doc) for (const r of documentRecords(doc)) this.write(r.id, r);
  }

  get<T extends DocRecordType = DocRecordType>(id: string, type?: T): RecordOfType<T> | undefined {
    const r = this.records.get(id);
    if (!r || (type && r.type !== type)) return undefined;
    return r as RecordOfType<T>;
  }

  has(id: string): boolean {
    return this.records.has(id);
  }

  /** All records of one type; the array is cached until a record of that type changes. */
  all<T extends DocRecordType>(type: T): readonly RecordOfType<T>[] {
    let arr = this.typeArrays.get(type);
    if (!arr) {
      arr = [...(this.byType.get(type)?.values() ?? [])];
      this.typeArrays.set(type, arr);
    }
    return arr as readonly RecordOfType<T>[];
  }

  /** Records whose parent (hall of a row, row of a rack, ...) is `parentId`. */
  childrenOf<T extends DocRecordType>(parentId: string, type: T): RecordOfType<T>[] {
    const out: RecordOfType<T>[] = [];
    for (const id of this.children.get(parentId) ?? []) {
      const r = this.records.get(id);
      if (r && r.type === type) out.push(r as RecordOfType<T>);
    }
    return out;
  }

  get size(): number {
    return this.records.size;
  }

  listen(fn: StoreListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Runs `fn`; writes inside it (and nested transactions) become one diff. A throw rolls everything back. */
  transact<R>(fn: (tx: Transaction) => R, options: TransactOptions = {}): R {
    if (this.depth > 0) return fn(this.tx);
    this.depth = 1;
    this.touched = new Map();
    let result: R;
    try {
      result = fn(this.tx);
    } catch (error) {
      for (const [id, before] of this.touched) this.write(id, before);
      this.restoreOrder();
      this.touched = null;
      this.depth = 0;
      throw error;
    }
    this.restoreOrder();
    const touched = this.touched;
    this.touched = null;
    this.depth = 0;
    const diff = diffFromChanges([...touched].map(([id, before]) => ({ before, after: this.records.get(id) })));
    if (!isEmptyDiff(diff)) this.emit({ diff, origin: options.origin ?? 'user', coalesceKey: options.coalesceKey ?? null });
    return result;
  }

  /** Applies a diff as one transaction (undo, redo, cancel, or a diff from elsewhere). */
  applyDiff(diff: DocumentDiff, origin: ChangeOrigin): void {
    this.transact(
      (tx) => {
        for (const r of diff.removed) tx.remove(r.id);
        for (const r of diff.added) tx.put(r);
        for (const [, after] of diff.updated) tx.put(after);
      },
      { origin },
    );
  }

  /** Replaces the whole document; emits one 'load' diff. */
  load(doc: ProjectDocument): void {
    const next = new Map<string, DocRecord>(documentRecords(doc).map((r) => [r.id, r] as const));
    this.forgetRemovedPlaces();
    this.transact(
      (tx) => {
        for (const id of [...this.records.keys()]) if (!next.has(id)) tx.remove(id);
        for (const r of next.values()) tx.put(r);
      },
      { origin: 'load' },
    );
    this.forgetRemovedPlaces();
  }

  /** A loaded document's order is its own: a record it brings back is not put back where an earlier edit removed it. */
  private forgetRemovedPlaces(): void {
    for (const id of [...this.place.keys()]) if (!this.records.has(id)) this.place.delete(id);
  }

  /** The document as it stands, built from the per-type arrays (so unchanged types keep their array). */
  toDocument(): ProjectDocument {
    if (this.documentCache) return this.documentCache;
    const site = this.all('site')[0];
    if (!site) throw new Error('a project has exactly one site record; none found');
    const lists: Record<string, readonly DocRecord[]> = {};
    // Every record type's list, from the one table of them: a new type cannot be left out of the document.
    for (const [type, key] of Object.entries(TYPE_LISTS) as [DocRecordType, string][]) lists[key] = this.all(type);
    this.documentCache = {
      ...(lists as unknown as Omit<ProjectDocument, 'format' | 'version' | 'site'>),
      format: INTERCHANGE_FORMAT,
      version: INTERCHANGE_VERSION,
      site,
      scenarios: [...this.all('scenario')].sort((a, b) => a.order - b.order),
    };
    return this.documentCache;
  }

  private readonly tx: Transaction = {
    get: (id) => this.records.get(id),
    put: (record) => this.track(record.id, record),
    remove: (id) => this.track(id, undefined),
    update: (id, patch) => {
      const current = this.records.get(id);
      if (!current) throw new Error(`no record ${id} to update`);
      const changed = Object.entries(patch).some(([k, v]) => (current as Record<string, unknown>)[k] !== v);
      if (!changed) return current;
      const next = { ...current, ...patch } as DocRecord;
      this.track(id, next);
      return next;
    },
  };

  private track(id: string, next: DocRecord | undefined): void {
    if (!this.touched) throw new Error('records change only inside store.transact');
    const current = this.records.get(id);
    if (current === next) return;
    if (!this.touched.has(id)) this.touched.set(id, current);
    this.write(id, next);
  }

  private write(id: string, next: DocRecord | undefined): void {
    this.documentCache = null;
    const current = this.records.get(id);
    if (current) {
      // Keep each type's insertion order stable across updates: only a removal or a type change deletes.
      if (!next || next.type !== current.type) this.byType.get(current.type)?.delete(id);
      this.typeArrays.delete(current.type);
      const parent = parentIdOf(current);
      if (parent && (!next || parentIdOf(next) !== parent)) this.children.get(parent)?.delete(id);
    }
    if (!next) {
      this.records.delete(id);
      return;
    }
    this.records.set(id, next);
    let ofType = this.byType.get(next.type);
    if (!ofType) this.byType.set(next.type, (ofType = new Map()));
    if (!ofType.has(id)) this.notePlace(id, next);
    ofType.set(id, next);
    this.typeArrays.delete(next.type);
    const parent = parentIdOf(next);
    if (parent) {
      let set = this.children.get(parent);
      if (!set) this.children.set(parent, (set = new Set()));
      set.add(id);
    }
  }

  private notePlace(id: string, record: DocRecord): void {
    if (!this.place.has(id)) {
      this.place.set(id, this.nextPlace++);
      return;
    }
    addTo(this.returned, record.type, id);
    const parent = parentIdOf(record);
    if (parent) addTo(this.returnedToParent, parent, id);
  }

  /** Moves each record that came back in this transaction from the end of its lists to its place. */
  private restoreOrder(): void {
    if (this.returned.size === 0) return;
    for (const [type, ids] of this.returned) {
      const ofType = this.byType.get(type);
      if (!ofType) continue;
      const order = this.inPlaceOrder(ofType, ids);
      if (!order) continue;
      ofType.clear();
      for (const id of order) ofType.set(id, this.records.get(id)!);
      this.typeArrays.delete(type);
    }
    for (const [parent, ids] of this.returnedToParent) {
      const set = this.children.get(parent);
      const order = set && this.inPlaceOrder(set, ids);
      if (order) this.children.set(parent, new Set(order));
    }
    this.returned.clear();
    this.returnedToParent.clear();
    this.documentCache = null;
  }

  /**
   * The list with `ids` merged by place into the rest of it (which is in place order), or null when that is the
   * order it has: linear in the list, so undoing one removal among 50,000 racks sorts none of the others.
   */
  private inPlaceOrder(list: ReadonlySet<string> | ReadonlyMap<string, unknown>, ids: ReadonlySet<string>): string[] | null {
    const placeOf = (id: string) => this.place.get(id)!;
    const back = [...ids].filter((id) => list.has(id)).sort((a, b) => placeOf(a) - placeOf(b));
    const out: string[] = [];
    let next = 0;
    for (const id of list.keys()) {
      if (ids.has(id)) continue;
      while (next < back.length && placeOf(back[next]!) < placeOf(id)) out.push(back[next++]!);
      out.push(id);
    }
    while (next < back.length) out.push(back[next++]!);
    let i = 0;
    for (const id of list.keys()) if (id !== out[i++]) return out;
    return null;
  }

  private emit(change: StoreChange): void {
    this.version += 1;
    for (const fn of [...this.listeners]) fn(change);
  }
}

function addTo<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

export interface Transaction {
  get(id: string): DocRecord | undefined;
  /** Adds or replaces a record. */
  put(record: DocRecord): void;
  remove(id: string): void;
  /** Replaces some fields; returns the record unchanged (same object) when no field differs. */
  update<R extends DocRecord>(id: string, patch: Partial<Omit<R, 'id' | 'type'>>): DocRecord;
}
