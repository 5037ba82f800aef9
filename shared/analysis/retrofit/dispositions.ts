import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import { needsTwoFeeds } from '../../engine/redundancy.ts';
import { fmt } from '../../engine/format.ts';
import {
  dispositionOf,
  originIn,
  type DocRecord,
  type EquipmentDisposition,
  type EquipmentRecord,
  type ProjectDocument,
  type ScenarioRecord,
} from '../../model/index.ts';
import type { RetrofitFactors } from './factors.ts';

/** One equipment record of the compare with the disposition it gets and why. */
export interface AssetDecision {
  readonly record: EquipmentRecord;
  /** The baseline record it continues, when it has one. */
  readonly baselineId: string | undefined;
  readonly disposition: EquipmentDisposition;
  readonly reason: string;
  /** True for a baseline asset that has no counterpart in the target (removed with the baseline's layout). */
  readonly goneFromTarget: boolean;
}

const COOLING_KINDS = new Set(['cdu', 'crah', 'heat-rejection']);
const PATH_KINDS = new Set(['transformer', 'ups', 'switchgear']);

/**
 * The compatibility rules for a target unit that continues a baseline asset, in the order an engineer checks them:
 * condition, age, supply temperature class, redundancy path, voltage. The first that fails proposes `replace`;
 * when none fails the asset is kept (`existing`), and the supply step credits its capacity against the new load.
 */
function propose(record: EquipmentRecord, kind: string | undefined, target: ScenarioRecord, doc: ProjectDocument, asOfYear: number, f: RetrofitFactors): { disposition: EquipmentDisposition; reason: string } {
  const plate = record.nameplate;
  if (plate?.condition === 'failed' || plate?.condition === 'poor') return { disposition: 'replace', reason: `condition ${plate.condition} on the survey: not fit to carry the new load` };
  const life = f.value('asset-life-years');
  if (plate?.year !== null && plate?.year !== undefined && asOfYear - plate.year > life) {
    return { disposition: 'replace', reason: `${asOfYear - plate.year} years old (built ${plate.year}) against a ${fmt(life)}-year service life` };
  }
  if (kind !== undefined && COOLING_KINDS.has(kind) && plate?.supplyC !== null && plate?.supplyC !== undefined && plate.supplyC > target.liquidSupplyC) {
    return { disposition: 'replace', reason: `supply temperature class: built for ${fmt(plate.supplyC)} °C facility water; the target loop needs ${fmt(target.liquidSupplyC)} °C or colder (W${fmt(Math.floor(target.liquidSupplyC))})` };
  }
  if (kind !== undefined && PATH_KINDS.has(kind) && plate?.paths === 1 && needsTwoFeeds(target.powerRedundancy)) {
    return { disposition: 'replace', reason: `redundancy path: a single-corded (N) ${kind} cannot be one side of ${target.powerRedundancy}` };
  }
  const mvKv = (doc.substations ?? [])[0]?.mvKv;
  if (kind === 'transformer' && plate?.voltageKv !== null && plate?.voltageKv !== undefined && mvKv !== undefined && Math.abs(plate.voltageKv - mvKv) > 0.05 * mvKv) {
    return { disposition: 'replace', reason: `voltage: primary ${fmt(plate.voltageKv)} kV against the substation's ${fmt(mvKv)} kV MV bus` };
  }
  const rated = plate ? `${fmt(plate.rating.value)} ${plate.rating.unit} (${plate.rating.conditions || 'as rated'})` : 'its catalog rating';
  return { disposition: 'existing', reason: `compatible (condition, age, temperature class, path, voltage): kept and counted at ${rated} against the new load; any shortfall is bought new` };
}

/** Dispositions of every unit of the target, and of baseline assets the target no longer has. */
export function decideAssets(doc: ProjectDocument, index: CatalogIndex, baseline: ScenarioRecord, target: ScenarioRecord, asOfYear: number, f: RetrofitFactors): AssetDecision[] {
  const byId = new Map<string, DocRecord>(doc.equipment.map((e) => [e.id, e]));
  const baselineUnits = doc.equipment.filter((e) => e.scenarioId === baseline.id);
  const baselineIds = new Set(baselineUnits.map((e) => e.id));
  const continued = new Set<string>();
  const out: AssetDecision[] = [];
  for (const record of doc.equipment) {
    if (record.scenarioId !== target.id) continue;
    const baselineId = originIn(record, byId, baselineIds);
    if (baselineId !== undefined) continued.add(baselineId);
    const kind = record.nameplate?.kind ?? index.findItem(record.catalogId)?.kind;
    // A copy inherits its origin's disposition (an as-built unit is 'existing' in both): only a change is an override.
    const origin = baselineId === undefined || baselineId === record.id ? undefined : (byId.get(baselineId) as EquipmentRecord | undefined);
    const own = origin !== undefined && dispositionOf(record) === dispositionOf(origin) ? 'new' : dispositionOf(record);
    if (own !== 'new') {
      const rule = baselineId !== undefined && (own === 'existing' || own === 'upgrade') ? propose(record, kind, target, doc, asOfYear, f) : undefined;
      const note = rule && rule.disposition !== 'existing' ? `; the rules would propose ${rule.disposition} (${rule.reason})` : '';
      out.push({ record, baselineId, disposition: own, reason: `set on the record${note}`, goneFromTarget: false });
    } else if (baselineId !== undefined && baselineId !== record.id) {
      out.push({ record, baselineId, disposition: propose(record, kind, target, doc, asOfYear, f).disposition, reason: propose(record, kind, target, doc, asOfYear, f).reason, goneFromTarget: false });
    } else if (baselineId === record.id) {
      out.push({ record, baselineId, disposition: 'existing', reason: 'the baseline itself: kept as it is', goneFromTarget: false });
    } else {
      out.push({ record, baselineId, disposition: 'new', reason: 'not in the baseline: bought new', goneFromTarget: false });
    }
  }
  for (const record of baselineUnits) {
    if (continued.has(record.id)) continue;
    out.push({ record, baselineId: record.id, disposition: 'retire', reason: 'in the baseline, not in the target: removed', goneFromTarget: true });
  }
  return out;
}
