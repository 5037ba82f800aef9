import type { FactorId } from '../catalog/integrity.ts';
import type { EquipmentItem, HeatRejectionType } from '../catalog/schema.ts';
import type { CoolingRedundancy, SiteRecord } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { CatalogIndex } from '../catalog/catalog-index.ts';
import { fmt } from './format.ts';
import { redundancyText, unitsWithRedundancy, usableUnits } from './redundancy.ts';
import { chooseUnit } from './select-unit.ts';
import { creditBuilt, topUpBuilt } from './built-units.ts';

/** The air and water temperatures heat rejection is sized at: the site's design day and the facility supply. */
export interface DesignConditions {
  dryBulbC: number;
  wetBulbC: number;
  supplyC: number;
}

/** A unit's capacity at the design conditions: `factor` × rated (0 = it cannot reach the supply there). */
export interface SiteRating {
  factor: number;
  deratedKw: number;
  /** The derating in words and numbers, from the rating condition to the capacity used. */
  text: string;
  /** The factor alone, for comparing types. */
  short: string;
}

export interface RejectionChoice {
  type: HeatRejectionType;
  /** Why this type, with every type's factor at design ambient. */
  why: string;
  /** False when no heat rejection in the catalog works at the design conditions (a check says so). */
  feasible: boolean;
}

/** Preference by PUE (REFERENCE §7, LBNL 2024): liquid + dry cooler 1.09, liquid + towers 1.13, chillers 1.83. */
const BY_PUE: readonly HeatRejectionType[] = ['dry-cooler', 'cooling-tower', 'chiller'];
const PUE_FACTOR: Record<HeatRejectionType, FactorId> = { 'dry-cooler': 'pue-liquid-dry-cooler', 'cooling-tower': 'pue-liquid-tower', chiller: 'pue-chiller' };
const MIN_APPROACH_FACTOR: Record<'dry-cooler' | 'cooling-tower', FactorId> = { 'dry-cooler': 'dry-cooler-approach-k', 'cooling-tower': 'tower-approach-k' };
const LABEL: Record<HeatRejectionType, string> = { 'dry-cooler': 'dry cooler', 'cooling-tower': 'cooling tower', chiller: 'air-cooled chiller' };

/** Factors behind a heat-rejection line of a type: its minimum approach (if any) and its PUE basis. */
export function rejectionFactors(type: HeatRejectionType): FactorId[] {
  return type === 'chiller' ? [PUE_FACTOR[type]] : [MIN_APPROACH_FACTOR[type], PUE_FACTOR[type]];
}

/**
 * Capacity of one unit at the design conditions. Dry coolers and towers: proportional to the approach of the
 * supply above the dry bulb (wet bulb for towers) over the rated approach, at most the rating, refused below the
 * minimum approach.
 * Chillers: rated capacity up to the rated ambient, less a share per kelvin above it, refused past the maximum.
 */
export function siteRating(item: EquipmentItem, c: DesignConditions, index: CatalogIndex): SiteRating {
  const rated = item.capacityKw ?? 0;
  const type = item.heatRejection ?? 'chiller';
  const unrated = { factor: 0, deratedKw: 0, text: 'no rating condition in the catalog: refused', short: 'no rating condition: refused' };
  if (type === 'chiller') {
    const { ratedAmbientC: ratedC, capacityLossPerK: loss, maxAmbientC: maxC } = item;
    if (ratedC === undefined || loss === undefined || maxC === undefined) return unrated;
    const head = `rated ${fmt(rated)} kWt up to ${fmt(ratedC)} °C dry bulb, −${fmt(loss * 100, 2)}%/K above it, at most ${fmt(maxC)} °C`;
    if (c.dryBulbC > maxC) {
      return { factor: 0, deratedKw: 0, text: `${head}; design dry bulb ${fmt(c.dryBulbC)} °C is past its limit: refused`, short: `dry bulb ${fmt(c.dryBulbC)} °C past its ${fmt(maxC)} °C limit: refused` };
    }
    const over = Math.max(0, c.dryBulbC - ratedC);
    const factor = Math.max(0, 1 - over * loss);
    const deratedKw = rated * factor;
    return {
      factor, deratedKw,
      text: `${head}; design dry bulb ${fmt(c.dryBulbC)} °C: factor 1 − ${fmt(over)} K × ${fmt(loss, 4)} = ${fmt(factor, 3)}; ${fmt(rated)} × ${fmt(factor, 3)} = ${fmt(deratedKw, 1)} kWt used`,
      short: `dry bulb ${fmt(c.dryBulbC)} °C vs rated ${fmt(ratedC)} °C → × ${fmt(factor, 3)}`,
    };
  }
  const air = type === 'dry-cooler' ? c.dryBulbC : c.wetBulbC;
  const airName = type === 'dry-cooler' ? 'dry bulb' : 'wet bulb';
  const ratedK = item.ratedApproachK;
  if (ratedK === undefined) return unrated;
  const minK = index.factor(MIN_APPROACH_FACTOR[type]);
  const approach = c.supplyC - air;
  const head = `rated ${fmt(rated)} kWt at ${fmt(ratedK)} K approach (supply − ${airName}); site approach ${fmt(c.supplyC)} − ${fmt(air)} °C = ${fmt(approach)} K`;
  const shortHead = `${fmt(c.supplyC)} − ${fmt(air)} °C ${airName} = ${fmt(approach)} K approach`;
  if (approach < minK) return { factor: 0, deratedKw: 0, text: `${head}, below the ${fmt(minK)} K minimum: refused`, short: `${shortHead}, below the ${fmt(minK)} K minimum: refused` };
  // Capacity falls in proportion to a smaller approach; a larger one is margin, not extra capacity: a unit is not
  // credited above its rating, since fans, coil and fill were selected at the rating point.
  const factor = Math.min(1, approach / ratedK);
  const deratedKw = rated * factor;
  const arithmetic = approach >= ratedK ? `min(1, ${fmt(approach)} / ${fmt(ratedK)}) = 1 (no credit above rating)` : `${fmt(approach)} / ${fmt(ratedK)} = ${fmt(factor, 3)}`;
  return {
    factor, deratedKw,
    text: `${head}; factor ${arithmetic}; ${fmt(rated)} × ${fmt(factor, 3)} = ${fmt(deratedKw, 1)} kWt used`,
    short: `${shortHead} vs ${fmt(ratedK)} K rated → × ${fmt(factor, 3)}`,
  };
}

function bestOfType(index: CatalogIndex, type: HeatRejectionType, c: DesignConditions): SiteRating | null {
  let best: SiteRating | null = null;
  for (const item of index.ofKind('heat-rejection')) {
    if (item.heatRejection !== type) continue;
    const r = siteRating(item, c, index);
    if (best === null || r.factor > best.factor) best = r;
  }
  return best;
}

/**
 * The heat-rejection type of a site: the lowest-PUE type that gives at least its rated capacity at the design
 * ambient; when none does, the lowest-PUE type that works at all (derated, more units); else none works.
 */
export function chooseHeatRejection(index: CatalogIndex, site: SiteRecord, supplyC: number): RejectionChoice {
  const c: DesignConditions = { dryBulbC: site.designDryBulbC, wetBulbC: site.designWetBulbC, supplyC };
  const ratings = BY_PUE.map((type) => ({ type, rating: bestOfType(index, type, c) }));
  const summary = ratings.map(({ type, rating }) => `${LABEL[type]}: ${rating ? rating.short : 'none in the catalog'}`).join('; ');
  const pue = BY_PUE.map((t) => `${LABEL[t]} ${fmt(index.factor(PUE_FACTOR[t]))}`).join(', ');
  const full = ratings.find((r) => r.rating !== null && r.rating.factor >= 1);
  if (full) return { type: full.type, feasible: true, why: `${LABEL[full.type]}s, the lowest-PUE type (${pue}) that gives its rated capacity at design ambient. At design ambient: ${summary}` };
  const works = ratings.find((r) => r.rating !== null && r.rating.factor > 0);
  if (works) return { type: works.type, feasible: true, why: `no type reaches its rating at design ambient; ${LABEL[works.type]}s are the lowest-PUE type (${pue}) that works, derated. At design ambient: ${summary}` };
  return { type: 'chiller', feasible: false, why: `no heat rejection in the catalog works at design ambient: ${summary}` };
}

/** Units of the chosen type, sized at their design-ambient capacity for the heat of one hall. */
export function sizeHeatRejection(
  bill: BillBuilder,
  choice: RejectionChoice,
  c: DesignConditions,
  loadKw: number,
  redundancy: CoolingRedundancy,
  group: string,
  what: string,
): void {
  if (loadKw <= 0 || !choice.feasible) return;
  const ratings = new Map<string, SiteRating>();
  const candidates = bill.index.ofKind('heat-rejection').filter((i) => i.heatRejection === choice.type);
  // What a previous phase built here of this type, whatever its model, counts first; only the shortfall is bought.
  const rated = (item: EquipmentItem) => siteRating(item, c, bill.index).deratedKw;
  const credit = { category: 'cooling', kind: 'heat-rejection', group, fits: (i: EquipmentItem) => i.heatRejection === choice.type, rating: rated, unit: 'kWt', redundancy, context: `${what}, at the site's design ambient`, factors: rejectionFactors(choice.type) } as const;
  const built = creditBuilt(bill, credit);
  if (built.length > 0) {
    topUpBuilt(bill, { ...credit, load: loadKw, candidates: candidates.filter((i) => rated(i) > 0) }, built);
    return;
  }
  const unit = chooseUnit(
    candidates,
    (item) => {
      const r = siteRating(item, c, bill.index);
      if (r.factor <= 0) return null;
      ratings.set(item.id, r);
      const n = Math.ceil(loadKw / r.deratedKw);
      return { n, detail: () => `${r.text}; ⌈${fmt(loadKw)} kWt / ${fmt(r.deratedKw, 1)} kWt⌉ = ${n}` };
    },
    (id) => bill.priceOf(id),
  );
  if (!unit) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No ${choice.type} in the catalog works at design ambient for ${what}`, subject: null });
    return;
  }
  const smallest = Math.min(...[...ratings.values()].map((r) => r.deratedKw));
  bill.noteGranularity(LABEL[choice.type], `${unit.item.name} (${group})`, loadKw, 'kWt', smallest);
  bill.catalogLine({
    category: 'cooling', catalogId: unit.item.id, group, quantity: unitsWithRedundancy(unit.n, redundancy),
    capacity: { value: ratings.get(unit.item.id)!.deratedKw, unit: 'kWt' }, redundancy,
    derivation: `${what}, sized at the site's design ambient. Type: ${choice.why}. Unit: ${unit.detail()}; ${redundancyText(unit.n, redundancy)}`,
    factors: rejectionFactors(choice.type),
  });
}

/** Heat rejection placed in the layout: listed with its design-ambient capacity and checked against the heat. */
export function checkPlacedRejection(bill: BillBuilder, placed: ReadonlyMap<string, number>, c: DesignConditions, heatKw: number, redundancy: CoolingRedundancy): void {
  let capacity = 0;
  let installed = 0;
  for (const [id, n] of placed) {
    const item = bill.index.requireItem(id);
    const r = siteRating(item, c, bill.index);
    capacity += r.deratedKw * n;
    installed += n;
    bill.catalogLine({
      category: 'cooling', catalogId: id, group: 'site', quantity: n, capacity: { value: r.deratedKw, unit: 'kWt' }, redundancy,
      derivation: `Placed in the layout: ${n} × ${item.name}; at the site's design ambient: ${r.text}`,
      factors: rejectionFactors(item.heatRejection ?? 'chiller'),
    });
  }
  const usable = installed === 0 ? 0 : (capacity / installed) * usableUnits(installed, redundancy);
  if (heatKw > usable) {
    bill.check({ severity: 'error', code: 'heat-rejection-over-capacity', message: `Placed heat rejection carries ${fmt(usable)} kWt at ${redundancy} at the site's design ambient; the IT heat is ${fmt(heatKw)} kWt`, subject: null });
  }
}
