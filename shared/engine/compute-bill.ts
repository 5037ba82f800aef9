import type { Catalog } from '../catalog/schema.ts';
import type { ProjectDocument, RackRecord, ScenarioId } from '../model/index.ts';
import { BillBuilder } from './bill-builder.ts';
import type { Bill, BillCategory, BillLine } from './bill-schema.ts';
import { addBuildingLines } from './building.ts';
import { CatalogIndex } from '../catalog/catalog-index.ts';
import { coolingContext, finishCooling, sizeHallCooling } from './cooling.ts';
import { fmt, roundTo } from './format.ts';
import { HallPartCache, type HallPart } from './hall-parts.ts';
import { gatherLayout, type RackLoadLookup } from './layout.ts';
import { sizeNetwork } from './network.ts';
import { finishPower, powerContext, sizeHallPower } from './power.ts';
import { groupNamer } from './group-names.ts';
import { RackAggregator } from './rack-aggregate.ts';
import { rackLoad, type RackLoad } from './rack-load.ts';

export interface BillEngine {
  compute(document: ProjectDocument, scenarioId: ScenarioId): Bill;
  /** The engine's per-rack figures (kW, heat split, ports), cached like the bill's; null for an unknown profile. */
  rackLoad(rack: RackRecord): RackLoad | null;
}

const CATEGORY_ORDER: Record<BillCategory, number> = { power: 0, cooling: 1, network: 2, building: 3 };

interface EngineState {
  index: CatalogIndex;
  aggregator: RackAggregator;
  lineSources: Map<string, string>;
  parts: HallPartCache;
}

function buildBill(document: ProjectDocument, scenarioId: ScenarioId, engine: EngineState): Bill {
  const site = document.site;
  const bill = new BillBuilder(engine.index, site.priceOverrides, engine.lineSources);
  const layout = gatherLayout(document, scenarioId, engine.aggregator, bill);
  engine.parts.begin(document, layout.scenario);
  const coolingCtx = coolingContext(layout, site, bill);
  const parts: HallPart[] = layout.halls.map((hall) => {
    let part = engine.parts.get(hall);
    if (!part) {
      const child = bill.child();
      part = engine.parts.start(hall, child, sizeHallCooling(hall, layout, coolingCtx, child));
    }
    bill.merge(part.cooling);
    return part;
  });
  const cooling = finishCooling(layout, coolingCtx, parts.map((p) => p.hallCooling), bill);
  const powerCtx = powerContext(layout, bill);
  let facilityKw = 0;
  layout.halls.forEach((hall, i) => {
    const part = parts[i]!;
    if (!part.power) {
      part.power = bill.child();
      part.facilityKw = sizeHallPower(hall, part.hallCooling.overheadKw, layout, powerCtx, part.power);
    }
    bill.merge(part.power);
    facilityKw += part.facilityKw;
  });
  const power = finishPower(layout, site, facilityKw, bill);
  const computeFabric = sizeNetwork(layout, bill);
  addBuildingLines(bill);
  for (const row of layout.rows) {
    if (row.overweightRacks > 0) {
      bill.check({
        severity: 'warning', code: 'floor-load-exceeded',
        message: `${row.overweightRacks} racks in row ${row.row.name} load the floor above the hall's rating of ${fmt(row.hall.floorLoadKgPerM2)} kg/m² (rack weight over its footprint)`,
        subject: { type: 'row', id: row.row.id },
      });
    }
  }
  bill.finishChecks();

  const nameOf = groupNamer(layout);
  const lines: BillLine[] = bill.lines
    .map((line, i) => ({ line, i }))
    .sort((a, b) => CATEGORY_ORDER[a.line.category] - CATEGORY_ORDER[b.line.category] || a.i - b.i)
    .map((x) => ({ ...x.line, groupName: nameOf(x.line.group) }));
  let itKw = 0;
  let liquidKw = 0;
  let airKw = 0;
  let racks = 0;
  let gpus = 0;
  for (const r of layout.rows) {
    itKw += r.itKw;
    liquidKw += r.liquidKw;
    airKw += r.airKw;
    racks += r.racks;
    gpus += r.gpus;
  }
  let capexUsd = 0;
  let networkCapexUsd = 0;
  let longestLeadWeeks = 0;
  for (const l of lines) {
    capexUsd += l.totalUsd;
    if (l.category === 'network') networkCapexUsd += l.totalUsd;
    if (l.quantity > 0 && l.leadTimeWeeks !== null) longestLeadWeeks = Math.max(longestLeadWeeks, l.leadTimeWeeks);
  }
  const facilityCapexUsd = capexUsd - networkCapexUsd;
  return {
    summary: {
      itKw: roundTo(itKw, 3),
      facilityKw: roundTo(power.facilityKw, 3),
      pue: itKw > 0 ? roundTo(power.facilityKw / itKw, 3) : 0,
      racks,
      gpus,
      liquidKw: roundTo(liquidKw, 3),
      airKw: roundTo(airKw, 3),
      capexUsd,
      longestLeadWeeks,
      network: { computeFabric },
      overheadKw: roundTo(power.facilityKw - itKw, 3),
      facilityKva: roundTo(power.facilityKva, 3),
      facilityCapexUsd,
      networkCapexUsd,
      facilityCapexUsdPerMwIt: itKw > 0 ? Math.round(facilityCapexUsd / (itKw / 1000)) : 0,
      cooling: {
        heatRejection: cooling.heatRejection,
        flowLpm: roundTo(cooling.flowLpm, 1),
        waterM3PerYear: roundTo(cooling.waterM3PerYear, 0),
        loops: cooling.loops.map((l) => ({ ...l, heatKw: roundTo(l.heatKw, 3), flowLpm: roundTo(l.flowLpm, 1) })),
      },
      halls: layout.halls.map((h) => ({ id: h.hall.id, name: h.hall.name, itKw: roundTo(h.rows.reduce((s, r) => s + r.itKw, 0), 3) })),
      rows: layout.rows.map((r) => ({ id: r.row.id, name: r.row.name, itKw: roundTo(r.itKw, 3) })),
    },
    lines,
    checks: bill.allChecks(),
  };
}

/**
 * An engine bound to one catalog that remembers each rack record's figures: records are immutable, so an
 * unchanged rack is the same object between edits and its work is reused.
 */
export function createBillEngine(catalog: Catalog): BillEngine {
  const index = new CatalogIndex(catalog);
  const cache = new WeakMap<RackRecord, RackLoad | null>();
  const loadOf: RackLoadLookup = (rack) => {
    let load = cache.get(rack);
    if (load === undefined) {
      const profile = index.findProfile(rack.profileId);
      load = profile ? rackLoad(rack, profile, index) : null;
      cache.set(rack, load);
    }
    return load;
  };
  const state: EngineState = { index, aggregator: new RackAggregator(loadOf), lineSources: new Map(), parts: new HallPartCache() };
  return {
    compute: (document, scenarioId) => buildBill(document, scenarioId, state),
    rackLoad: loadOf,
  };
}

const engines = new WeakMap<Catalog, BillEngine>();

/** The full bill of one scenario of a project. */
export function computeBill(input: { document: ProjectDocument; scenarioId: ScenarioId; catalog: Catalog }): Bill {
  let engine = engines.get(input.catalog);
  if (!engine) {
    engine = createBillEngine(input.catalog);
    engines.set(input.catalog, engine);
  }
  return engine.compute(input.document, input.scenarioId);
}
