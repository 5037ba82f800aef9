import type { ProjectDocument } from './document.ts';

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
  idSet(doc.racks, 'racks');
  const rowSlots = new Map<string, number>();
  doc.rows.forEach((r, i) => {
    if (rowSlots.has(r.id)) add(`rows.${i}.id`, `id ${r.id} is used twice`);
    rowSlots.set(r.id, r.slotCount);
  });

  const need = (set: Set<string>, id: string | null, path: string, what: string) => {
    if (id !== null && !set.has(id)) add(path, `${what} ${id} does not exist`);
  };

  doc.halls.forEach((h, i) => need(scenarios, h.scenarioId, `halls.${i}.scenarioId`, 'scenario'));
  doc.rows.forEach((r, i) => {
    need(halls, r.hallId, `rows.${i}.hallId`, 'hall');
    need(loops, r.coolingLoopId, `rows.${i}.coolingLoopId`, 'cooling loop');
    need(feeds, r.feedAId, `rows.${i}.feedAId`, 'power feed');
    need(feeds, r.feedBId, `rows.${i}.feedBId`, 'power feed');
  });
  const taken = new Map<string, string>();
  doc.racks.forEach((r, i) => {
    const slotCount = rowSlots.get(r.rowId);
    if (slotCount === undefined) {
      add(`racks.${i}.rowId`, `row ${r.rowId} does not exist`);
      return;
    }
    if (r.slot >= slotCount) add(`racks.${i}.slot`, `slot ${r.slot} is beyond row ${r.rowId}'s ${slotCount} slots`);
    const key = `${r.rowId}\u0000${r.slot}`;
    const other = taken.get(key);
    if (other !== undefined) add(`racks.${i}.slot`, `slot ${r.slot} of row ${r.rowId} is already taken by rack ${other}`);
    else taken.set(key, r.id);
  });
  doc.equipment.forEach((e, i) => {
    need(scenarios, e.scenarioId, `equipment.${i}.scenarioId`, 'scenario');
    need(halls, e.hallId, `equipment.${i}.hallId`, 'hall');
  });
  doc.coolingLoops.forEach((l, i) => {
    need(halls, l.hallId, `coolingLoops.${i}.hallId`, 'hall');
    l.cduIds.forEach((id, j) => need(equipment, id, `coolingLoops.${i}.cduIds.${j}`, 'equipment'));
  });
  doc.powerFeeds.forEach((f, i) => {
    need(halls, f.hallId, `powerFeeds.${i}.hallId`, 'hall');
    f.upsIds.forEach((id, j) => need(equipment, id, `powerFeeds.${i}.upsIds.${j}`, 'equipment'));
  });
  return issues;
}
