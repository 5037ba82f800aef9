import type { DocRecord, RackRecord } from '../../../shared/model/index.ts';
import type { DocumentStore } from '../store.ts';

// A project holds several scenarios (as-is mining, phase 1, phase 2) whose halls may stand on the same ground.
// Every record but the site belongs to exactly one of them; selection and edits stay inside the open one.

/** The scenario of one record: an id, null for the project-wide site, or undefined when its parent is missing. */
export type RecordScenario = string | null | undefined;

/**
 * Resolves the scenario of records by walking up to their hall or scenario. A resolver remembers what it
 * resolved, so that inside one transaction a row whose hall was removed first is still placed correctly.
 */
export function scenarioResolver(store: Pick<DocumentStore, 'get'>): (record: DocRecord) => RecordScenario {
  const known = new Map<string, RecordScenario>();
  const byId = (id: string): RecordScenario => {
    const r = store.get(id);
    return r ? resolve(r) : known.get(id);
  };
  const resolve = (r: DocRecord): RecordScenario => {
    let scenario: RecordScenario;
    switch (r.type) {
      case 'site':
      case 'substation':
      case 'interconnect':
      case 'savedView':
      case 'waterSupply':
      case 'fibreRoute':
      case 'landParcel':
      case 'approval':
      case 'labour':
        scenario = null;
        break;
      case 'scenario':
        scenario = r.id;
        break;
      case 'hall':
      case 'equipment':
      case 'economics':
        scenario = r.scenarioId;
        break;
      case 'row':
      case 'coolingLoop':
      case 'powerFeed':
      case 'hallConstruction':
      case 'underlay':
        scenario = byId(r.hallId);
        break;
      case 'rack':
        scenario = byId(r.rowId);
        break;
      default: {
        const never: never = r;
        throw new Error(`no scenario rule for ${(never as DocRecord).type}`);
      }
    }
    known.set(r.id, scenario);
    return scenario;
  };
  return resolve;
}

/** The ids a record points at besides its parent (a row's loop and feeds, a loop's CDUs, a feed's UPS modules, equipment's hall). */
export function referencedIds(r: DocRecord): string[] {
  switch (r.type) {
    case 'row':
      return [r.coolingLoopId, r.feedAId, r.feedBId].filter((id): id is NonNullable<typeof id> => id !== null);
    case 'equipment':
      return r.hallId ? [r.hallId] : [];
    case 'coolingLoop':
      return [...r.cduIds];
    case 'powerFeed':
      return [...r.upsIds];
    case 'site':
    case 'scenario':
    case 'hall':
    case 'rack':
    case 'substation':
    case 'interconnect':
    case 'savedView':
    case 'waterSupply':
    case 'fibreRoute':
    case 'landParcel':
    case 'approval':
    case 'labour':
    case 'hallConstruction':
    case 'underlay':
    case 'economics':
      return [];
    default: {
      const never: never = r;
      throw new Error(`no reference rule for ${(never as DocRecord).type}`);
    }
  }
}

/** Whether a record may be selected or edited while `scenarioId` is open: its own records and the site. */
export function inScenario(store: Pick<DocumentStore, 'get'>, scenarioId: string, id: string): boolean {
  const r = store.get(id);
  if (!r) return false;
  const scenario = scenarioResolver(store)(r);
  return scenario === null || scenario === scenarioId;
}

/** The racks of one scenario (its halls' rows' racks), through the parent index. */
export function scenarioRacks(store: DocumentStore, scenarioId: string): RackRecord[] {
  const out: RackRecord[] = [];
  for (const hall of store.childrenOf(scenarioId, 'hall')) {
    for (const row of store.childrenOf(hall.id, 'row')) out.push(...store.childrenOf(row.id, 'rack'));
  }
  return out;
}
