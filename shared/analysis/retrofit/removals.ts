import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import type { EquipmentItem } from '../../catalog/schema.ts';
import { fmt, roundUsd, usdText } from '../../engine/format.ts';
import type { ProjectDocument, SiteRecord } from '../../model/index.ts';
import type { AssetDecision } from './dispositions.ts';
import type { ConvertedHallLine } from './installed.ts';
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
export function removalLines(index: CatalogIndex, doc: Pick<ProjectDocument, 'site' | 'halls'>, decisions: readonly AssetDecision[], f: RetrofitFactors): RetrofitLine[] {
  const site = doc.site;
  const hallNames = new Map<string, string>(doc.halls.map((h) => [h.id, h.name]));
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
      groupName: d.record.hallId === null ? 'Site' : (hallNames.get(d.record.hallId) ?? d.record.hallId),
      quantity: 1,
      unit: 'ea',
      capacity: null,
      redundancy: null,
      unitCostUsd: total,
      totalUsd: total,
      leadTimeWeeks: 0,
      derivation: `${d.record.name} is ${d.disposition === 'replace' ? 'replaced' : 'retired'} (${d.reason}): disconnection, strip-out and disposal at ${fmt(share * 100)}% of a new ${basis.name} (${usdText(unitPrice)}) = ${usdText(total)}`,
      source: `${shareSource}; ${basis.name} price from the catalog${site.priceOverrides[basis.id] !== undefined ? ' (project price override)' : ''}`,
      scope: 'landlord',
      disposition: 'removed',
      assetId: d.record.id,
    });
  }
  return lines;
}

/**
 * Strip-out of what a converted hall had and the target does not use (a mining hall's PDUs, busway, tap-offs and
 * loops made an AI hall): per item, the units the baseline built less those the target keeps, priced as a share of
 * a new unit like a removed asset.
 */
export function stripOutLines(index: CatalogIndex, site: SiteRecord, converted: readonly ConvertedHallLine[], targetLines: readonly { id: string; quantity: number }[], f: RetrofitFactors): RetrofitLine[] {
  const share = f.value('removal-share-of-new');
  const shareSource = index.describeSources([f.source('removal-share-of-new')]);
  const kept = new Map(targetLines.filter((l) => l.id.endsWith('@built')).map((l) => [l.id.slice(0, -'@built'.length), l.quantity]));
  const lines: RetrofitLine[] = [];
  for (const { key, line, group } of converted) {
    const left = Math.round((line.quantity - (kept.get(key) ?? 0)) * 1e6) / 1e6;
    const item = line.catalogId === null ? undefined : index.findItem(line.catalogId);
    if (left <= 0 || !item) continue;
    const unitPrice = site.priceOverrides[item.id] ?? item.unitCostUsd;
    const unitCost = unitPrice * share;
    const total = roundUsd(left * unitCost);
    lines.push({
      id: `strip-out/${key}`,
      category: line.category,
      item: `Strip-out of ${line.item}`,
      catalogId: item.id,
      group,
      groupName: line.groupName,
      quantity: left,
      unit: line.unit,
      capacity: null,
      redundancy: null,
      unitCostUsd: roundUsd(unitCost),
      totalUsd: total,
      leadTimeWeeks: 0,
      derivation: `${line.groupName} is converted: ${fmt(line.quantity, 3)} ${line.unit} of ${line.item} stand, the target keeps ${fmt(kept.get(key) ?? 0, 3)}; ${fmt(left, 3)} ${line.unit} stripped out at ${fmt(share * 100)}% of new (${usdText(unitPrice)}) = ${usdText(total)}`,
      source: `${shareSource}; ${item.name} price from the catalog${site.priceOverrides[item.id] !== undefined ? ' (project price override)' : ''}`,
      scope: 'landlord',
      disposition: 'removed',
      assetId: line.id,
    });
  }
  return lines;
}
