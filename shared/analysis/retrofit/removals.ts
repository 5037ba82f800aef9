import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import type { EquipmentItem } from '../../catalog/schema.ts';
import { fmt, roundUsd, usdText } from '../../engine/format.ts';
import type { SiteRecord } from '../../model/index.ts';
import type { AssetDecision } from './dispositions.ts';
import type { RetrofitFactors } from './factors.ts';
import type { RetrofitLine } from './schema.ts';

/** The catalog item an asset's removal is priced from: its own, or the nearest catalog unit of its kind by rating. */
function priceBasis(index: CatalogIndex, d: AssetDecision): EquipmentItem | undefined {
  const own = index.findItem(d.record.catalogId);
  if (own) return own;
  const plate = d.record.nameplate;
  if (!plate) return undefined;
  const rating = (i: EquipmentItem) => (plate.rating.unit === 'kVA' ? i.capacityKva : plate.rating.unit === 'L/min' ? i.flowLpm : i.capacityKw) ?? 0;
  const sameKind = [...index.ofKind(plate.kind)].sort((a, b) => rating(a) - rating(b));
  return sameKind.find((i) => rating(i) >= plate.rating.value) ?? sameKind[sameKind.length - 1];
}

/** One removal (strip-out and disposal) line per replaced or retired asset, priced as a share of a new unit. */
export function removalLines(index: CatalogIndex, site: SiteRecord, decisions: readonly AssetDecision[], f: RetrofitFactors): RetrofitLine[] {
  const share = f.value('removal-share-of-new');
  const shareSource = index.describeSources([f.source('removal-share-of-new')]);
  const lines: RetrofitLine[] = [];
  for (const d of decisions) {
    if (d.disposition !== 'replace' && d.disposition !== 'retire') continue;
    const basis = priceBasis(index, d);
    if (!basis) continue;
    const unitPrice = site.priceOverrides[basis.id] ?? basis.unitCostUsd;
    const total = roundUsd(unitPrice * share);
    const kind = d.record.nameplate?.kind ?? basis.kind;
    lines.push({
      id: `removal/${d.record.id}`,
      category: kind === 'cdu' || kind === 'crah' || kind === 'heat-rejection' ? 'cooling' : 'power',
      item: `Removal of ${d.record.name}`,
      catalogId: basis.id,
      group: d.record.hallId ?? 'site',
      groupName: d.record.hallId ?? 'site',
      quantity: 1,
      unit: 'ea',
      capacity: null,
      redundancy: null,
      unitCostUsd: total,
      totalUsd: total,
      leadTimeWeeks: 0,
      derivation: `${d.record.name} (${d.record.id}) is ${d.disposition === 'replace' ? 'replaced' : 'retired'} (${d.reason}): disconnection, strip-out and disposal at ${fmt(share * 100)}% of a new ${basis.name} (${usdText(unitPrice)}) = ${usdText(total)}`,
      source: `${shareSource}; ${basis.name} price from the catalog${site.priceOverrides[basis.id] !== undefined ? ' (project price override)' : ''}`,
      scope: 'landlord',
      disposition: 'removed',
      assetId: d.record.id,
    });
  }
  return lines;
}
