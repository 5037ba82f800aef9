import type { HeatRejectionType } from '../catalog/schema.ts';
import type { SiteRecord } from '../model/index.ts';
import { sizeAirUnits } from './air-units.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { LoopSummary } from './bill-schema.ts';
import { sizeLoop } from './cdu-loops.ts';
import { airOverhead, airPlantOf, sizeChilledWater, type AirPlant } from './chilled-water.ts';
import { litresPerMinutePerKw, pipeDn } from './coolant-flow.ts';
import { airDesignHeat, liquidDesignHeat } from './design-day-heat.ts';
import { fmt } from './format.ts';
import { placedRejectionOnExisting } from './rejection-on-existing.ts';
import { checkPlacedRejection, chooseHeatRejection, sizeHeatRejection, type DesignConditions, type RejectionChoice } from './heat-rejection.ts';
import type { ScenarioLayout } from './layout.ts';
import { sumRows, type HallLoad } from './loads.ts';
import { loopGroups } from './loop-groups.ts';
import { sizePipeRun } from './piping.ts';
import { waterUse, type WaterUse } from './water.ts';

// The cooling stage: per hall, loops and CDUs, rear doors, in-rack hardware, air units, heat rejection and
// chilled water; then the site's placed heat rejection and the cooling summary.

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
    if (row.rdhx.size > 0) for (const [id, n] of row.rdhx) rdhx.set(id, (rdhx.get(id) ?? 0) + n);
    if (row.inRack.size > 0) for (const [id, n] of row.inRack) inRack.set(id, (inRack.get(id) ?? 0) + n);
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
  // A hall that stays a mining hall ventilates its ASICs' air share with outside air, as mining sheds do: no
  // chilled water, fan overhead only.
  const mining = hall.hall.kind === 'mining';
  if (!ctx.placedRejection) {
    // Sized on the design-day heat: pump heat to the liquid side; fan heat and UPS losses to the chilled water.
    const liquid = liquidDesignHeat(f, liquidKw);
    sizeHeatRejection(bill, ctx.rejection, ctx.conditions, liquid.kw, scenario.coolingRedundancy, hall.hall.id, `${hall.hall.name} heat rejection for the liquid heat on the design day (${liquid.text}; the air share goes to ${mining ? 'outside air' : 'chilled water'})`);
    if (!mining) sizeChilledWater(bill, ctx.airPlant, airDesignHeat(f, airTotalKw, sumRows(hall.rows, 'itKw')), scenario.coolingRedundancy, hall.hall.id, hall.hall.name);
  }
  const liquidOverhead = liquidKw * (ctx.pueLiquid - 1);
  const air = airOverhead(f, mining ? outsideAir(ctx.airPlant) : ctx.airPlant, airTotalKw, ctx.pueAir);
  const adiabatic = (type: HeatRejectionType) => f.ofKind('heat-rejection').some((i) => i.heatRejection === type && i.adiabatic === true);
  const water = [
    waterUse(bill, ctx.rejection.type, adiabatic(ctx.rejection.type), liquidKw, `${hall.hall.name} liquid heat`, { designDryBulbC: ctx.conditions.dryBulbC, supplyC: ctx.conditions.supplyC }),
    mining
      ? { m3PerYear: 0, text: airTotalKw > 0 ? `${hall.hall.name} air share: outside-air ventilation (a mining hall) uses no water` : '' }
      : ctx.airPlant.kind === 'economiser'
      ? waterUse(bill, 'dry-cooler', adiabatic('dry-cooler'), airTotalKw, `${hall.hall.name} air share (economiser)`, { designDryBulbC: ctx.airPlant.conditions.dryBulbC, supplyC: ctx.airPlant.conditions.supplyC })
      : waterUse(bill, 'chiller', false, airTotalKw, `${hall.hall.name} air share (chillers)`, { designDryBulbC: ctx.conditions.dryBulbC, supplyC: ctx.conditions.supplyC }),
  ].filter((w) => w.text !== '');
  return { overheadKw: liquidOverhead + air.annual, designOverheadKw: liquidOverhead + air.designDay, water, loops };
}

/** A mining hall's air share on outside air: fan overhead only, as an economiser, never compressors. */
function outsideAir(plant: AirPlant): AirPlant {
  return { ...plant, kind: 'economiser', why: 'a mining hall: outside-air ventilation' };
}

/** The site-level part of cooling once every hall is sized: placed heat rejection and the summary. */
export function finishCooling(layout: ScenarioLayout, ctx: CoolingContext, halls: readonly HallCooling[], bill: BillBuilder): CoolingResult {
  const itKw = layout.rows.reduce((s, r) => s + r.itKw, 0);
  if (ctx.placedRejection && !placedRejectionOnExisting(layout, bill, ctx.conditions, itKw)) {
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
