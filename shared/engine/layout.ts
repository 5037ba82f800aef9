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

function emptyRow(row: RowRecord, hall: HallRecord): RowLoad {
  return {
    row,
    hall,
    racks: 0,
    itKw: 0,
    liquidKw: 0,
    airKw: 0,
    gpus: 0,
    storagePorts: 0,
    oobPorts: 0,
    pdus: 0,
    weightKg: 0,
    overweightRacks: 0,
    rdhx: new Map(),
    rdhxKw: 0,
    inRack: new Map(),
  };
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Groups a scenario's records and sums rack loads per row; rack-level problems become checks. */
export function gatherLayout(
  document: ProjectDocument,
  scenarioId: ScenarioId,
  loadOf: RackLoadLookup,
  bill: BillBuilder,
): ScenarioLayout {
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`scenario '${scenarioId}' is not in the project`);
  const halls = new Map<string, HallLoad>();
  for (const hall of document.halls) if (hall.scenarioId === scenarioId) halls.set(hall.id, { hall, rows: [] });
  const rowLoads = new Map<string, RowLoad>();
  const allRowIds = new Set<string>();
  for (const row of document.rows) {
    allRowIds.add(row.id);
    const hall = halls.get(row.hallId);
    if (!hall) continue;
    const load = emptyRow(row, hall.hall);
    hall.rows.push(load);
    rowLoads.set(row.id, load);
  }
  const computePortsByProfile = new Map<string, ProfilePorts>();
  for (const rack of document.racks) {
    const row = rowLoads.get(rack.rowId);
    if (!row) {
      if (!allRowIds.has(rack.rowId)) {
        bill.check({ severity: 'error', code: 'orphan-rack', message: `Rack ${rack.label || rack.id} refers to a row that does not exist (${rack.rowId})`, subject: { type: 'rack', id: rack.id } });
      }
      continue;
    }
    const load = loadOf(rack);
    if (!load) {
      bill.check({ severity: 'error', code: 'unknown-profile', message: `Rack ${rack.label || rack.id} uses rack profile '${rack.profileId}', which is not in the catalog; it is left out of the bill`, subject: { type: 'rack', id: rack.id } });
      continue;
    }
    row.racks += 1;
    row.itKw += load.itKw;
    row.liquidKw += load.liquidKw;
    row.airKw += load.airKw;
    row.gpus += load.gpus;
    row.storagePorts += load.storagePorts;
    row.oobPorts += load.oobPorts;
    row.pdus += load.pdus;
    row.weightKg += load.weightKg;
    if (load.footprintLoadKgPerM2 > row.hall.floorLoadKgPerM2) row.overweightRacks += 1;
    if (load.profile.inRackCoolingId !== null) bump(row.inRack, load.profile.inRackCoolingId, 1);
    if (load.computePorts > 0) {
      const p = computePortsByProfile.get(load.profile.id);
      if (p) {
        p.racks += 1;
        p.ports += load.computePorts;
      } else computePortsByProfile.set(load.profile.id, { racks: 1, ports: load.computePorts });
    }
    if (load.needsContainment && row.row.containment === 'none') {
      if (load.rdhxId !== null) {
        bump(row.rdhx, load.rdhxId, 1);
        row.rdhxKw += load.airKw;
      }
    }
    if (load.aboveAirCeiling) {
      bill.check({ severity: 'warning', code: 'air-rack-above-ceiling', message: `Rack ${rack.label || rack.id} puts ${Math.round(load.airKw * 10) / 10} kW of heat into air, above the air-cooled ceiling`, subject: { type: 'rack', id: rack.id } });
    }
  }
  const equipment = document.equipment.filter((e) => e.scenarioId === scenarioId);
  return {
    scenario,
    halls: [...halls.values()],
    rows: [...rowLoads.values()],
    computePortsByProfile,
    equipment,
    loops: document.coolingLoops.filter((l) => halls.has(l.hallId)),
    feeds: document.powerFeeds.filter((f) => halls.has(f.hallId)),
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
