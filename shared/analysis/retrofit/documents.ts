import type { EquipmentRecord, HallRecord, ProjectDocument } from '../../model/index.ts';
import type { AssetDecision } from './dispositions.ts';

// Derived records are kept per source record, so that comparing an unchanged pair again hands the engine the same
// record objects and its per-hall memo answers (as the live report does after an edit).
const decidedCopies = new WeakMap<EquipmentRecord, Map<string, EquipmentRecord>>();
const newCopies = new WeakMap<EquipmentRecord, EquipmentRecord>();
const newHalls = new WeakMap<HallRecord, HallRecord>();

function hallBuiltNew(h: HallRecord): HallRecord {
  let copy = newHalls.get(h);
  if (!copy) newHalls.set(h, (copy = { ...h, kind: 'new-build' }));
  return copy;
}

function withDisposition(e: EquipmentRecord, disposition: EquipmentRecord['disposition'] & string): EquipmentRecord {
  let byDisposition = decidedCopies.get(e);
  if (!byDisposition) decidedCopies.set(e, (byDisposition = new Map()));
  let copy = byDisposition.get(disposition);
  if (!copy) byDisposition.set(disposition, (copy = { ...e, disposition }));
  return copy;
}

function boughtNew(e: EquipmentRecord): EquipmentRecord {
  let copy = newCopies.get(e);
  if (!copy) {
    const { nameplate: _n, upgrade: _u, ...plain } = e;
    newCopies.set(e, (copy = { ...plain, disposition: 'new' }));
  }
  return copy;
}

/** The document the target is billed from: each target unit carries the disposition the compare decided. */
export function retrofitDocument(doc: ProjectDocument, decisions: readonly AssetDecision[]): ProjectDocument {
  const decided = new Map(decisions.filter((d) => !d.goneFromTarget).map((d) => [d.record.id, d.disposition]));
  const equipment = doc.equipment.map((e): EquipmentRecord => {
    const disposition = decided.get(e.id);
    return disposition === undefined || disposition === e.disposition ? e : withDisposition(e, disposition);
  });
  return { ...doc, equipment };
}

/**
 * The same target built new on a greenfield: units it keeps or retires are left out, so that the engine sizes new
 * plant for what they carry (as it would for a site with nothing on it); units it buys stay, as new catalog units;
 * a converted mining hall is a new-build hall, billed a new shell instead of its conversion works; the site's fibre
 * routes have no dark pair on hand.
 */
export function newBuildDocument(doc: ProjectDocument, targetId: string, decisions: readonly AssetDecision[]): ProjectDocument {
  const leftOut = new Set<EquipmentRecord['disposition']>(['retire', 'existing', 'upgrade']);
  const retired = new Set(decisions.filter((d) => !d.goneFromTarget && leftOut.has(d.disposition)).map((d) => d.record.id));
  const equipment: EquipmentRecord[] = [];
  for (const e of doc.equipment) {
    if (e.scenarioId !== targetId) {
      equipment.push(e);
      continue;
    }
    if (retired.has(e.id)) continue;
    equipment.push(e.disposition === 'new' && !e.nameplate && !e.upgrade ? e : boughtNew(e));
  }
  const kept = new Set(equipment.map((e) => e.id));
  const coolingLoops = doc.coolingLoops.map((l) => (l.cduIds.every((id) => kept.has(id)) ? l : { ...l, cduIds: l.cduIds.filter((id) => kept.has(id)) }));
  const powerFeeds = doc.powerFeeds.map((f) => (f.upsIds.every((id) => kept.has(id)) ? f : { ...f, upsIds: f.upsIds.filter((id) => kept.has(id)) }));
  const halls = doc.halls.map((h) => (h.scenarioId === targetId && h.kind === 'converted-mining' ? hallBuiltNew(h) : h));
  // The same routes to the same carrier hotels, with no dark pair on hand: every route's fibre is leased new.
  const fibreRoutes = doc.fibreRoutes?.map((r) => (r.darkPairs === 0 ? r : { ...r, darkPairs: 0 }));
  return { ...doc, halls, equipment, coolingLoops, powerFeeds, ...(fibreRoutes ? { fibreRoutes } : {}) };
}
