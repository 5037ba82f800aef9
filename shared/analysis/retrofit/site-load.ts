import { fmt } from '../../engine/format.ts';
import { originIn, type DocRecord, type ProjectDocument, type ScenarioRecord } from '../../model/index.ts';
import type { BillSummary } from '../../engine/bill-schema.ts';
import type { RetrofitCheck } from './schema.ts';
import type { SubstationFinding } from './site-power.ts';

export interface SiteLoad {
  /** Design-day load the site's interconnect and substation carry with the target built: kW and kVA. */
  readonly combinedKw: number;
  readonly combinedKva: number;
  readonly derivation: string;
  readonly checks: RetrofitCheck[];
}

/**
 * The phase's combined load on the shared site: the target's design-day facility load (its AI halls and the mining
 * halls it keeps running), plus the baseline's mining halls the target does not draw (a phase drawn with only its
 * own halls still shares the site with them), at the baseline's design-day ratio of facility to IT. Checked against
 * the energised firm interconnects and the substations' firm MVA.
 */
export function siteLoad(doc: ProjectDocument, baseline: ScenarioRecord, target: ScenarioRecord, after: BillSummary, before: BillSummary, substations: readonly SubstationFinding[]): SiteLoad {
  const byId = new Map<string, DocRecord>(doc.halls.map((h) => [h.id, h]));
  const baselineHalls = doc.halls.filter((h) => h.scenarioId === baseline.id);
  const continued = new Set(doc.halls.filter((h) => h.scenarioId === target.id).map((h) => originIn(h, byId, new Set(baselineHalls.map((b) => b.id)))));
  const running = baselineHalls.filter((h) => h.kind === 'mining' && !continued.has(h.id));
  const ratio = before.itKw > 0 ? before.designDayFacilityKw / before.itKw : 1;
  const runningIt = running.reduce((s, h) => s + (before.halls.find((x) => x.id === h.id)?.itKw ?? 0), 0);
  const runningKw = runningIt * ratio;
  const kvaPerKw = after.designDayFacilityKw > 0 ? after.facilityKva / after.designDayFacilityKw : 1;
  const combinedKw = after.designDayFacilityKw + runningKw;
  const combinedKva = after.facilityKva + runningKw * kvaPerKw;
  const miningInTarget = doc.halls.filter((h) => h.scenarioId === target.id && h.kind === 'mining');
  const parts = [`${target.name} design-day ${fmt(after.designDayFacilityKw / 1000, 2)} MW${miningInTarget.length > 0 ? ` (with the mining still running in ${miningInTarget.map((h) => h.name).join(', ')})` : ''}`];
  if (running.length > 0) parts.push(`mining left running in ${running.map((h) => h.name).join(', ')}: ${fmt(runningIt / 1000, 2)} MW IT × ${fmt(ratio, 3)} = ${fmt(runningKw / 1000, 2)} MW`);
  const derivation = `combined load ${parts.join(' + ')} = ${fmt(combinedKw / 1000, 2)} MW, ${fmt(combinedKva / 1000, 2)} MVA`;
  const checks: RetrofitCheck[] = [];
  const interconnects = doc.interconnects ?? [];
  const firmMw = interconnects.filter((i) => i.status === 'energised').reduce((s, i) => s + i.firmMw, 0);
  if (interconnects.length > 0 && combinedKw > firmMw * 1000) {
    checks.push({ severity: 'error', code: 'combined-load-over-interconnect', message: `The ${derivation}, above the ${fmt(firmMw)} MW of energised firm interconnect` });
  }
  for (const s of substations) {
    if (combinedKva > s.firmMva * 1000) {
      checks.push({ severity: 'warning', code: 'combined-load-over-substation', message: `The ${derivation}, above ${s.substation.name}'s ${fmt(s.firmMva)} MVA firm at ${s.substation.redundancy}` });
    }
  }
  return { combinedKw, combinedKva, derivation, checks };
}
