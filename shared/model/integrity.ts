import type { ProjectDocument } from './document.ts';
import type { DocRecordType } from './records.ts';
import { recordsOfType, TYPE_LISTS } from './record-source.ts';
import { RECORD_LABELS, RELATIONS, referencedIds } from './relations.ts';


export interface IntegrityIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Reference checks the schema of each record cannot make on its own: every id a record points at exists,
 * racks sit in real slots of their row, one rack per slot, ids unique per record type.
 */
export function checkDocumentIntegrity(doc: ProjectDocument): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  const idSet = (list: ReadonlyArray<{ id: string }>, key: string): Set<string> => {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (seen.has(r.id)) add(`${key}.${i}.id`, `id ${r.id} is used twice`);
      seen.add(r.id);
    });
    return seen;
  };
  const scenarios = idSet(doc.scenarios, 'scenarios');
  const halls = idSet(doc.halls, 'halls');
  const equipment = idSet(doc.equipment, 'equipment');
  const loops = idSet(doc.coolingLoops, 'coolingLoops');
  const feeds = idSet(doc.powerFeeds, 'powerFeeds');
  const racks = idSet(doc.racks, 'racks');
  idSet(doc.substations ?? [], 'substations');
  idSet(doc.interconnects ?? [], 'interconnects');
  for (const list of ['waterSupplies', 'fibreRoutes', 'landParcels', 'approvals', 'labour'] as const) idSet(doc[list] ?? [], list);
  idSet(doc.hallConstructions ?? [], 'hallConstructions');
  const costed = new Set<string>();
  idSet(doc.economics ?? [], 'economics');
  (doc.economics ?? []).forEach((e, i) => {
    if (costed.has(e.scenarioId)) add(`economics.${i}.scenarioId`, `scenario ${e.scenarioId} already has economics inputs; a scenario has one set`);
    costed.add(e.scenarioId);
  });
  const built = new Set<string>();
  (doc.hallConstructions ?? []).forEach((c, i) => {
    if (built.has(c.hallId)) add(`hallConstructions.${i}.hallId`, `hall ${c.hallId} already has its construction; a hall has one`);
    built.add(c.hallId);
  });
  const rowSlots = new Map<string, number>();
  doc.rows.forEach((r, i) => {
    if (rowSlots.has(r.id)) add(`rows.${i}.id`, `id ${r.id} is used twice`);
    rowSlots.set(r.id, r.slotCount);
  });

  // Every reference of the relations table points at a record of its type that exists.
  const ids = new Map<DocRecordType, Set<string>>([
    ['site', new Set([doc.site.id])],
    ['scenario', scenarios],
    ['rack', racks],
    ['hall', halls],
    ['row', new Set(rowSlots.keys())],
    ['equipment', equipment],
    ['coolingLoop', loops],
    ['powerFeed', feeds],
  ]);
  for (const relation of RELATIONS) {
    const list = relation.from === 'site' ? 'site' : TYPE_LISTS[relation.from];
    recordsOfType(doc, relation.from).forEach((record, i) => {
      referencedIds(record, relation).forEach((id, j) => {
        if (ids.get(relation.to)?.has(id)) return;
        add(`${list}.${i}.${relation.field}${relation.many ? `.${j}` : ''}`, `${RECORD_LABELS[relation.to]} ${id} does not exist`);
      });
    });
  }
  const taken = new Map<string, string>();
  doc.racks.forEach((r, i) => {
    const slotCount = rowSlots.get(r.rowId);
    if (slotCount === undefined) {
      return;
    }
    if (r.slot >= slotCount) add(`racks.${i}.slot`, `slot ${r.slot} is beyond row ${r.rowId}'s ${slotCount} slots`);
    const key = `${r.rowId}\u0000${r.slot}`;
    const other = taken.get(key);
    if (other !== undefined) add(`racks.${i}.slot`, `slot ${r.slot} of row ${r.rowId} is already taken by rack ${other}`);
    else taken.set(key, r.id);
  });
  return issues;
}
