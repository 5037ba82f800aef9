import type { DocRecord, DocRecordType, RecordOfType } from './records.ts';

/** What deleting the referenced record does to the record that points at it. */
export type OnDelete = 'cascade' | 'set-null' | 'remove-from-list';

export interface Relation {
  readonly from: DocRecordType;
  readonly field: string;
  readonly to: DocRecordType;
  /** The field holds a list of ids rather than one id. */
  readonly many: boolean;
  readonly onDelete: OnDelete;
  /** The referenced record is the one this record hangs under (the first non-null parent field wins). */
  readonly parent: boolean;
  /** The field may be absent (a record from before it existed); clearing it removes the field instead of writing null. */
  readonly optional: boolean;
}

const rel = (from: DocRecordType, field: string, to: DocRecordType, onDelete: OnDelete, opts: { many?: boolean; parent?: boolean; optional?: boolean } = {}): Relation => ({
  from, field, to, onDelete, many: opts.many ?? false, parent: opts.parent ?? false, optional: opts.optional ?? false,
});


/**
 * Every reference between records, declared once. The parent lookup, the delete cascade, document integrity,
 * the remap of a scenario copy and the store's reference checks are all read from this table.
 * Equipment hangs under its hall, or under its scenario when it stands in the yard (hallId null). The site as
 * built (substations, interconnects, water, fibre, land, approvals, labour) hangs under the site, so every scenario shares it and no scenario copy copies it.
 * A copy's `originId` is lineage, not a reference: it names the record the copy was made from, which may since have
 * been deleted (the copy is then simply new to any comparison), so it is not in this table and deleting its origin
 * never reaches into another scenario.
 */
export const RELATIONS: readonly Relation[] = [
  rel('hall', 'scenarioId', 'scenario', 'cascade', { parent: true }),
  rel('row', 'hallId', 'hall', 'cascade', { parent: true }),
  rel('row', 'coolingLoopId', 'coolingLoop', 'set-null'),
  rel('row', 'feedAId', 'powerFeed', 'set-null'),
  rel('row', 'feedBId', 'powerFeed', 'set-null'),
  rel('rack', 'rowId', 'row', 'cascade', { parent: true }),
  rel('equipment', 'hallId', 'hall', 'cascade', { parent: true }),
  rel('equipment', 'scenarioId', 'scenario', 'cascade', { parent: true }),
  rel('coolingLoop', 'hallId', 'hall', 'cascade', { parent: true }),
  rel('coolingLoop', 'cduIds', 'equipment', 'remove-from-list', { many: true }),
  rel('powerFeed', 'hallId', 'hall', 'cascade', { parent: true }),
  rel('powerFeed', 'upsIds', 'equipment', 'remove-from-list', { many: true }),
  rel('scenario', 'baselineScenarioId', 'scenario', 'set-null', { optional: true }),
  rel('substation', 'siteId', 'site', 'cascade', { parent: true }),
  rel('interconnect', 'siteId', 'site', 'cascade', { parent: true }),
  rel('waterSupply', 'siteId', 'site', 'cascade', { parent: true }),
  rel('fibreRoute', 'siteId', 'site', 'cascade', { parent: true }),
  rel('landParcel', 'siteId', 'site', 'cascade', { parent: true }),
  rel('approval', 'siteId', 'site', 'cascade', { parent: true }),
  rel('labour', 'siteId', 'site', 'cascade', { parent: true }),
  rel('hallConstruction', 'hallId', 'hall', 'cascade', { parent: true }),
  // A saved view belongs to the site (a tour crosses scenarios); deleting the scenario it shows leaves it on the open one.
  rel('savedView', 'siteId', 'site', 'cascade', { parent: true }),
  rel('savedView', 'scenarioId', 'scenario', 'set-null'),
  rel('underlay', 'hallId', 'hall', 'cascade', { parent: true }),
  rel('economics', 'scenarioId', 'scenario', 'cascade', { parent: true }),
];

/** Each record type as people call it, in messages about references. */
export const RECORD_LABELS: Readonly<Record<DocRecordType, string>> = {
  site: 'site',
  scenario: 'scenario',
  hall: 'hall',
  row: 'row',
  rack: 'rack',
  equipment: 'equipment',
  coolingLoop: 'cooling loop',
  powerFeed: 'power feed',
  substation: 'substation',
  interconnect: 'interconnect',
  waterSupply: 'water supply',
  fibreRoute: 'fibre route',
  landParcel: 'land parcel',
  approval: 'approval',
  labour: 'labour record',
  hallConstruction: 'hall construction',
  savedView: 'saved view',
  underlay: 'underlay',
  economics: 'economics inputs',
};

const byType = new Map<DocRecordType, Relation[]>();
for (const r of RELATIONS) {
  const list = byType.get(r.from) ?? [];
  list.push(r);
  byType.set(r.from, list);
}

/** The relations whose references live on records of `type`. */
export function relationsFrom(type: DocRecordType): readonly Relation[] {
  return byType.get(type) ?? [];
}

/** The ids a record references through one relation (none when the field is null). */
export function referencedIds(record: DocRecord, relation: Relation): readonly string[] {
  const value = (record as unknown as Record<string, unknown>)[relation.field];
  if (value === null || value === undefined) return [];
  return relation.many ? (value as readonly string[]) : [value as string];
}

/** The id of the record a record hangs under, or null for the site and scenarios. */
export function parentIdOf(record: DocRecord): string | null {
  for (const r of relationsFrom(record.type)) {
    if (!r.parent) continue;
    const value = (record as unknown as Record<string, unknown>)[r.field];
    if (typeof value === 'string') return value;
  }
  return null;
}

/** The record types a scenario copy copies, each of which remembers the record it was copied from. */
export const LINEAGE_TYPES: ReadonlySet<DocRecordType> = new Set(['hall', 'row', 'rack', 'equipment', 'coolingLoop', 'powerFeed', 'hallConstruction']);

/**
 * A copy of a record with every reference passed through `map` (ids not in it stay as they are). With `originOf`,
 * a record of a lineage type also records where it came from: its `originId` becomes `originOf(record)` (a scenario
 * copy passes the source record's own id), so a retrofit can match baseline and target records by identity.
 */
export function remapReferences<T extends DocRecordType>(
  record: RecordOfType<T>,
  map: (id: string) => string,
  originOf?: (record: RecordOfType<T>) => string,
): RecordOfType<T> {
  const relations = relationsFrom(record.type);
  const lineage = originOf !== undefined && LINEAGE_TYPES.has(record.type);
  if (relations.length === 0 && !lineage) return record;
  const next: Record<string, unknown> = { ...record };
  if (lineage) next.originId = originOf(record);
  for (const r of relations) {
    const value = next[r.field];
    if (value === null || value === undefined) continue;
    next[r.field] = r.many ? (value as readonly string[]).map(map) : map(value as string);
  }
  return next as RecordOfType<T>;
}
