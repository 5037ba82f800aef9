import type {
  CoolingLoopRecord,
  EquipmentRecord,
  HallRecord,
  PowerFeedRecord,
  ProjectDocument,
  RackRecord,
  RowRecord,
  ScenarioId,
  ScenarioRecord,
} from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { RackAggregator } from './rack-aggregate.ts';
import type { RackLoad } from './rack-load.ts';

/** Loads summed over the racks of one row. */
export interface RowLoad {
  readonly row: RowRecord;
  readonly hall: HallRecord;
  racks: number;
  itKw: number;
  liquidKw: number;
  airKw: number;
  gpus: number;
  storagePorts: number;
  oobPorts: number;
  pdus: number;
  weightKg: number;
  /** Racks over the hall's floor rating (weight over footprint). */
  overweightRacks: number;
  /** Rear doors needed in a row without containment: catalog id → count. */
  rdhx: Map<string, number>;
  /** Air heat carried by those rear doors to the liquid side. */
  rdhxKw: number;
  /** In-rack liquid hardware: catalog id → count. */
  inRack: Map<string, number>;
}

export interface HallLoad {
  readonly hall: HallRecord;
  readonly rows: RowLoad[];
  /** Bumped whenever a rack of the hall changes, so per-hall results can be cached against it. */
  version: number;
}

/** True when two arrays hold the very same records in the same order (records are immutable). */
export function sameElements<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Compute-fabric demand of one rack profile over the scenario. */
export interface ProfilePorts {
  racks: number;
  ports: number;
}

/** One scenario's records, grouped, with every rack's load summed into its row. */
export interface ScenarioLayout {
  readonly scenario: ScenarioRecord;
  readonly halls: HallLoad[];
  readonly rows: RowLoad[];
  readonly computePortsByProfile: Map<string, ProfilePorts>;
  readonly equipment: EquipmentRecord[];
  readonly loops: CoolingLoopRecord[];
  readonly feeds: PowerFeedRecord[];
  readonly equipmentById: Map<string, EquipmentRecord>;
}

export type RackLoadLookup = (rack: RackRecord) => RackLoad | null;

/** Groups a scenario's records with its rack loads summed per row; rack-level problems become checks. */
export function gatherLayout(document: ProjectDocument, scenarioId: ScenarioId, racks: RackAggregator, bill: BillBuilder): ScenarioLayout {
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`scenario '${scenarioId}' is not in the project`);
  const totals = racks.totals(document, scenarioId);
  bill.rackChecks = totals.rackChecks;
  const hallIds = new Set(totals.halls.map((h) => h.hall.id));
  const equipment = document.equipment.filter((e) => e.scenarioId === scenarioId);
  return {
    scenario,
    halls: totals.halls,
    rows: totals.rows,
    computePortsByProfile: totals.computePortsByProfile,
    equipment,
    loops: document.coolingLoops.filter((l) => hallIds.has(l.hallId)),
    feeds: document.powerFeeds.filter((f) => hallIds.has(f.hallId)),
    equipmentById: new Map(equipment.map((e) => [e.id, e])),
  };
}

export function rowLengthM(row: RowRecord): number {
  return row.slotCount * row.slotWidthM;
}

export function sumRows<K extends 'itKw' | 'liquidKw' | 'airKw' | 'rdhxKw' | 'racks' | 'gpus'>(rows: readonly RowLoad[], key: K): number {
  let total = 0;
  for (const r of rows) total += r[key];
  return total;
}
