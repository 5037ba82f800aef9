import type { ProjectDocument } from './document.ts';
import type { DocRecord, DocRecordType, RecordOfType } from './records.ts';
import { parentIdOf } from './relations.ts';

/**
 * What geometry, analysis and the relation rules read records through: the editor's store implements it, and so does a document
 * built from a file (`documentSource`), so the same functions serve the app, the CLI and every export.
 */
export interface RecordSource {
  get<T extends DocRecordType = DocRecordType>(id: string, type?: T): RecordOfType<T> | undefined;
  all<T extends DocRecordType>(type: T): readonly RecordOfType<T>[];
  childrenOf<T extends DocRecordType>(parentId: string, type: T): RecordOfType<T>[];
}

/** Where each record type is listed in a document. */
export const TYPE_LISTS = {
  scenario: 'scenarios',
  hall: 'halls',
  row: 'rows',
  rack: 'racks',
  equipment: 'equipment',
  coolingLoop: 'coolingLoops',
  powerFeed: 'powerFeeds',
  substation: 'substations',
  interconnect: 'interconnects',
  waterSupply: 'waterSupplies',
  fibreRoute: 'fibreRoutes',
  landParcel: 'landParcels',
  approval: 'approvals',
  labour: 'labour',
  hallConstruction: 'hallConstructions',
  savedView: 'savedViews',
  underlay: 'underlays',
  economics: 'economics',
} as const satisfies Record<Exclude<DocRecordType, 'site'>, keyof ProjectDocument>;

/** The records of one type in a document (the site as a list of one). */
export function recordsOfType(doc: ProjectDocument, type: DocRecordType): readonly DocRecord[] {
  if (type === 'site') return [doc.site];
  return doc[TYPE_LISTS[type]] ?? [];
}

const sources = new WeakMap<ProjectDocument, RecordSource>();

/** A read-only record source over a document, its id and parent indexes built once per document object. */
export function documentSource(doc: ProjectDocument): RecordSource {
  const cached = sources.get(doc);
  if (cached) return cached;
  const byId = new Map<string, DocRecord>();
  const children = new Map<string, DocRecord[]>();
  for (const type of ['site', ...Object.keys(TYPE_LISTS)] as DocRecordType[]) {
    for (const r of recordsOfType(doc, type)) {
      byId.set(r.id, r);
      const parent = parentIdOf(r);
      if (parent === null) continue;
      const list = children.get(parent);
      if (list) list.push(r);
      else children.set(parent, [r]);
    }
  }
  const source: RecordSource = {
    get: <T extends DocRecordType>(id: string, type?: T) => {
      const r = byId.get(id);
      return r && (!type || r.type === type) ? (r as RecordOfType<T>) : undefined;
    },
    all: <T extends DocRecordType>(type: T) => recordsOfType(doc, type) as readonly RecordOfType<T>[],
    childrenOf: <T extends DocRecordType>(parentId: string, type: T) =>
      (children.get(parentId) ?? []).filter((r): r is RecordOfType<T> => r.type === type),
  };
  sources.set(doc, source);
  return source;
}
