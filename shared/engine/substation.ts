import type { Redundancy, SiteRecord } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import { needsTwoFeeds, redundancyText, unitsWithRedundancy } from './redundancy.ts';
import { chooseUnit } from './select-unit.ts';

/** HV/MV transformers follow the power redundancy; 2N and 2(N+1) need two independent utility paths. */
function hvRedundancy(power: Redundancy): Redundancy {
  if (power === 'N') return 'N';
  return needsTwoFeeds(power) ? '2N' : 'N+1';
}

/**
 * The HV side: when the design-day load exceeds what the site's existing substation gives the project (none on a
 * greenfield site or a sized block), an extension at the utility voltage: large power transformers (HV/MV) for the shortfall at the power redundancy,
 * one HV breaker bay per transformer, and one line bay per utility source (two sources when the redundancy needs
 * two independent utility paths). Returns the extension in kVA (0 when the existing substation suffices).
 */
export function sizeSubstation(bill: BillBuilder, site: SiteRecord, designDayKva: number, power: Redundancy): number {
  const existingKva = site.substationMva * 1000;
  const shortfall = designDayKva - existingKva;
  if (shortfall <= 0) return 0;
  const f = bill.index;
  const kv = site.utilityVoltageKv;
  const head = existingKva > 0
    ? `design-day load ${fmt(designDayKva)} kVA − existing substation ${fmt(existingKva)} kVA = ${fmt(shortfall)} kVA to add at ${fmt(kv)} kV`
    : `no existing substation: design-day load ${fmt(designDayKva)} kVA at ${fmt(kv)} kV`;
  const what = existingKva > 0 ? 'Substation extension' : 'Substation';
  const candidates = f.ofKind('hv-transformer').filter((i) => (i.volts ?? 0) >= kv * 1000);
  const choice = chooseUnit(
    candidates,
    (item) => {
      const n = Math.ceil(shortfall / (item.capacityKva ?? Infinity));
      return { n, detail: () => `⌈${fmt(shortfall)} kVA / ${fmt(item.capacityKva ?? 0)} kVA⌉ = ${n}` };
    },
    (id) => bill.priceOf(id),
  );
  if (!choice) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No HV/MV transformer in the catalog for ${fmt(kv)} kV (${head})`, subject: { type: 'site', id: site.id } });
    return shortfall;
  }
  bill.noteGranularity('hv-transformer', `${choice.item.name} (substation)`, shortfall, 'kVA', Math.min(...candidates.map((i) => i.capacityKva ?? Infinity)));
  const redundancy = hvRedundancy(power);
  const quantity = unitsWithRedundancy(choice.n, redundancy);
  bill.catalogLine({
    category: 'power', catalogId: choice.item.id, group: 'site', quantity, capacity: { value: choice.item.capacityKva ?? 0, unit: 'kVA' }, redundancy,
    derivation: `${what}: ${head}; ${choice.detail()}; power at ${power}: ${redundancyText(choice.n, redundancy)}`,
  });
  const bay = f.ofKind('hv-bay').find((b) => (b.volts ?? 0) >= kv * 1000);
  if (!bay) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No HV bay in the catalog for ${fmt(kv)} kV`, subject: { type: 'site', id: site.id } });
    return shortfall;
  }
  const sources = needsTwoFeeds(power) ? 2 : 1;
  bill.catalogLine({
    category: 'power', catalogId: bay.id, group: 'site', quantity: quantity + sources, capacity: null, redundancy,
    derivation: `${what}: one transformer bay per HV/MV transformer (${quantity}) + one line bay per utility source (${sources}${sources === 2 ? `: power at ${power} needs two independent utility paths` : ''}) = ${quantity + sources}`,
  });
  return shortfall;
}
