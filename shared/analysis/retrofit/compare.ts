import { catalogIndexOf } from '../../catalog/catalog-index.ts';
import type { Catalog } from '../../catalog/schema.ts';
import { lineDisposition, type BillLine } from '../../engine/bill-schema.ts';
import type { InstalledLines } from '../../engine/installed-lines.ts';
import { roundUsd, usdText } from '../../engine/format.ts';
import { baselineOf, originIn, type DocRecord, type HallRecord, type ProjectDocument, type ScenarioId, type ScenarioRecord } from '../../model/index.ts';
import { createAnalyzer, type Analyzer } from '../analyze.ts';
import { decideAssets, type AssetDecision } from './dispositions.ts';
import { newBuildDocument, retrofitDocument } from './documents.ts';
import { withDeliveries } from './deliveries.ts';
import { retrofitFactors } from './factors.ts';
import { convertedHallLines, installedFromBaseline, sameInstalled } from './installed.ts';
import { readiness } from './readiness.ts';
import { removalLines, stripOutLines } from './removals.ts';
import { retrofitSchedule } from './schedule.ts';
import type { RetrofitAsset, RetrofitLine, RetrofitReport } from './schema.ts';
import { siteLoad } from './site-load.ts';
import { secondPathLines, substationFindings } from './site-power.ts';

export interface CompareOptions {
  /**
   * The day the compare is made (YYYY-MM-DD): ages, a queued interconnect's wait and the weeks to a unit's delivery
   * date are counted from it; the schedule starts on it.
   */
  readonly asOf: string;
}

/** One analyzer per role and catalog: each keeps its per-hall memo across compares of the same pair. */
const analyzers = new WeakMap<Catalog, Record<'retrofit' | 'newBuild' | 'baseline', Analyzer>>();
function analyzersOf(catalog: Catalog): Record<'retrofit' | 'newBuild' | 'baseline', Analyzer> {
  let a = analyzers.get(catalog);
  if (!a) analyzers.set(catalog, (a = { retrofit: createAnalyzer(catalog), newBuild: createAnalyzer(catalog), baseline: createAnalyzer(catalog) }));
  return a;
}

/** The derived documents of one compare, kept per source document: the same pair again gets the same objects. */
const derived = new WeakMap<ProjectDocument, Map<string, { decisions: AssetDecision[]; retrofit: ProjectDocument; newBuild: ProjectDocument }>>();
function derive(doc: ProjectDocument, key: string, make: () => AssetDecision[], targetId: string) {
  let byKey = derived.get(doc);
  if (!byKey) derived.set(doc, (byKey = new Map()));
  let entry = byKey.get(key);
  if (!entry) {
    const decisions = make();
    entry = { decisions, retrofit: retrofitDocument(doc, decisions), newBuild: newBuildDocument(doc, targetId, decisions) };
    byKey.set(key, entry);
  }
  return entry;
}

/** The last built-lines map per baseline and target pair, handed back while its content stays the same. */
const lastInstalled = new Map<string, InstalledLines>();

function scenario(doc: ProjectDocument, id: ScenarioId, role: string): ScenarioRecord {
  const s = doc.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`The ${role} scenario ${id} is not in the project.`);
  return s;
}

const withDisposition = (l: BillLine): RetrofitLine => ({ ...l, disposition: lineDisposition(l) });
const sum = (lines: readonly { totalUsd: number }[]) => lines.reduce((s, l) => s + l.totalUsd, 0);

/** Baseline against itself: everything is already built, so every line is kept at no cost and nothing waits. */
function selfCompare(doc: ProjectDocument, catalog: Catalog, s: ScenarioRecord): RetrofitReport {
  const report = analyzersOf(catalog).baseline.analyze(doc, s.id);
  const lines = report.lines.map((l): RetrofitLine => ({ ...l, unitCostUsd: 0, totalUsd: 0, leadTimeWeeks: 0, disposition: 'reused', assetId: l.assetId ?? l.id, derivation: `Already built: the baseline itself (${l.item}, ${l.quantity} ${l.unit}). Cost: $0` }));
  const assets: RetrofitAsset[] = doc.equipment.filter((e) => e.scenarioId === s.id).map((e) => ({ id: e.id, name: e.name, kind: e.nameplate?.kind ?? catalogIndexOf(catalog).findItem(e.catalogId)?.kind ?? 'unknown', disposition: 'existing', reason: 'the baseline itself: kept as it is' }));
  const capex = report.summary.capexUsd;
  const findings = substationFindings(doc, s, report.summary.facilityKva);
  const load = siteLoad(doc, s, s, report.summary, report.summary, findings);
  return {
    baseline: { id: s.id, name: s.name, capexUsd: capex },
    target: { id: s.id, name: s.name, capexUsd: capex, aiItKw: report.summary.aiItKw },
    summary: {
      targetNewBuildCapexUsd: capex, targetNewBuildBasis: `the baseline's own bill ${usdText(capex)}, every line of it already built`, creditedUsd: capex, removalUsd: 0, deltaCapexUsd: 0,
      deltaLandlordUsdPerMwIt: 0, newBuildLandlordUsdPerMwIt: report.summary.landlordCapexUsdPerMwIt, firstPowerWeeks: 0, fullPowerWeeks: 0,
    },
    assets,
    lines,
    schedule: { tasks: [], derivation: 'Nothing to build: the target is the baseline.' },
    readiness: readiness({ doc, substations: findings, lines, load, newHalls: [], waterM3PerYear: report.summary.cooling.waterM3PerYear, catalogLead: () => 0, pairsPerRoute: catalogIndexOf(catalog).factor('wan-pairs-per-route') }),
    siteLoad: { combinedKw: load.combinedKw, combinedKva: load.combinedKva, derivation: load.derivation },
    checks: load.checks,
  };
}

/** The target's halls that continue none of the baseline's and are built new: what needs new land. */
function newBuildHalls(doc: ProjectDocument, baseline: ScenarioRecord, target: ScenarioRecord): HallRecord[] {
  const byId = new Map<string, DocRecord>(doc.halls.map((h) => [h.id, h]));
  const baselineIds = new Set(doc.halls.filter((h) => h.scenarioId === baseline.id).map((h) => h.id));
  return doc.halls.filter((h) => h.scenarioId === target.id && h.kind === 'new-build' && originIn(h, byId, baselineIds) === undefined);
}

/**
 * The retrofit of `targetId` from `baselineId`: each target unit's disposition (kept, upgraded, replaced, retired
 * or new, with its reason), the upgrade bill with existing capacity credited in the engine's supply step, removal
 * and strip-out lines, the time to first and full power, and the readiness scorecard. Pure: same input, same report.
 */
export function compareScenarios(doc: ProjectDocument, catalog: Catalog, baselineId: ScenarioId, targetId: ScenarioId, options: CompareOptions): RetrofitReport {
  const baseline = scenario(doc, baselineId, 'baseline');
  const target = scenario(doc, targetId, 'target');
  if (baseline.id === target.id) return selfCompare(doc, catalog, target);
  const index = catalogIndexOf(catalog);
  const f = retrofitFactors(catalog);
  const asOfYear = Number(options.asOf.slice(0, 4));
  const { decisions, retrofit: retrofitDoc, newBuild: newBuildDoc } = derive(doc, `${baseline.id}\u0000${target.id}\u0000${asOfYear}`, () => decideAssets(doc, index, baseline, target, asOfYear, f), target.id);
  const engine = analyzersOf(catalog);
  const before = engine.baseline.analyze(doc, baseline.id);
  // What the baseline has built is counted in the target's own sizing steps, line by line, before anything is bought.
  const pair = `${baseline.id}\u0000${target.id}`;
  const standing = baselineOf(doc, baseline);
  const phase = standing !== undefined && standing.id !== target.id;
  const stands = { lines: phase ? compareScenarios(doc, catalog, standing.id, baseline.id, options).lines : before.lines, phase };
  const installed = sameInstalled(lastInstalled.get(pair), installedFromBaseline(doc, baseline, target, stands));
  lastInstalled.set(pair, installed);
  const retrofit = engine.retrofit.analyze(retrofitDoc, target.id, installed);
  const newBuild = engine.newBuild.analyze(newBuildDoc, target.id);

  const facilityKva = retrofit.summary.facilityKva;
  const findings = substationFindings(doc, target, facilityKva);
  const sideB = findings.filter((x) => x.secondPath).flatMap((x) => secondPathLines(index, x, facilityKva, doc.site.priceOverrides));
  const stripped = stripOutLines(index, doc.site, convertedHallLines(doc, baseline, target, stands.lines), retrofit.lines, f);
  const removals = [...removalLines(index, doc, decisions, f), ...stripped];
  // Units in hand or on order arrive on their delivery dates, not after their catalog lead.
  const { lines: built, dated } = withDeliveries(retrofit.lines.map(withDisposition), retrofitDoc, target.id, options.asOf);
  const lines = [...built, ...sideB, ...removals];

  const deltaCapexUsd = roundUsd(sum(lines));
  const removalUsd = roundUsd(sum(removals));
  // Like for like: the new build needs the same site-level works (second path, strip-out); only credits differ.
  const siteWorks = [...sideB, ...removals];
  const targetNewBuildCapexUsd = roundUsd(newBuild.summary.capexUsd + sum(siteWorks));
  const targetNewBuildBasis =
    `the engine's bill of ${target.name} with every unit bought new ${usdText(newBuild.summary.capexUsd)}` +
    (sideB.length > 0 ? ` + the second utility path a ${target.powerRedundancy} phase needs built either way ${usdText(sum(sideB))}` : '') +
    (removals.length > stripped.length ? ` + strip-out of the ${removals.length - stripped.length} units standing where the target builds ${usdText(removalUsd - sum(stripped))}` : '') +
    (stripped.length > 0 ? ` + strip-out of the converted halls' old fit-out standing where the target builds ${usdText(sum(stripped))}` : '') +
    ` = ${usdText(targetNewBuildCapexUsd)}`;
  const mwIt = retrofit.summary.aiItKw / 1000;
  const landlordOf = (ls: readonly { totalUsd: number; scope: string }[]) => sum(ls.filter((l) => l.scope === 'landlord'));
  const landlord = landlordOf(lines);
  const newBuildMwIt = newBuild.summary.aiItKw / 1000;
  const newBuildLandlordUsdPerMwIt = newBuild.summary.landlordCapexUsdPerMwIt + (newBuildMwIt > 0 ? Math.round(landlordOf(siteWorks) / newBuildMwIt) : 0);
  const schedule = retrofitSchedule({ lines, dated, interconnects: doc.interconnects ?? [], asOf: options.asOf, factors: f, catalog: index });
  const assets: RetrofitAsset[] = [
    ...decisions.map((d) => ({ id: d.record.id, name: d.record.name, kind: d.record.nameplate?.kind ?? index.findItem(d.record.catalogId)?.kind ?? 'unknown', disposition: d.disposition, reason: d.reason })),
    ...findings.map((x) => x.asset),
  ];
  const load = siteLoad(doc, baseline, target, retrofit.summary, before.summary, findings);
  const catalogLead = (id: string | null) => (id === null ? 0 : (index.findItem(id)?.leadTimeWeeks ?? 0));
  return {
    baseline: { id: baseline.id, name: baseline.name, capexUsd: before.summary.capexUsd },
    target: { id: target.id, name: target.name, capexUsd: retrofit.summary.capexUsd, aiItKw: retrofit.summary.aiItKw },
    summary: {
      targetNewBuildCapexUsd,
      targetNewBuildBasis,
      creditedUsd: roundUsd(targetNewBuildCapexUsd - deltaCapexUsd),
      removalUsd,
      deltaCapexUsd,
      deltaLandlordUsdPerMwIt: mwIt > 0 ? Math.round(landlord / mwIt) : 0,
      newBuildLandlordUsdPerMwIt,
      firstPowerWeeks: schedule.firstPowerWeeks,
      fullPowerWeeks: schedule.fullPowerWeeks,
    },
    assets,
    lines,
    schedule: { tasks: schedule.tasks, derivation: schedule.derivation },
    readiness: readiness({ doc, substations: findings, lines, load, newHalls: newBuildHalls(doc, baseline, target), waterM3PerYear: retrofit.summary.cooling.waterM3PerYear, catalogLead, dated, pairsPerRoute: index.factor('wan-pairs-per-route') }),
    siteLoad: { combinedKw: load.combinedKw, combinedKva: load.combinedKva, derivation: load.derivation },
    checks: load.checks,
  };
}
