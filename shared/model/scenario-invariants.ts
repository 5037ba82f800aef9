import type { DocRecord, DocRecordType, RecordOfType } from './records.ts';
import { RELATIONS, referencedIds, relationsFrom, type Relation } from './relations.ts';

/** Finds a record by id and type: the editor's store, a document, or the rows of a project file. */
export interface RecordLookup {
  get<T extends DocRecordType>(id: string, type: T): RecordOfType<T> | undefined;
}

export interface InvariantIssue {
  readonly id: string;
  readonly message: string;
}

/** The catalog kind a referenced piece of equipment must be of, by relation (a loop's CDUs, a feed's UPS modules). */
const EQUIPMENT_KIND: ReadonlyMap<Relation, string> = new Map(
  RELATIONS.flatMap((r): [Relation, string][] =>
    r.from === 'coolingLoop' && r.field === 'cduIds' ? [[r, 'cdu']] : r.from === 'powerFeed' && r.field === 'upsIds' ? [[r, 'ups']] : [],
  ),
);

/**
 * The scenario a record belongs to, walking up its parents: null for records of the whole site, undefined when a
 * parent is missing (the reference checks report that).
 */
export function scenarioOf(lookup: RecordLookup, record: DocRecord): string | null | undefined {
  let current: DocRecord | undefined = record;
  for (let depth = 0; current && depth < 16; depth += 1) {
    if (current.type === 'scenario') return current.id;
    const here: DocRecord = current;
    const parent: Relation | undefined = relationsFrom(here.type).find((r) => r.parent && referencedIds(here, r).length > 0);
    if (!parent) return null;
    current = lookup.get(referencedIds(here, parent)[0]!, parent.to);
  }
  return undefined;
}

const nameOf = (r: DocRecord): string => ('name' in r && typeof r.name === 'string' ? r.name : 'label' in r && r.label ? r.label : r.id);

/**
 * What no single record's schema can say: every record a record points at belongs to the same scenario as it does
 * (a CDU of one scenario cannot serve another scenario's loop), and a loop's CDUs and a feed's UPS modules are
 * equipment of that kind. `kindOf` gives a catalog item's kind; without it the kinds are not checked.
 */
export function crossRecordIssues(lookup: RecordLookup, records: Iterable<DocRecord>, kindOf?: (catalogId: string) => string | undefined): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  for (const record of records) {
    const own = scenarioOf(lookup, record);
    for (const relation of relationsFrom(record.type)) {
      for (const id of referencedIds(record, relation)) {
        const target = lookup.get(id, relation.to);
        if (!target) continue;
        const theirs = scenarioOf(lookup, target);
        // A scenario's own references (its baseline) are between scenarios by nature.
        if (record.type !== 'scenario' && own && theirs && own !== theirs) {
          issues.push({ id: record.id, message: `${record.type} ${nameOf(record)} refers to ${target.type} ${nameOf(target)} of another scenario` });
        }
        const kind = EQUIPMENT_KIND.get(relation);
        if (kind && kindOf && target.type === 'equipment') {
          // An item this catalog does not know (a newer catalog's) is the analysis' to report, not a broken file.
          const actual = kindOf(target.catalogId);
          if (actual !== undefined && actual !== kind) {
            issues.push({ id: record.id, message: `${record.type} ${nameOf(record)} lists ${nameOf(target)} (${actual}) among its ${kind === 'cdu' ? 'CDUs' : 'UPS modules'}` });
          }
        }
      }
    }
  }
  return issues;
}
