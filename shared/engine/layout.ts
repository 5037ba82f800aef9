import type {
  CoolingLoopRecord,
  EquipmentRecord,
  FibreRouteRecord,
  HallConstructionRecord,
  PowerFeedRecord,
  ProjectDocument,
  ScenarioId,
  ScenarioRecord,
} from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { HallLoad, ProfilePorts, RowLoad } from './loads.ts';
import type { RackAggregator } from './rack-aggregate.ts';

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
  /** Each hall's construction record, by hall id (the site as built). */
  readonly constructions: ReadonlyMap<string, HallConstructionRecord>;
  /** The site's fibre routes to carrier hotels (the site as built), for the WAN step. */
  readonly fibreRoutes: readonly FibreRouteRecord[];
}

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
    constructions: new Map((document.hallConstructions ?? []).filter((c) => hallIds.has(c.hallId)).map((c) => [c.hallId, c])),
    fibreRoutes: document.fibreRoutes ?? [],
  };
}

