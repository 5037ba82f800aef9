import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import { fmt, roundUsd, usdText } from '../../engine/format.ts';
import { needsTwoFeeds } from '../../engine/redundancy.ts';
import type { ProjectDocument, ScenarioRecord, SubstationRecord } from '../../model/index.ts';
import type { RetrofitAsset, RetrofitLine } from './schema.ts';

export interface SubstationFinding {
  readonly substation: SubstationRecord;
  readonly asset: RetrofitAsset;
  /** A second independent path is needed (an N substation under a 2N phase). */
  readonly secondPath: boolean;
  /** What it carries with its spare out (N+1) or one side lost (2N), MVA. */
  readonly firmMva: number;
}

const TWO_PATHS = new Set(['2N', '2(N+1)', '2N+1']);

/** The site's substations against the target: kept when their paths and MVA serve it, extended otherwise. */
export function substationFindings(doc: ProjectDocument, target: ScenarioRecord, facilityKva: number): SubstationFinding[] {
  return (doc.substations ?? []).map((s) => {
    const mva = s.transformerCount * s.transformerMva;
    const firmMva = s.redundancy === 'N' ? mva : s.redundancy === 'N+1' ? (s.transformerCount - 1) * s.transformerMva : mva / 2;
    const asset = (disposition: RetrofitAsset['disposition'], reason: string): RetrofitAsset => ({ id: s.id, name: s.name, kind: 'substation', disposition, reason });
    if (needsTwoFeeds(target.powerRedundancy) && !TWO_PATHS.has(s.redundancy)) {
      return {
        substation: s,
        secondPath: true,
        firmMva,
        asset: asset('upgrade', `redundancy path: ${s.transformerCount} × ${fmt(s.transformerMva)} MVA at ${s.redundancy} is one path; a ${target.powerRedundancy} phase needs a second independent path, so it is kept as side A and a side B is added`),
      };
    }
    if (firmMva * 1000 < facilityKva) {
      return { substation: s, secondPath: false, firmMva, asset: asset('upgrade', `capacity: ${fmt(firmMva)} MVA firm at ${s.redundancy} against the target's ${fmt(facilityKva / 1000, 2)} MVA; the engine's substation extension adds the rest`) };
    }
    return { substation: s, secondPath: false, firmMva, asset: asset('existing', `${fmt(firmMva)} MVA firm at ${s.redundancy} (${s.hvKv}/${s.mvKv} kV, ${fmt(s.ageYears)} years, ${s.condition}) carries the target's ${fmt(facilityKva / 1000, 2)} MVA`) };
  });
}

/** Side B of an N substation under a 2N phase: HV/MV transformers for the whole load, one bay each plus a line bay. */
export function secondPathLines(index: CatalogIndex, finding: SubstationFinding, facilityKva: number, overrides: Readonly<Record<string, number>>): RetrofitLine[] {
  const s = finding.substation;
  const xfmr = [...index.ofKind('hv-transformer')].filter((i) => (i.volts ?? 0) >= s.hvKv * 1000).sort((a, b) => (b.capacityKva ?? 0) - (a.capacityKva ?? 0))[0];
  const bay = index.ofKind('hv-bay').find((b) => (b.volts ?? 0) >= s.hvKv * 1000);
  if (!xfmr || !bay) return [];
  const n = Math.ceil(facilityKva / (xfmr.capacityKva ?? Infinity));
  const price = (id: string, base: number) => overrides[id] ?? base;
  const line = (item: typeof xfmr, quantity: number, derivation: string): RetrofitLine => {
    const unitCost = price(item.id, item.unitCostUsd);
    const total = roundUsd(quantity * unitCost);
    return {
      id: `power/${item.id}/site/side-b`, category: 'power', item: item.name, catalogId: item.id, group: 'site', groupName: 'Site', quantity, unit: 'ea',
      capacity: item.capacityKva ? { value: item.capacityKva, unit: 'kVA' } : null, redundancy: 'side B', unitCostUsd: unitCost, totalUsd: total,
      leadTimeWeeks: item.leadTimeWeeks, derivation: `${derivation}. Cost: ${quantity} ea × ${usdText(unitCost)} = ${usdText(total)}`,
      source: index.describeSources(Object.values(item.sources)), scope: 'landlord', disposition: 'new',
    };
  };
  return [
    line(xfmr, n, `Substation ${s.name} side B for ${finding.asset.reason.split(':')[0]}: ⌈target load ${fmt(facilityKva)} kVA / ${fmt(xfmr.capacityKva ?? 0)} kVA⌉ = ${n}`),
    { ...line(bay, n + 1, `Substation ${s.name} side B: one bay per new transformer (${n}) + one line bay for the second utility source = ${n + 1}`), id: `power/${bay.id}/site/side-b` },
  ];
}
