import { catalogIndexOf, type CatalogIndex } from '../catalog/catalog-index.ts';
import type { Catalog } from '../catalog/schema.ts';
import { BillBuilder, type CheckInput } from '../engine/bill-builder.ts';
import type { InstalledLines } from '../engine/installed-lines.ts';
import { addSiteCosts, sizeHallBuilding } from '../engine/building.ts';
import { coolingContext, finishCooling, sizeHallCooling, type CoolingContext, type HallCooling } from '../engine/cooling.ts';
import { groupNamer } from '../engine/group-names.ts';
import { gatherLayout, type ScenarioLayout } from '../engine/layout.ts';
import type { HallLoad } from '../engine/loads.ts';
import { sizeNetwork } from '../engine/network.ts';
import { finishPower, powerContext, sizeHallPower, type HallFacility, type HallPower, type PowerContext } from '../engine/power.ts';
import { RackAggregator } from '../engine/rack-aggregate.ts';
import { rackLoad, type RackLoad } from '../engine/rack-load.ts';
import { yardRectOf } from '../geometry/yard.ts';
import type { CoolingLoopRecord, EquipmentRecord, ProjectDocument, RackRecord, ScenarioId } from '../model/index.ts';
import { airSupplyChecks } from './checks/air-supply-temperature.ts';
import { granularityCheck } from './checks/catalog-granularity.ts';
import { facilityWaterChecks } from './checks/facility-water-temperature.ts';
import { gpuTransientChecks } from './checks/gpu-transient.ts';
import { hallGeometryChecks } from './checks/hall-geometry.ts';
import { yardEquipmentChecks } from './checks/equipment-placement.ts';
import { feedSideChecks } from './checks/feed-side.ts';
import { pipeRouteChecks } from './checks/pipe-route-connection.ts';
import { powerCapPresetChecks } from './checks/power-cap-preset.ts';
import { ContextToken } from './context-token.ts';
import { Memo } from './memo.ts';
import { placeHall, placeYard, RowPlacer, type HallPlacement } from './placement.ts';
import type { Placement, ScenarioReport } from './report-schema.ts';
import { hallGroups, orderLines, summarize } from './summary.ts';

export interface Analyzer {
  /** The report of one scenario; unchanged halls and rows reuse their work from the previous call. */
  /**
   * `installed`: what a baseline already has built of the lines the engine sizes, by the target's line ids (a
   * retrofit's); each such line keeps those units first and buys the rest.
   */
  analyze(document: ProjectDocument, scenarioId: ScenarioId, installed?: InstalledLines): ScenarioReport;
  /** The engine's figures for one rack (kW, heat split, ports, weight); null for an unknown profile. */
  rackLoad(rack: RackRecord): RackLoad | null;
}

/** Everything one hall contributes, computed together and reused while the hall and its context are unchanged. */
interface HallStages {
  readonly placement: HallPlacement;
  readonly geometryChecks: readonly CheckInput[];
  /** The checks over the hall's racks themselves (their power-capping presets): with every rack edit, unlike the layout's. */
  readonly rackChecks: readonly CheckInput[];
  readonly cooling: BillBuilder;
  readonly hallCooling: HallCooling;
  readonly power: BillBuilder;
  readonly facility: HallPower;
  /** The checks over the cooling and power stages' outputs (supply temperatures, GPU transients). */
  readonly checks: readonly CheckInput[];
  readonly building: BillBuilder;
  readonly buildingUsd: number;
}

interface State {
  readonly index: CatalogIndex;
  readonly aggregator: RackAggregator;
  readonly halls: Memo<HallLoad, HallStages>;
  /** A hall's layout checks, kept while its geometry is unchanged (a kW edit re-bills the hall, not its layout). */
  readonly geometry: Memo<HallLoad, readonly CheckInput[]>;
  readonly rows: RowPlacer;
  readonly context: ContextToken;
}

const NOTHING_INSTALLED: InstalledLines = new Map();

function byHall<T extends { hallId: string | null }>(records: readonly T[]): Map<string | null, T[]> {
  const map = new Map<string | null, T[]>();
  for (const r of records) {
    const list = map.get(r.hallId);
    if (list) list.push(r);
    else map.set(r.hallId, [r]);
  }
  return map;
}

/** What a hall's layout checks read: the hall, its equipment, and each row's record, depth, widest rack and overweight racks. */
function geometryDeps(hall: HallLoad, equipment: readonly EquipmentRecord[]): unknown[] {
  // Made at its final size: grown by pushes it was copied several times per hall.
  const deps = new Array<unknown>(2 + equipment.length + 4 * hall.rows.length);
  deps[0] = hall.hall;
  deps[1] = equipment.length;
  let k = 2;
  for (const e of equipment) deps[k++] = e;
  for (const r of hall.rows) {
    deps[k++] = r.row;
    deps[k++] = r.depthM;
    deps[k++] = r.maxRackWidthM;
    deps[k++] = r.overweightRacks;
  }
  return deps;
}

/** Geometry → cooling → power → checks of one hall, each step taking the previous one's output as data. */
function hallStages(
  hall: HallLoad,
  layout: ScenarioLayout,
  inputs: { equipment: readonly EquipmentRecord[]; loops: readonly CoolingLoopRecord[]; cooling: CoolingContext; power: PowerContext },
  root: BillBuilder,
  s: State,
): HallStages {
  const placement = placeHall(hall, inputs.equipment, inputs.loops, layout.equipmentById, s.rows, s.index);
  const geometryChecks = s.geometry.get(hall, geometryDeps(hall, inputs.equipment), () => hallGeometryChecks(hall, inputs.equipment, s.index));
  const rackChecks = powerCapPresetChecks(hall.rows, s.index);
  const cooling = root.child();
  const hallCooling = sizeHallCooling(hall, layout, inputs.cooling, placement.routeLengths, cooling);
  const power = root.child();
  const facility = sizeHallPower(hall, { annualKw: hallCooling.overheadKw, designDayKw: hallCooling.designOverheadKw }, layout, inputs.power, power);
  const checks = [
    ...facilityWaterChecks(hall, layout.scenario.liquidSupplyC, s.index),
    ...airSupplyChecks(hall, inputs.cooling, s.index),
    ...gpuTransientChecks(hall.hall, facility.transients, s.index),
  ];
  const building = root.child();
  const buildingUsd = sizeHallBuilding(hall, layout, building);
  return { placement, geometryChecks, rackChecks, cooling, hallCooling, power, facility, checks, building, buildingUsd };
}

/**
 * The pipeline: loads → per hall (geometry → cooling → power) → site cooling and power → network → building →
 * checks → summary. Stages hand their outputs on as values; each part's lines and checks are merged in order.
 */
function run(document: ProjectDocument, scenarioId: ScenarioId, s: State, installed: InstalledLines): ScenarioReport {
  const site = document.site;
  const root = new BillBuilder(s.index, site.priceOverrides, installed);
  const layout = gatherLayout(document, scenarioId, s.aggregator, root);
  const nameOf = groupNamer(layout);
  root.nameGroup = nameOf;
  const token = s.context.of([[layout.scenario], [site], document.equipment, document.coolingLoops, document.powerFeeds, [installed]]);
  const equipmentByHall = byHall(layout.equipment);
  const loopsByHall = byHall(layout.loops);

  const coolingCtx = coolingContext(layout, site, root);
  const feeds = root.child();
  const powerCtx = powerContext(layout, feeds);
  const stages = layout.halls.map((hall) =>
    // The hall's construction record (conversion works) is read by its building stage only.
    s.halls.get(hall, [hall.version, token, layout.constructions.get(hall.hall.id)], () =>
      hallStages(hall, layout, { equipment: equipmentByHall.get(hall.hall.id) ?? [], loops: loopsByHall.get(hall.hall.id) ?? [], cooling: coolingCtx, power: powerCtx }, root, s),
    ),
  );

  for (const part of stages) root.merge(part.cooling);
  const cooling = finishCooling(layout, coolingCtx, stages.map((p) => p.hallCooling), root);
  root.merge(feeds);
  const facility: HallFacility = { annualKw: 0, designDayKw: 0 };
  for (const part of stages) {
    root.merge(part.power);
    facility.annualKw += part.facility.annualKw;
    facility.designDayKw += part.facility.designDayKw;
  }
  const power = finishPower(layout, site, facility, root);
  const powerAndCooling = [...root.lines];
  const computeFabric = sizeNetwork(layout, root);
  let buildingUsd = 0;
  for (const part of stages) {
    root.merge(part.building);
    buildingUsd += part.buildingUsd;
  }
  addSiteCosts(powerAndCooling, buildingUsd, root);

  const yard = equipmentByHall.get(null) ?? [];
  for (const part of stages) for (const c of [...part.checks, ...part.geometryChecks, ...part.rackChecks]) root.check(c);
  for (const c of yardEquipmentChecks(layout.halls.map((h) => h.hall), yard, s.index)) root.check(c);
  for (const c of [...pipeRouteChecks(layout, s.index), ...feedSideChecks(layout)]) root.check(c);
  const granularity = granularityCheck(root.oversized, s.index);
  if (granularity) root.check(granularity);
  root.finishChecks();

  const lines = orderLines(root.lines, nameOf);
  return {
    scenarioId,
    summary: summarize(layout, lines, power, cooling, computeFabric),
    lines,
    checks: root.allChecks(),
    groups: [...root.groups, ...hallGroups(layout)],
    placement: lazyRows(
      {
        halls: stages.map((p) => p.placement.hall),
        equipment: [...stages.flatMap((p) => p.placement.equipment), ...placeYard(yard, s.index)],
        routes: stages.flatMap((p) => p.placement.routes),
        yard: yardRectOf(yard, s.index),
      },
      () => stages.flatMap((p) => p.placement.rows()),
    ),
  };
}

/** Where a placement keeps the work that makes its rows until they are first read (a symbol: no copy or JSON sees it). */
const ROWS_TO_PLACE = Symbol('rows to place');

type PendingPlacement = Placement & { [ROWS_TO_PLACE]?: () => Placement['rows'] };

/**
 * One getter for every report's rows. A getter made per report would give each report's placement a shape of its
 * own, and that shape, long-lived, would keep the report's work alive through every young-generation collection
 * until the next full one.
 */
function rowsOnFirstRead(this: PendingPlacement): Placement['rows'] {
  const value = this[ROWS_TO_PLACE]!();
  Object.defineProperty(this, 'rows', { value, enumerable: true, writable: false, configurable: false });
  this[ROWS_TO_PLACE] = undefined;
  return value;
}

/**
 * The placement with its rows (every rack's box) computed on first read and kept: the live report is read on
 * every edit, its rack boxes only by exports and drawings. The property is an ordinary enumerable value once read,
 * so JSON, structured clone and schema checks see a plain object.
 */
function lazyRows(rest: Omit<Placement, 'rows'>, rows: () => Placement['rows']): Placement {
  const placement = { ...rest } as PendingPlacement;
  Object.defineProperty(placement, ROWS_TO_PLACE, { value: rows, enumerable: false, writable: true, configurable: true });
  Object.defineProperty(placement, 'rows', { enumerable: true, configurable: true, get: rowsOnFirstRead });
  return placement;
}

/**
 * An analyzer bound to one catalog. It remembers per-rack figures, per-row placement and per-hall stages by
 * record identity (records are immutable), so the report after a small edit costs little.
 */
export function createAnalyzer(catalog: Catalog): Analyzer {
  const index = catalogIndexOf(catalog);
  // A rack's figures depend only on its profile, its kW override and its power-capping preset: racks that share all
  // three share one object.
  const loads = new Map<string, Map<number | string | null, RackLoad>>();
  // The last figures handed out (racks next to each other in a document mostly share them), kept as three
  // variables rather than an object made each time the figures change.
  let lastProfileId: string | null = null;
  let lastCap: number | string | null = null;
  let lastLoad: RackLoad | null = null;
  const loadOf = (rack: RackRecord): RackLoad | null => {
    const cap = rack.itKwOverride ?? rack.powerCapPresetId ?? null;
    if (lastLoad !== null && lastProfileId === rack.profileId && lastCap === cap) return lastLoad;
    let byCap = loads.get(rack.profileId);
    let load = byCap?.get(cap);
    if (!load) {
      const profile = index.findProfile(rack.profileId);
      if (!profile) return null;
      load = rackLoad(rack, profile, index);
      if (!byCap) loads.set(rack.profileId, (byCap = new Map()));
      byCap.set(cap, load);
    }
    lastProfileId = rack.profileId;
    lastCap = cap;
    lastLoad = load;
    return load;
  };
  const state: State = {
    index,
    aggregator: new RackAggregator(loadOf),
    halls: new Memo(),
    geometry: new Memo(),
    rows: new RowPlacer(index),
    context: new ContextToken(),
  };
  return { analyze: (document, scenarioId, installed = NOTHING_INSTALLED) => run(document, scenarioId, state, installed), rackLoad: loadOf };
}

const analyzers = new WeakMap<Catalog, Analyzer>();

/** The report of one scenario of a project, from a shared analyzer per catalog. */
export function analyze(document: ProjectDocument, catalog: Catalog, scenarioId: ScenarioId): ScenarioReport {
  let analyzer = analyzers.get(catalog);
  if (!analyzer) {
    analyzer = createAnalyzer(catalog);
    analyzers.set(catalog, analyzer);
  }
  return analyzer.analyze(document, scenarioId);
}
