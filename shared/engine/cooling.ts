import type { HeatRejectionType } from '../catalog/schema.ts';
import type { CoolingRedundancy, SiteRecord } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { LoopSummary } from './bill-schema.ts';
import { fmt } from './format.ts';
import type { ScenarioLayout } from './layout.ts';
import { rowLengthM, sumRows, type HallLoad, type RowLoad } from './loads.ts';
import { sizeIsolation, sizePipeRun } from './piping.ts';
import { waterUse, type WaterUse } from './water.ts';
import { airDesignHeat, liquidDesignHeat } from './design-day-heat.ts';
import { coolingBelow, redundancyText, unitsWithRedundancy, usableUnits } from './redundancy.ts';
import { checkPlacedRejection, chooseHeatRejection, sizeHeatRejection, type DesignConditions, type RejectionChoice } from './heat-rejection.ts';
import { chooseUnit } from './select-unit.ts';
import { groupFigure } from './group-figure.ts';
import { carryingAssets, isKept, type PlacedAsset } from './existing-assets.ts';
import { sizeLoopOnExisting } from './loop-on-existing.ts';
import { airOverhead, airPlantOf, sizeChilledWater, type AirPlant } from './chilled-water.ts';

const PIPE_DN_MM = [25, 32, 40, 50, 65, 80, 100, 125, 150, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000];

export interface CoolingResult {
  /** Power and cooling overhead per hall (facility minus IT), kW. */
  overheadKwByHall: Map<string, number>;
  heatRejection: HeatRejectionType;
  flowLpm: number;
  waterM3PerYear: number;
  /** The water-use arithmetic per hall and path, by heat-rejection type. */
  waterText: string;
  loops: LoopSummary[];
}

/** Litres per minute of coolant per kW of heat: V̇ = P / (ρ · cp · ΔT). */
export function litresPerMinutePerKw(bill: BillBuilder, fluid: 'water' | 'pg25', deltaTK: number): number {
  const f = bill.index;
  const cp = f.factor('water-cp') * (fluid === 'pg25' ? f.factor('pg25-cp-ratio') : 1);
  return 60 / (f.factor('water-density') * cp * deltaTK);
}

/** Smallest standard pipe size whose velocity stays at or below the design velocity. */
export function pipeDn(flowLpm: number, velocityMs: number): number {
  if (flowLpm <= 0) return 0;
  const areaM2 = flowLpm / 60_000 / velocityMs;
  const diameterMm = Math.sqrt((4 * areaM2) / Math.PI) * 1000;
  return PIPE_DN_MM.find((dn) => dn >= diameterMm) ?? Math.ceil(diameterMm / 100) * 100;
}

export interface LoopGroup {
  id: string;
  name: string;
  rows: RowLoad[];
  redundancy: CoolingRedundancy;
  /** Placed CDUs bought new (catalog ids) when the loop has them. */
  placedCdus: string[];
  /** Placed CDUs kept from the site as built (existing or upgraded); retired ones carry nothing. */
  kept: PlacedAsset[];
  subject: { type: string; id: string } | null;
  /** Length of the loop's pipe run (drawn or automatic), metres; null for a hall's automatic loop. */
  routeLengthM: number | null;
}

function loopGroups(hall: HallLoad, layout: ScenarioLayout, routeLengths: ReadonlyMap<string, number>, bill: BillBuilder): LoopGroup[] {
  const scenario = layout.scenario;
  const groups: LoopGroup[] = [];
  const auto: RowLoad[] = [];
  const loops = new Map(layout.loops.filter((l) => l.hallId === hall.hall.id).map((l) => [l.id, { loop: l, rows: [] as RowLoad[] }]));
  for (const row of hall.rows) {
    const entry = row.row.coolingLoopId === null ? undefined : loops.get(row.row.coolingLoopId);
    if (entry) entry.rows.push(row);
    else auto.push(row);
    // Once a hall has loops of its own, every liquid-cooled rack must be on one of them.
    if (!entry && loops.size > 0 && row.liquidKw > 0) {
      bill.check({
        severity: 'warning', code: 'liquid-rack-without-loop',
        message: `Row ${row.row.name} has ${fmt(row.liquidKw)} kWt of liquid-cooled racks on no cooling loop of ${hall.hall.name}; it is sized here on an automatic loop`,
        subject: { type: 'row', id: row.row.id },
      });
    }
  }
  for (const { loop, rows } of loops.values()) {
    const assets = carryingAssets(bill, loop.cduIds.map((id) => layout.equipmentById.get(id)).filter((e) => e !== undefined), 'cdu');
    const kept = assets.filter(isKept);
    const placed = assets.filter((a) => !isKept(a) && a.item?.kind === 'cdu').map((a) => a.item!.id);
    if (coolingBelow(loop.redundancy, scenario.coolingRedundancy)) {
      bill.check({ severity: 'warning', code: 'redundancy-below-target', message: `Cooling loop ${loop.name} is ${loop.redundancy}, below the scenario's ${scenario.coolingRedundancy}`, subject: { type: 'coolingLoop', id: loop.id } });
    }
    if (placed.length === 0 && kept.length === 0) {
      auto.push(...rows);
      continue;
    }
    groups.push({ id: loop.id, name: loop.name, rows, redundancy: loop.redundancy, placedCdus: placed, kept, subject: { type: 'coolingLoop', id: loop.id }, routeLengthM: routeLengths.get(loop.id) ?? null });
  }
  if (auto.length > 0) {
    groups.push({ id: `${hall.hall.id}/auto-loop`, name: `${hall.hall.name} liquid loop`, rows: auto, redundancy: scenario.coolingRedundancy, placedCdus: [], kept: [], subject: null, routeLengthM: null });
  }
  return groups;
}

function sizeLoop(group: LoopGroup, hall: HallLoad, lpmPerKw: number, bill: BillBuilder): LoopSummary {
  const heatKw = sumRows(group.rows, 'liquidKw');
  const flowLpm = heatKw * lpmPerKw;
  const dn = pipeDn(flowLpm, bill.index.factor('pipe-velocity-m-s'));
  const flowText = `${fmt(heatKw)} kWt × ${fmt(lpmPerKw, 3)} L/min/kW = ${fmt(flowLpm, 0)} L/min; main pipe DN${dn} at ≤ ${fmt(bill.index.factor('pipe-velocity-m-s'))} m/s`;
  const summary = { id: group.id, name: group.name, heatKw, flowLpm, pipeDn: dn };
  if (heatKw <= 0 && group.placedCdus.length === 0 && group.kept.length === 0) return summary;
  if (group.kept.length > 0) {
    sizeLoopOnExisting(group, hall, { heatKw, flowLpm, flowText }, bill);
    return summary;
  }
  if (group.placedCdus.length > 0) {
    const counts = new Map<string, number>();
    for (const c of group.placedCdus) counts.set(c, (counts.get(c) ?? 0) + 1);
    const units = [...counts].map(([id, count]) => ({ item: bill.index.requireItem(id), count }));
    const installed = group.placedCdus.length;
    const usable = usableUnits(installed, group.redundancy);
    // Capacity counted as the smallest units carrying load: conservative when sizes are mixed.
    const sizes = units.flatMap((u) => Array<typeof u.item>(u.count).fill(u.item)).sort((a, b) => (a.capacityKw ?? 0) - (b.capacityKw ?? 0));
    const active = sizes.slice(0, usable);
    const capKw = active.reduce((s, i) => s + (i.capacityKw ?? 0), 0);
    const capLpm = active.reduce((s, i) => s + (i.flowLpm ?? 0), 0);
    for (const { item, count } of units) {
      bill.catalogLine({
        category: 'cooling', catalogId: item.id, group: group.id, quantity: count,
        capacity: { value: item.capacityKw ?? 0, unit: 'kWt' }, redundancy: group.redundancy,
        derivation: `Placed in the layout on loop ${group.name}: ${count} × ${item.name}. Loop load ${flowText}`,
        factors: ['water-cp', 'water-density', 'pipe-velocity-m-s'],
      });
    }
    bill.group(groupFigure({
      id: group.id, kind: 'coolingLoop', name: group.name, hallId: hall.hall.id, subject: group.subject, placed: true, redundancy: group.redundancy,
      unit: 'kWt', load: heatKw, units: installed, usableUnits: usable,
      installedCapacity: sizes.reduce((s, i) => s + (i.capacityKw ?? 0), 0), usableCapacity: capKw,
      flowLpm, usableFlowLpm: capLpm, rows: group.rows.length, routeLengthM: group.routeLengthM,
    }));
    const limits = `${installed} CDUs at ${group.redundancy} leave ${usable} carrying load: ${fmt(capKw)} kWt and ${fmt(capLpm, 0)} L/min`;
    if (heatKw > capKw) {
      bill.check({ severity: 'error', code: 'cdu-over-capacity', message: `Loop ${group.name} carries ${fmt(heatKw)} kWt of heat; ${limits} (heat limit exceeded)`, subject: group.subject });
    }
    if (flowLpm > capLpm) {
      bill.check({ severity: 'error', code: 'loop-over-capacity', message: `Loop ${group.name} needs ${fmt(flowLpm, 0)} L/min; ${limits} (flow limit exceeded)`, subject: group.subject });
    }
    loopPiping(bill, group, hall, dn, installed);
    return summary;
  }
  const choice = chooseUnit(
    bill.index.ofKind('cdu'),
    (item) => {
      const byHeat = Math.ceil(heatKw / (item.capacityKw ?? Infinity));
      const byFlow = Math.ceil(flowLpm / (item.flowLpm ?? Infinity));
      const governs = byFlow > byHeat ? 'flow governs' : byHeat > byFlow ? 'heat governs' : 'heat and flow agree';
      return {
        n: Math.max(byHeat, byFlow),
        detail: () => `heat limit ⌈${fmt(heatKw)} / ${fmt(item.capacityKw ?? 0)}⌉ = ${byHeat}, flow limit ⌈${fmt(flowLpm, 0)} / ${fmt(item.flowLpm ?? 0)}⌉ = ${byFlow}; ${governs}: N = ${Math.max(byHeat, byFlow)}`,
      };
    },
    (id) => bill.priceOf(id),
  );
  if (!choice) return summary;
  const quantity = unitsWithRedundancy(choice.n, group.redundancy);
  bill.noteGranularity('cdu', `${choice.item.name} (${group.name})`, heatKw, 'kWt', Math.min(...bill.index.ofKind('cdu').map((c) => c.capacityKw ?? Infinity)));
  bill.group(groupFigure({
    id: group.id, kind: 'coolingLoop', name: group.name, hallId: hall.hall.id, subject: group.subject, placed: false, redundancy: group.redundancy,
    unit: 'kWt', load: heatKw, units: quantity, usableUnits: choice.n,
    installedCapacity: quantity * (choice.item.capacityKw ?? 0), usableCapacity: choice.n * (choice.item.capacityKw ?? 0),
    flowLpm, usableFlowLpm: choice.n * (choice.item.flowLpm ?? 0), rows: group.rows.length, routeLengthM: group.routeLengthM,
  }));
  bill.catalogLine({
    category: 'cooling', catalogId: choice.item.id, group: group.id,
    quantity,
    capacity: { value: choice.item.capacityKw ?? 0, unit: 'kWt' }, redundancy: group.redundancy,
    derivation: `${hall.hall.name}, ${group.name}: ${flowText}. CDUs = max(heat limit, flow limit): ${choice.detail()}; ${redundancyText(choice.n, group.redundancy)}`,
    factors: ['water-cp', 'water-density', 'pipe-velocity-m-s'],
  });
  loopPiping(bill, group, hall, dn, quantity);
  return summary;
}

/** The loop's pipe over its route (or, without one, along its liquid rows plus a header across the hall). */
function loopPiping(bill: BillBuilder, group: LoopGroup, hall: HallLoad, dn: number, cdus: number): void {
  const rows = group.rows.filter((r) => r.liquidKw > 0);
  if (rows.length === 0) return;
  const along = rows.reduce((s, r) => s + rowLengthM(r.row), 0);
  const oneWay = group.routeLengthM ?? along + hall.hall.depthM;
  const lengthText = group.routeLengthM !== null
    ? `route ${fmt(group.routeLengthM, 1)} m from the layout`
    : `no drawn route: ${rows.length} liquid rows ${fmt(along, 1)} m + header across the hall ${fmt(hall.hall.depthM, 1)} m = ${fmt(oneWay, 1)} m`;
  sizePipeRun(bill, group.id, `${hall.hall.name}, ${group.name} technology cooling loop`, dn, oneWay, lengthText);
  sizeIsolation(bill, group.id, `${hall.hall.name}, ${group.name}`, cdus, rows.length, group.redundancy);
}

/** CRAH or fan-wall units for the air heat of one hall. */
function sizeAirUnits(bill: BillBuilder, loadKw: number, redundancy: CoolingRedundancy, group: string, what: string): void {
  if (loadKw <= 0) return;
  const choice = chooseUnit(
    bill.index.ofKind('crah'),
    (item) => {
      const n = Math.ceil(loadKw / (item.capacityKw ?? Infinity));
      return { n, detail: () => `⌈${fmt(loadKw)} kWt / ${fmt(item.capacityKw ?? 0)} kWt⌉ = ${n}` };
    },
    (id) => bill.priceOf(id),
  );
  if (!choice) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No crah in the catalog for ${what}`, subject: null });
    return;
  }
  bill.noteGranularity('crah', `${choice.item.name} (${group})`, loadKw, 'kWt', Math.min(...bill.index.ofKind('crah').map((c) => c.capacityKw ?? Infinity)));
  bill.catalogLine({
    category: 'cooling', catalogId: choice.item.id, group, quantity: unitsWithRedundancy(choice.n, redundancy),
    capacity: { value: choice.item.capacityKw ?? 0, unit: 'kWt' }, redundancy,
    derivation: `${what}: ${choice.detail()}; ${redundancyText(choice.n, redundancy)}`,
  });
}

/** Site- and scenario-wide inputs of the cooling rules, the same for every hall. */
export interface CoolingContext {
  lpmPerKw: number;
  rejection: RejectionChoice;
  conditions: DesignConditions;
  pueLiquid: number;
  pueAir: number;
  placedRejection: boolean;
  /** Where the air share's chilled water comes from on the design day. */
  airPlant: AirPlant;
  /** Placed heat rejection includes chillers (the air share's chilled water). */
  placedChillers: boolean;
}

export function coolingContext(layout: ScenarioLayout, site: SiteRecord, bill: BillBuilder): CoolingContext {
  const f = bill.index;
  const scenario = layout.scenario;
  const rejection = chooseHeatRejection(f, site, scenario.liquidSupplyC);
  const placedRejection = layout.equipment.some((e) => f.findItem(e.catalogId)?.kind === 'heat-rejection');
  const placedChillers = layout.equipment.some((e) => f.findItem(e.catalogId)?.heatRejection === 'chiller');
  if (!rejection.feasible && !placedRejection && layout.rows.some((r) => r.itKw > 0)) {
    bill.check({ severity: 'error', code: 'heat-rejection-infeasible', message: `Facility water at ${fmt(scenario.liquidSupplyC)} °C cannot be made at the site's design ambient: ${rejection.why}`, subject: { type: 'site', id: site.id } });
  }
  return {
    lpmPerKw: litresPerMinutePerKw(bill, scenario.fluid, scenario.liquidDeltaTK),
    rejection,
    conditions: { dryBulbC: site.designDryBulbC, wetBulbC: site.designWetBulbC, supplyC: scenario.liquidSupplyC },
    pueLiquid: f.factor(rejection.type === 'dry-cooler' ? 'pue-liquid-dry-cooler' : rejection.type === 'cooling-tower' ? 'pue-liquid-tower' : 'pue-chiller'),
    pueAir: f.factor('pue-air-economiser'),
    placedRejection,
    airPlant: airPlantOf(f, site),
    placedChillers,
  };
}

export interface HallCooling {
  /** Power and cooling overhead of the hall (facility minus IT), kW, over the year: energy and the annual PUE. */
  overheadKw: number;
  /** The same on the design day (chillers at full-load COP): what the power chain is sized on. */
  designOverheadKw: number;
  /** Site water use of the hall's heat rejection, by path (liquid heat, air share). */
  water: WaterUse[];
  loops: LoopSummary[];
}

/** CDUs per loop, rear doors, in-rack hardware, CRAH/fan walls and heat rejection of one hall. */
export function sizeHallCooling(
  hall: HallLoad,
  layout: ScenarioLayout,
  ctx: CoolingContext,
  routeLengths: ReadonlyMap<string, number>,
  bill: BillBuilder,
): HallCooling {
  const f = bill.index;
  const scenario = layout.scenario;
  const loops: LoopSummary[] = [];
  for (const group of loopGroups(hall, layout, routeLengths, bill)) loops.push(sizeLoop(group, hall, ctx.lpmPerKw, bill));
  const facilityFlow = loops.reduce((s, l) => s + l.flowLpm, 0);
  const route = f.factor('fw-main-route-m');
  sizePipeRun(bill, hall.hall.id, `${hall.hall.name} facility-water mains (heat rejection to CDUs, ${fmt(facilityFlow, 0)} L/min)`, pipeDn(facilityFlow, f.factor('pipe-velocity-m-s')), route, `route ${fmt(route)} m from the heat rejection to the hall`);
  const rdhx = new Map<string, number>();
  const inRack = new Map<string, number>();
  for (const row of hall.rows) {
    for (const [id, n] of row.rdhx) rdhx.set(id, (rdhx.get(id) ?? 0) + n);
    for (const [id, n] of row.inRack) inRack.set(id, (inRack.get(id) ?? 0) + n);
  }
  for (const [id, n] of rdhx) {
    const item = f.requireItem(id);
    bill.catalogLine({
      category: 'cooling', catalogId: id, group: hall.hall.id, quantity: n, capacity: { value: item.capacityKw ?? 0, unit: 'kWt' }, redundancy: null,
      derivation: `${hall.hall.name}: ${n} air racks above the containment threshold (${fmt(f.factor('containment-threshold-kw'))} kW) in rows without containment get one rear door each, the smallest family that takes the rack's air heat`,
      factors: ['containment-threshold-kw'],
    });
  }
  for (const [id, n] of inRack) {
    bill.catalogLine({
      category: 'cooling', catalogId: id, group: hall.hall.id, quantity: n, capacity: null, redundancy: null,
      derivation: `${hall.hall.name}: one set per liquid-cooled rack of a profile that carries it: ${n} racks`,
    });
  }
  const liquidKw = sumRows(hall.rows, 'liquidKw');
  const rdhxKw = sumRows(hall.rows, 'rdhxKw');
  // Air heat: what CRAHs and fan walls take (the air share less what rear doors take) and, with the rear doors',
  // what the chilled water carries.
  const airTotalKw = sumRows(hall.rows, 'airKw');
  const airKw = airTotalKw - rdhxKw;
  sizeAirUnits(bill, airKw, scenario.coolingRedundancy, hall.hall.id, `${hall.hall.name} air heat (air share of every rack, less what rear doors take) ${fmt(airKw)} kWt`);
  if (!ctx.placedRejection) {
    // Sized on the design-day heat: pump heat to the liquid side; fan heat and UPS losses to the chilled water.
    const liquid = liquidDesignHeat(f, liquidKw);
    const air = airDesignHeat(f, airTotalKw, hall.hall.kind === 'mining' ? 0 : sumRows(hall.rows, 'itKw'));
    sizeHeatRejection(bill, ctx.rejection, ctx.conditions, liquid.kw, scenario.coolingRedundancy, hall.hall.id, `${hall.hall.name} heat rejection for the liquid heat on the design day (${liquid.text}; the air share goes to chilled water)`);
    sizeChilledWater(bill, ctx.airPlant, air, scenario.coolingRedundancy, hall.hall.id, hall.hall.name);
  }
  const liquidOverhead = liquidKw * (ctx.pueLiquid - 1);
  const air = airOverhead(f, ctx.airPlant, airTotalKw, ctx.pueAir);
  const adiabatic = (type: HeatRejectionType) => f.ofKind('heat-rejection').some((i) => i.heatRejection === type && i.adiabatic === true);
  const water = [
    waterUse(bill, ctx.rejection.type, adiabatic(ctx.rejection.type), liquidKw, `${hall.hall.name} liquid heat`, { designDryBulbC: ctx.conditions.dryBulbC, supplyC: ctx.conditions.supplyC }),
    ctx.airPlant.kind === 'economiser'
      ? waterUse(bill, 'dry-cooler', adiabatic('dry-cooler'), airTotalKw, `${hall.hall.name} air share (economiser)`, { designDryBulbC: ctx.airPlant.conditions.dryBulbC, supplyC: ctx.airPlant.conditions.supplyC })
      : waterUse(bill, 'chiller', false, airTotalKw, `${hall.hall.name} air share (chillers)`, { designDryBulbC: ctx.conditions.dryBulbC, supplyC: ctx.conditions.supplyC }),
  ].filter((w) => w.text !== '');
  return { overheadKw: liquidOverhead + air.annual, designOverheadKw: liquidOverhead + air.designDay, water, loops };
}

/** The site-level part of cooling once every hall is sized: placed heat rejection and the summary. */
export function finishCooling(layout: ScenarioLayout, ctx: CoolingContext, halls: readonly HallCooling[], bill: BillBuilder): CoolingResult {
  const itKw = layout.rows.reduce((s, r) => s + r.itKw, 0);
  if (ctx.placedRejection) {
    const placed = new Map<string, number>();
    for (const e of layout.equipment) {
      if (bill.index.findItem(e.catalogId)?.kind === 'heat-rejection') placed.set(e.catalogId, (placed.get(e.catalogId) ?? 0) + 1);
    }
    checkPlacedRejection(bill, placed, ctx.conditions, itKw, layout.scenario.coolingRedundancy);
  }
  const loops = halls.flatMap((h) => h.loops);
  const overheadKwByHall = new Map<string, number>();
  layout.halls.forEach((h, i) => overheadKwByHall.set(h.hall.id, halls[i]?.overheadKw ?? 0));
  return {
    overheadKwByHall,
    heatRejection: ctx.rejection.type,
    flowLpm: loops.reduce((s, l) => s + l.flowLpm, 0),
    waterM3PerYear: halls.reduce((s, h) => s + h.water.reduce((t, w) => t + w.m3PerYear, 0), 0),
    waterText: halls.flatMap((h) => h.water.map((w) => w.text)).join('; '),
    loops,
  };
}
