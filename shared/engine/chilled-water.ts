import type { CatalogIndex } from '../catalog/catalog-index.ts';
import type { CoolingRedundancy, SiteRecord } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import { siteRating, sizeHeatRejection, type DesignConditions } from './heat-rejection.ts';
import { redundancyText, unitsWithRedundancy } from './redundancy.ts';
import { chooseUnit } from './select-unit.ts';
import { pipeDn } from './coolant-flow.ts';
import { sizePipeRun } from './piping.ts';
import type { DesignHeat } from './design-day-heat.ts';

/**
 * The air share (CRAH, fan-wall and rear-door heat) needs water colder than the air it supplies: chilled water at
 * `chw-supply-c`, so that supply air (water + coil approach) stays within the rack inlet limit. Facility water for
 * liquid cooling (32–45 °C from towers or dry coolers) cannot do that. On the design day the chilled water comes
 * from a dry-cooler economiser where the climate allows it (design dry bulb at least the dry cooler's minimum
 * approach below the chilled-water supply), else from air-cooled chillers.
 */
export interface AirPlant {
  kind: 'economiser' | 'chiller';
  conditions: DesignConditions;
  why: string;
}

export function airPlantOf(index: CatalogIndex, site: SiteRecord): AirPlant {
  const chwC = index.factor('chw-supply-c');
  const conditions: DesignConditions = { dryBulbC: site.designDryBulbC, wetBulbC: site.designWetBulbC, supplyC: chwC };
  const dry = index.ofKind('heat-rejection').filter((i) => i.heatRejection === 'dry-cooler').map((i) => siteRating(i, conditions, index));
  const best = dry.reduce((m, r) => Math.max(m, r.factor), 0);
  const head = `chilled water at ${fmt(chwC)} °C; a dry-cooler economiser at design dry bulb ${fmt(site.designDryBulbC)} °C has ${fmt(chwC)} − ${fmt(site.designDryBulbC)} = ${fmt(chwC - site.designDryBulbC)} K approach`;
  return best > 0
    ? { kind: 'economiser', conditions, why: `${head}, enough (minimum ${fmt(index.factor('dry-cooler-approach-k'))} K): economiser on the design day` }
    : { kind: 'chiller', conditions, why: `${head}, below the ${fmt(index.factor('dry-cooler-approach-k'))} K minimum: air-cooled chillers on the design day` };
}

/** Electrical overhead of the air share: fans and losses as an economiser facility, plus chiller compressors. */
export function airOverhead(index: CatalogIndex, plant: AirPlant, airKw: number, pueAir: number): { annual: number; designDay: number; text: string } {
  const base = airKw * (pueAir - 1);
  if (plant.kind === 'economiser' || airKw <= 0) return { annual: base, designDay: base, text: `air ${fmt(airKw)} kWt × ${fmt(pueAir - 1, 3)} = ${fmt(base)} kW` };
  const full = index.factor('chiller-cop-full');
  const iplv = index.factor('chiller-cop-iplv');
  return {
    annual: base + airKw / iplv,
    designDay: base + airKw / full,
    text: `air ${fmt(airKw)} kWt × ${fmt(pueAir - 1, 3)} + chillers ${fmt(airKw)} / COP ${fmt(iplv, 3)} (IPLV) = ${fmt(base + airKw / iplv)} kW annual; design day ${fmt(airKw)} / COP ${fmt(full, 3)} (full load) → ${fmt(base + airKw / full)} kW`,
  };
}

/** Chillers (or economiser dry coolers) and chilled-water pumps for the air share of one hall. */
export function sizeChilledWater(bill: BillBuilder, plant: AirPlant, heat: DesignHeat, redundancy: CoolingRedundancy, group: string, name: string): void {
  const airKw = heat.kw;
  if (airKw <= 0) return;
  const f = bill.index;
  const what = `${name} chilled water for the air share (CRAH, fan-wall and rear-door heat) on the design day: ${heat.text}`;
  const type = plant.kind === 'economiser' ? 'dry-cooler' : 'chiller';
  sizeHeatRejection(bill, { type, feasible: true, why: plant.why }, plant.conditions, airKw, redundancy, group, what);
  const dt = f.factor('chw-delta-t-k');
  const lpmPerKw = 60 / (f.factor('water-density') * f.factor('water-cp') * dt);
  const flow = airKw * lpmPerKw;
  const pump = chooseUnit(
    f.ofKind('pump'),
    (item) => {
      const n = Math.ceil(flow / (item.flowLpm ?? Infinity));
      return { n, detail: () => `⌈${fmt(flow, 0)} L/min / ${fmt(item.flowLpm ?? 0)} L/min⌉ = ${n}` };
    },
    (id) => bill.priceOf(id),
  );
  if (!pump) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No pump in the catalog for ${name} chilled water`, subject: null });
    return;
  }
  bill.catalogLine({
    category: 'cooling', catalogId: pump.item.id, group, quantity: unitsWithRedundancy(pump.n, redundancy),
    capacity: { value: pump.item.flowLpm ?? 0, unit: 'L/min' }, redundancy,
    derivation: `${name} chilled-water pumps: ${fmt(airKw)} kWt × 60 / (${fmt(f.factor('water-density'), 3)} × ${fmt(f.factor('water-cp'))} × ${fmt(dt)} K) = ${fmt(flow, 0)} L/min; ${pump.detail()}; ${redundancyText(pump.n, redundancy)}`,
    factors: ['chw-delta-t-k', 'water-density', 'water-cp'],
  });
  // The chilled water reaches the air units over the same yard-to-hall route as the facility-water mains.
  const route = f.factor('fw-main-route-m');
  sizePipeRun(bill, group, `${name} chilled-water mains (plant to the air units, ${fmt(flow, 0)} L/min)`, pipeDn(flow, f.factor('pipe-velocity-m-s')), route, `route ${fmt(route)} m from the plant yard to the hall`);
}

/** The air path's supply temperature against the rack inlet limit: chilled water + coil approach ≤ limit. */
export function airSupplyC(index: CatalogIndex, waterC: number): { supplyAirC: number; limitC: number; ok: boolean; text: string } {
  const approach = index.factor('air-coil-approach-k');
  const limitC = index.factor('air-inlet-max-c');
  const supplyAirC = waterC + approach;
  return { supplyAirC, limitC, ok: supplyAirC <= limitC, text: `water ${fmt(waterC)} °C + coil approach ${fmt(approach)} K = ${fmt(supplyAirC)} °C supply air against the ${fmt(limitC)} °C rack inlet limit` };
}
