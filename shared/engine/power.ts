import type { EquipmentItem, EquipmentKind } from '../catalog/schema.ts';
import type { PowerFeedRecord, Redundancy, SiteRecord } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import type { ScenarioLayout } from './layout.ts';
import { rowLengthM, sumRows, type HallLoad, type RowLoad } from './loads.ts';
import { adjustedRacks } from './rack-load.ts';
import { generatorRedundancy, generatorRedundancyBasis, needsTwoFeeds, redundancyText, unitsWithRedundancy, usableUnits } from './redundancy.ts';
import { chooseUnit } from './select-unit.ts';
import { creditBuilt, topUpBuilt } from './built-units.ts';
import { groupFigure } from './group-figure.ts';
import { sizeHallUps, type UpsCarrying } from './ups-lineup.ts';
import { sizeTransformerBoards } from './lv-bus.ts';
import { sizeGeneratorPlant, sizeLvFeeders, sizeMvFeeders, sizePumpUps, sizeRackFeeds } from './power-chain.ts';
import { gpuKw } from './transients.ts';
import { sizeSubstation } from './substation.ts';
import { isDcRow, sizeDcDistribution, sizeSidecars } from './dc-distribution.ts';
import { checkFeeds, countBy, feedsWithUps } from './placed-feeds.ts';
import { placedPowerOnExisting } from './power-on-existing.ts';

/** Catalog source of the tier basis for generator redundancy (REFERENCE §6). */
const GENERATOR_REDUNDANCY_SOURCE = 'uptime-tiers';

export interface PowerResult {
  /** Facility load over the year (annual PUE): energy and opex. */
  facilityKw: number;
  facilityKva: number;
  /** Facility load on the design day: what the interconnect, substation and power chain must carry. */
  designDayKw: number;
}

/** A hall's facility load over the year and on the design day, kW. */
export interface HallFacility {
  annualKw: number;
  designDayKw: number;
}

/** What the GPU transient check reads: the engine-sized UPS lineups and generator sets of a hall, and their GPU load. */
export interface HallTransients {
  ups: UpsCarrying | null;
  generators: { usableKw: number; gpuKw: number } | null;
}

export interface HallPower extends HallFacility {
  transients: HallTransients;
}

/** Real power a three-phase circuit carries at continuous loading: P = √3 · V · I · pf · loading. */
export function circuitKw(bill: BillBuilder, item: EquipmentItem): number {
  const f = bill.index;
  return (Math.sqrt(3) * (item.volts ?? 0) * (item.amps ?? 0) * f.factor('power-factor') * f.factor('continuous-loading')) / 1000;
}

function sizeUnits(
  bill: BillBuilder,
  kind: EquipmentKind,
  load: number,
  unitLabel: 'kW' | 'kVA',
  redundancy: Redundancy,
  group: string,
  what: string,
  basis?: { text?: string; sources: readonly string[] },
): { quantity: number; n: number; item: EquipmentItem; installedCapacity: number; usableCapacity: number; ratings: readonly number[] } | null {
  if (load <= 0) return null;
  const rating = (i: EquipmentItem) => (unitLabel === 'kVA' ? i.capacityKva : i.capacityKw) ?? Infinity;
  // What a previous phase built in this group, whatever its model, counts first; only the shortfall is bought.
  const credit = { category: 'power', kind, group, rating, unit: unitLabel, redundancy, context: what, factors: ['power-factor'] } as const;
  const built = creditBuilt(bill, credit);
  if (built.length > 0) {
    const sized = topUpBuilt(bill, { ...credit, load, candidates: bill.index.ofKind(kind) }, built);
    return { quantity: sized.units, n: sized.carrying, item: sized.largest, installedCapacity: sized.installedCapacity, usableCapacity: sized.usableCapacity, ratings: sized.ratings };
  }
  const choice = chooseUnit(
    bill.index.ofKind(kind),
    (item) => {
      const n = Math.ceil(load / rating(item));
      return { n, detail: () => `⌈${fmt(load)} ${unitLabel} / ${fmt(rating(item))} ${unitLabel}⌉ = ${n}` };
    },
    (id) => bill.priceOf(id),
  );
  if (!choice) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No ${kind} in the catalog for ${what}`, subject: null });
    return null;
  }
  const quantity = unitsWithRedundancy(choice.n, redundancy);
  bill.noteGranularity(kind, `${choice.item.name} (${group})`, load, unitLabel, Math.min(...bill.index.ofKind(kind).map(rating)));
  bill.catalogLine({
    category: 'power', catalogId: choice.item.id, group, quantity,
    capacity: { value: rating(choice.item), unit: unitLabel }, redundancy,
    derivation: `${what}: ${choice.detail()}; ${basis?.text ? `${basis.text}: ` : ''}${redundancyText(choice.n, redundancy)}`,
    factors: ['power-factor'],
    ...(basis ? { extraSources: basis.sources } : {}),
  });
  return { quantity, n: choice.n, item: choice.item, installedCapacity: quantity * rating(choice.item), usableCapacity: choice.n * rating(choice.item), ratings: Array<number>(quantity).fill(rating(choice.item)) };
}

function sizeBusway(bill: BillBuilder, hall: HallLoad, rows: readonly RowLoad[], redundancy: Redundancy, feedsById: Map<string, PowerFeedRecord>): void {
  const sides = needsTwoFeeds(redundancy) ? 2 : 1;
  const slack = bill.index.factor('cable-slack-m');
  const metres = new Map<string, { m: number; runs: number; rows: number; example: string }>();
  const options = bill.index.ofKind('busway').map((item) => ({ item, kw: circuitKw(bill, item), price: bill.priceOf(item.id) }));
  for (const row of rows) {
    if (row.itKw <= 0) continue;
    const feedItem = row.row.feedAId === null ? undefined : bill.index.findItem(feedsById.get(row.row.feedAId)?.distributionId ?? '');
    const length = rowLengthM(row.row) + slack;
    // The cheapest busway per metre of row (ties: fewer runs); a feed's own busway when the layout names one.
    let best: (typeof options)[number] | undefined;
    let bestRuns = 0;
    let bestCost = Infinity;
    for (const o of options) {
      if (feedItem?.kind === 'busway' && o.item.id !== feedItem.id) continue;
      const runs = Math.ceil(row.itKw / o.kw);
      const cost = runs * o.price;
      if (cost < bestCost || (cost === bestCost && runs < bestRuns)) {
        best = o;
        bestRuns = runs;
        bestCost = cost;
      }
    }
    if (!best) continue;
    let entry = metres.get(best.item.id);
    if (!entry) {
      const example = `row ${row.row.name}: ⌈${fmt(row.itKw)} kW / ${fmt(best.kw)} kW per run⌉ = ${bestRuns} runs per side × ${sides} side(s) × (${fmt(rowLengthM(row.row))} m row + ${fmt(slack)} m) = ${fmt(bestRuns * sides * length, 1)} m`;
      entry = { m: 0, runs: 0, rows: 0, example };
      metres.set(best.item.id, entry);
    }
    entry.m += bestRuns * sides * length;
    entry.runs += bestRuns * sides;
    entry.rows += 1;
  }
  for (const [id, e] of metres) {
    const item = bill.index.requireItem(id);
    bill.catalogLine({
      category: 'power', catalogId: id, group: hall.hall.id, quantity: Math.round(e.m * 10) / 10,
      capacity: { value: item.amps ?? 0, unit: 'A' }, redundancy: sides === 2 ? 'A+B' : 'A',
      derivation: `${hall.hall.name}: ${e.runs} busway runs over ${e.rows} rows; run rating √3 × ${fmt(item.volts ?? 0)} V × ${fmt(item.amps ?? 0)} A × pf ${fmt(bill.index.factor('power-factor'))} × ${fmt(bill.index.factor('continuous-loading'))} continuous = ${fmt(circuitKw(bill, item))} kW; e.g. ${e.example}`,
      factors: ['power-factor', 'continuous-loading', 'cable-slack-m'],
    });
  }
}

/** Scenario-wide inputs of the power rules: rows served by placed feeds, and which kinds the layout places. */
export interface PowerContext {
  fedRows: Set<string>;
  feedsById: Map<string, PowerFeedRecord>;
  placedKinds: Set<EquipmentKind | undefined>;
}

/** Checks the placed feeds (and lists their UPS modules); the rest of the power chain is sized per hall. */
export function powerContext(layout: ScenarioLayout, bill: BillBuilder): PowerContext {
  const feeds = feedsWithUps(layout, bill);
  return {
    fedRows: checkFeeds(layout, bill, feeds),
    feedsById: new Map(layout.feeds.map((x) => [x.id, x])),
    placedKinds: new Set(layout.equipment.map((e) => e.nameplate?.kind ?? bill.index.findItem(e.catalogId)?.kind)),
  };
}

/**
 * UPS, transformers, switchgear, generators, busway and rack PDUs of one hall; returns its facility load. The
 * chain is sized on the design-day peak (chillers at full load), not on the annual PUE.
 */
export function sizeHallPower(hall: HallLoad, overhead: { annualKw: number; designDayKw: number }, layout: ScenarioLayout, ctx: PowerContext, bill: BillBuilder): HallPower {
  const f = bill.index;
  const scenario = layout.scenario;
  // A hall that stays a mining hall runs as mining does: no UPS, no backup generation, no redundancy.
  const mining = hall.hall.kind === 'mining';
  const redundancy = mining ? 'N' : scenario.powerRedundancy;
  const pf = f.factor('power-factor');
  const itKw = sumRows(hall.rows, 'itKw');
  const overheadKw = overhead.designDayKw;
  const hallFacility = itKw + overheadKw;
  const transients: HallTransients = { ups: null, generators: null };
  const result = { annualKw: itKw + overhead.annualKw, designDayKw: hallFacility, transients };
  if (itKw <= 0) return result;
  if (!mining) {
    const autoRows: RowLoad[] = hall.rows.filter((r) => !ctx.fedRows.has(r.row.id));
    transients.ups = sizeHallUps(bill, hall, autoRows, redundancy);
    sizePumpUps(bill, hall, sumRows(hall.rows, 'liquidKw'), redundancy);
  }
  const kva = hallFacility / pf;
  const adjusted = adjustedRacks(hall.rows);
  for (const a of adjusted?.assumed ?? []) bill.assumed.add(a);
  const loadText = `design-day facility load ${fmt(itKw)} kW IT${adjusted ? ` (of it ${adjusted.text})` : ''} + ${fmt(overheadKw)} kW overhead = ${fmt(hallFacility)} kW`;
  if (!ctx.placedKinds.has('transformer')) {
    const note = mining ? ' (mining hall: no UPS or generators, N)' : '';
    const transformers = sizeUnits(bill, 'transformer', kva, 'kVA', redundancy, hall.hall.id, `${hall.hall.name} MV/LV transformers${note}: ${loadText} / pf ${fmt(pf)} = ${fmt(kva)} kVA`, adjusted ? { sources: adjusted.sources } : undefined);
    if (transformers) {
      bill.group(groupFigure({
        id: `${hall.hall.id}/transformers`, kind: 'transformerGroup', name: `${hall.hall.name} transformers`, hallId: hall.hall.id, subject: { type: 'hall', id: hall.hall.id },
        placed: false, redundancy, unit: 'kVA', load: kva, units: transformers.quantity, usableUnits: transformers.n,
        installedCapacity: transformers.installedCapacity, usableCapacity: transformers.usableCapacity, rows: hall.rows.length,
      }));
      sizeSwitchgear(bill, hall, transformers.ratings, redundancy);
    }
  }
  if (scenario.generators && !mining && !ctx.placedKinds.has('generator')) {
    const basis = { text: generatorRedundancyBasis(redundancy), sources: [GENERATOR_REDUNDANCY_SOURCE, ...(adjusted?.sources ?? [])] };
    const gens = sizeUnits(bill, 'generator', hallFacility, 'kW', generatorRedundancy(redundancy), hall.hall.id, `${hall.hall.name} generators: ${loadText}`, basis);
    if (gens) {
      sizeGeneratorPlant(bill, hall.hall.id, hall.hall.name, gens.quantity, hallFacility, generatorRedundancy(redundancy));
      transients.generators = { usableKw: gens.usableCapacity, gpuKw: gpuKw(hall.rows) };
    }
  }
  const dcRows = hall.rows.filter((r) => isDcRow(bill, r, scenario.dcDistribution));
  // Sidecars take their AC from the row's busway and tap-offs like any rack; central rectifiers feed DC busway.
  const sidecars = scenario.dcDistribution === 'sidecar';
  const acRows = sidecars ? hall.rows : hall.rows.filter((r) => !dcRows.includes(r));
  const sides = needsTwoFeeds(redundancy) ? 2 : 1;
  sizeBusway(bill, hall, acRows, redundancy, ctx.feedsById);
  if (sidecars) sizeSidecars(bill, hall, dcRows);
  else sizeDcDistribution(bill, hall, dcRows, redundancy, sides);
  const pdu = f.ofKind('pdu')[0];
  sizeRackFeeds(bill, hall, acRows, sides, pdu ? circuitKw(bill, pdu) : 0, pdu);
  return result;
}

/** Placed transformers and generators, and the site's interconnect and substation, against the facility load. */
export function finishPower(layout: ScenarioLayout, site: SiteRecord, facility: HallFacility, bill: BillBuilder): PowerResult {
  const pf = bill.index.factor('power-factor');
  const peakKw = facility.designDayKw;
  placedPowerLines(layout, bill, peakKw, pf);
  const peakKva = peakKw / pf;
  if (peakKw > site.interconnectMw * 1000) {
    bill.check({ severity: 'error', code: 'interconnect-exceeded', message: `Design-day facility load ${fmt(peakKw / 1000, 2)} MW exceeds the site interconnect of ${fmt(site.interconnectMw)} MW`, subject: { type: 'site', id: site.id } });
  }
  const extensionKva = sizeSubstation(bill, site, peakKva, layout.scenario.powerRedundancy);
  // Without an existing substation the lines are the substation itself, not a shortfall to warn about.
  if (extensionKva > 0 && site.substationMva > 0) {
    bill.check({ severity: 'warning', code: 'substation-exceeded', message: `Design-day facility load ${fmt(peakKva / 1000, 2)} MVA exceeds the existing substation's ${fmt(site.substationMva)} MVA; the bill adds a ${fmt(extensionKva / 1000, 2)} MVA extension at ${fmt(site.utilityVoltageKv)} kV (its large power transformers are the longest lead)`, subject: { type: 'site', id: site.id } });
  }
  return { facilityKw: facility.annualKw, facilityKva: facility.annualKw / pf, designDayKw: peakKw };
}

function sizeSwitchgear(bill: BillBuilder, hall: HallLoad, ratings: readonly number[], redundancy: Redundancy): void {
  const transformers = ratings.length;
  if (sizeTransformerBoards(bill, hall.hall.id, hall.hall.name, ratings, redundancy)) sizeLvFeeders(bill, hall.hall.id, hall.hall.name, transformers, 'transformer LV boards to the UPS and mechanical loads');
  const mv = bill.index.ofKind('switchgear').find((s) => s.ports !== undefined);
  if (mv) {
    const feeders = mv.ports ?? 1;
    const sides = needsTwoFeeds(redundancy) ? 2 : 1;
    const lineups = sides * Math.ceil(transformers / sides / feeders);
    bill.catalogLine({
      category: 'power', catalogId: mv.id, group: hall.hall.id, quantity: lineups, capacity: null, redundancy,
      derivation: `${hall.hall.name}: ${transformers} transformers on ${sides} MV side(s), ${feeders} transformer feeders per lineup: ${sides} × ⌈${transformers} / ${sides} / ${feeders}⌉ = ${lineups}`,
    });
    sizeMvFeeders(bill, hall.hall.id, hall.hall.name, lineups);
  }
}

/** Transformers and generators placed in the layout: listed, and checked against the facility load. */
function placedPowerLines(layout: ScenarioLayout, bill: BillBuilder, facilityKw: number, pf: number): void {
  for (const kind of ['transformer', 'generator'] as const) {
    const redundancy = kind === 'generator' ? generatorRedundancy(layout.scenario.powerRedundancy) : layout.scenario.powerRedundancy;
    // A retrofit's kept, upgraded or retired units are credited in this same step, with new units for the shortfall.
    if (placedPowerOnExisting(layout, bill, kind, redundancy, kind === 'transformer' ? facilityKw / pf : facilityKw)) continue;
    const placed = layout.equipment.map((e) => bill.index.findItem(e.catalogId)).filter((i): i is EquipmentItem => i?.kind === kind);
    if (placed.length === 0) continue;
    const unit = kind === 'transformer' ? 'kVA' : 'kW';
    const rating = (i: EquipmentItem) => (kind === 'transformer' ? i.capacityKva : i.capacityKw) ?? 0;
    for (const [id, n] of countBy(placed.map((i) => i.id))) {
      const item = bill.index.requireItem(id);
      bill.catalogLine({
        category: 'power', catalogId: id, group: 'site', quantity: n, capacity: { value: rating(item), unit }, redundancy,
        derivation: `Placed in the layout: ${n} × ${item.name}${kind === 'generator' ? `; ${generatorRedundancyBasis(layout.scenario.powerRedundancy)}` : ''}`,
        ...(kind === 'generator' ? { extraSources: [GENERATOR_REDUNDANCY_SOURCE] } : {}),
      });
    }
    const sizes = placed.map(rating).sort((a, b) => a - b);
    const carrying = usableUnits(sizes.length, redundancy);
    const usable = sizes.slice(0, carrying).reduce((s, k) => s + k, 0);
    const load = kind === 'transformer' ? facilityKw / pf : facilityKw;
    if (kind === 'transformer') {
      bill.group(groupFigure({
        id: 'site/transformers', kind: 'transformerGroup', name: 'Site transformers (placed)', hallId: null, subject: null, placed: true,
        redundancy, unit: 'kVA', load, units: sizes.length, usableUnits: carrying,
        installedCapacity: sizes.reduce((s, k) => s + k, 0), usableCapacity: usable, rows: layout.rows.length,
      }));
    }
    if (load > usable) {
      bill.check({ severity: 'error', code: kind === 'transformer' ? 'transformer-over-capacity' : 'generator-over-capacity', message: `Placed ${kind}s give ${fmt(usable)} ${unit} at ${redundancy}; the facility needs ${fmt(load)} ${unit}`, subject: null });
    }
  }
}
