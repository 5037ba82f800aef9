import { catalogIndexOf } from '../catalog/catalog-index.ts';
import type { Catalog } from '../catalog/schema.ts';
import { lineDisposition } from '../engine/bill-schema.ts';
import { originIn, type DocRecord, type EconomicsRecord, type ProjectDocument, type ScenarioId, type ScenarioRecord } from '../model/index.ts';
import { analyze } from './analyze.ts';
import { completeEconomicsInputs, defaultEconomicsInputs, parsePhaseEconomicsCase, type PhaseEconomicsCase, type StoredEconomicsInputs } from './economics/index.ts';
import type { AiProfile, FieldIssue } from './load-profile/inputs.ts';
import { defaultAiProfile } from './load-profile/profile-defaults.ts';
import { compareScenarios } from './retrofit/compare.ts';
import { withDeliveries } from './retrofit/deliveries.ts';
import { retrofitFactors } from './retrofit/factors.ts';
import type { RetrofitReport } from './retrofit/schema.ts';
import { retrofitSchedule, type Schedule } from './retrofit/schedule.ts';

/** A hall's AI load through the year: its record's profile, or the assumed training tenant when it gives none. */
export const hallAiProfile = (hall: { readonly aiProfile?: AiProfile }): AiProfile => hall.aiProfile ?? defaultAiProfile('training');

/** A scenario's economics record, if the engineer has entered its inputs (a document holds at most one per scenario). */
export function economicsRecordOf(doc: ProjectDocument, scenarioId: ScenarioId): EconomicsRecord | undefined {
  return (doc.economics ?? []).find((e) => e.scenarioId === scenarioId);
}

/** The inputs a scenario is costed on: its record's (GPU-hours fields may be still to enter), or the sourced defaults when it has none. */
export function scenarioEconomicsInputs(doc: ProjectDocument, scenarioId: ScenarioId): StoredEconomicsInputs {
  return economicsRecordOf(doc, scenarioId)?.inputs ?? defaultEconomicsInputs();
}

export type PhaseCaseResult = { ok: true; value: PhaseEconomicsCase; basis: string } | { ok: false; issues: FieldIssue[] };

const mw = (kw: number) => kw / 1000;

/** IT load of a scenario's halls of one kind of use (mining halls, or the AI halls: every other kind), MW. */
function hallsMw(doc: ProjectDocument, catalog: Catalog, scenario: ScenarioRecord, mining: boolean) {
  const report = analyze(doc, catalog, scenario.id);
  const kind = new Map(doc.halls.map((h) => [h.id, h.kind]));
  return report.summary.halls.filter((h) => (kind.get(h.id as never) === 'mining') === mining).map((h) => ({ id: h.id, name: h.name, itMw: mw(h.itKw) }));
}

/**
 * The AI halls a phase adds to its baseline and the IT each adds, MW: a hall that continues one of the baseline's AI
 * halls (by lineage) adds only its growth, so a phase costed on its upgrade bill (what it buys) earns on what it adds.
 */
function addedAiHalls(doc: ProjectDocument, catalog: Catalog, target: ScenarioRecord, baseline: ScenarioRecord | null) {
  const added = hallsMw(doc, catalog, target, false);
  if (!baseline) return added.filter((h) => h.itMw > 0);
  const before = new Map(hallsMw(doc, catalog, baseline, false).map((h) => [h.id, h.itMw]));
  const byId = new Map<string, DocRecord>(doc.halls.map((h) => [h.id, h]));
  const baselineIds = new Set<string>(before.keys());
  return added
    .map((h) => {
      const origin = originIn(byId.get(h.id)!, byId, baselineIds);
      return { ...h, itMw: h.itMw - (origin === undefined ? 0 : (before.get(origin) ?? 0)) };
    })
    .filter((h) => h.itMw > 1e-9);
}

/** What a phase costs and when it is built: the bill the economics' capex is, its schedule, and the compare it comes from. */
export interface PhaseBill {
  readonly target: ScenarioRecord;
  readonly baseline: ScenarioRecord | null;
  /** The retrofit compare against the baseline, or null for a scenario built new (it names no baseline). */
  readonly retrofit: RetrofitReport | null;
  readonly landlordCapexUsd: number;
  readonly schedule: Schedule;
  readonly basis: string;
}

/**
 * A phase's landlord bill and schedule: the upgrade bill against its baseline and the retrofit's schedule, or the
 * landlord bill built new and the schedule of buying it all when it names no baseline.
 */
export function phaseBill(doc: ProjectDocument, catalog: Catalog, scenarioId: ScenarioId, asOf: string): PhaseBill {
  const target = doc.scenarios.find((s) => s.id === scenarioId);
  if (!target) throw new Error(`There is no scenario ${scenarioId} in the project.`);
  const baseline = (target.baselineScenarioId ? doc.scenarios.find((s) => s.id === target.baselineScenarioId) : undefined) ?? null;
  if (baseline) {
    const retrofit = compareScenarios(doc, catalog, baseline.id, target.id, { asOf });
    return {
      target,
      baseline,
      retrofit,
      landlordCapexUsd: retrofit.lines.filter((l) => l.scope === 'landlord').reduce((s, l) => s + l.totalUsd, 0),
      schedule: { ...retrofit.schedule, firstPowerWeeks: retrofit.summary.firstPowerWeeks, fullPowerWeeks: retrofit.summary.fullPowerWeeks },
      basis: `landlord upgrade bill of ${target.name} from ${baseline.name} and its schedule`,
    };
  }
  const report = analyze(doc, catalog, target.id);
  // Units in hand or on order arrive on their delivery dates, as in a retrofit's schedule.
  const { lines, dated } = withDeliveries(report.lines.map((l) => ({ ...l, disposition: lineDisposition(l) })), doc, target.id, asOf);
  return {
    target,
    baseline,
    retrofit: null,
    landlordCapexUsd: report.summary.capexByScope.landlord,
    schedule: retrofitSchedule({ lines, dated, interconnects: doc.interconnects ?? [], asOf, factors: retrofitFactors(catalog), catalog: catalogIndexOf(catalog) }),
    basis: `landlord bill of ${target.name} built new (it names no baseline) and its schedule`,
  };
}

/**
 * The economics case of one phase, from the same reports the bill comes from: capex is the phase's landlord upgrade
 * bill against its baseline (or its landlord bill built new when it has none), revenue starts at the schedule's first
 * power on the AI IT the phase adds to its baseline, the annual PUE is the report's, the mining before is the baseline's mining halls, and the firm
 * limit is the site's interconnect and substation. Each AI hall runs on its record's profile; the demand-response
 * events are the economics inputs'. GPU-hours fields still to enter are refused, each by name, before anything is
 * costed. Pass `bill` when the caller has it already (an export shows it too).
 */
export function phaseEconomicsCase(doc: ProjectDocument, catalog: Catalog, scenarioId: ScenarioId, stored: StoredEconomicsInputs, asOf: string, bill = phaseBill(doc, catalog, scenarioId, asOf)): PhaseCaseResult {
  const complete = completeEconomicsInputs(stored);
  if (!complete.ok) return complete;
  const economics = complete.value;
  const { target, baseline, basis } = bill;
  const report = analyze(doc, catalog, target.id);
  const schedule = { designStartWeek: 0, energisationWeek: bill.schedule.firstPowerWeeks, fullPowerWeek: bill.schedule.fullPowerWeeks };
  const pf = catalogIndexOf(catalog).factor('power-factor');
  const miningMwBefore = baseline ? hallsMw(doc, catalog, baseline, true).reduce((s, h) => s + h.itMw, 0) : 0;
  const halls = addedAiHalls(doc, catalog, target, baseline);
  const hallRecords = new Map(doc.halls.map((h) => [h.id as string, h]));
  const raw = {
    economics,
    phase: { capexUsd: bill.landlordCapexUsd, schedule, itMw: halls.reduce((s, h) => s + h.itMw, 0), pue: report.summary.pue, miningMwBefore },
    site: {
      // The site records give the interconnect and the substation; no separate site electrical limit is recorded.
      limits: { interconnectMw: doc.site.interconnectMw, substationMw: doc.site.substationMva * pf, siteElectricalMw: doc.site.interconnectMw },
      halls: halls.map((h) => ({ name: h.name, itMw: h.itMw, profile: hallAiProfile(hallRecords.get(h.id)!) })),
      demandResponse: economics.demandResponse ?? [],
      yearStartsOnWeekday: 0,
    },
  };
  const parsed = parsePhaseEconomicsCase(raw);
  return parsed.ok ? { ok: true, value: parsed.value, basis } : parsed;
}
