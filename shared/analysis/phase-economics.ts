import { catalogIndexOf } from '../catalog/catalog-index.ts';
import type { Catalog } from '../catalog/schema.ts';
import { lineDisposition } from '../engine/bill-schema.ts';
import type { ProjectDocument, ScenarioId, ScenarioRecord } from '../model/index.ts';
import { analyze } from './analyze.ts';
import { parsePhaseEconomicsCase, SAMPLE_LAKE_MARINER_PHASE, type EconomicsInputs, type PhaseEconomicsCase } from './economics/index.ts';
import type { FieldIssue } from './load-profile/inputs.ts';
import { compareScenarios } from './retrofit/compare.ts';
import { retrofitFactors } from './retrofit/factors.ts';
import { retrofitSchedule } from './retrofit/schedule.ts';

/** The AI load assumed for a hall when the project gives none: the sample's training tenant (its file says why). */
const DEFAULT_AI_PROFILE = SAMPLE_LAKE_MARINER_PHASE.site.halls[0]!.profile;

export type PhaseCaseResult = { ok: true; value: PhaseEconomicsCase; basis: string } | { ok: false; issues: FieldIssue[] };

const mw = (kw: number) => kw / 1000;

/** IT load of a scenario's halls of one kind of use (mining halls, or the AI halls: every other kind), MW. */
function hallsMw(doc: ProjectDocument, catalog: Catalog, scenario: ScenarioRecord, mining: boolean) {
  const report = analyze(doc, catalog, scenario.id);
  const kind = new Map(doc.halls.map((h) => [h.id, h.kind]));
  return report.summary.halls.filter((h) => (kind.get(h.id as never) === 'mining') === mining).map((h) => ({ name: h.name, itMw: mw(h.itKw) }));
}

/**
 * The economics case of one phase, from the same reports the bill comes from: capex is the phase's landlord upgrade
 * bill against its baseline (or its landlord bill built new when it has none), revenue starts at the schedule's first
 * power, the IT load and annual PUE are the report's, the mining before is the baseline's mining halls, and the firm
 * limit is the site's interconnect and substation.
 */
export function phaseEconomicsCase(doc: ProjectDocument, catalog: Catalog, scenarioId: ScenarioId, economics: EconomicsInputs, asOf: string): PhaseCaseResult {
  const target = doc.scenarios.find((s) => s.id === scenarioId);
  if (!target) throw new Error(`There is no scenario ${scenarioId} in the project.`);
  const baseline = target.baselineScenarioId ? doc.scenarios.find((s) => s.id === target.baselineScenarioId) : undefined;
  const report = analyze(doc, catalog, target.id);
  let capexUsd: number;
  let schedule: { designStartWeek: number; energisationWeek: number; fullPowerWeek: number };
  let basis: string;
  if (baseline) {
    const retrofit = compareScenarios(doc, catalog, baseline.id, target.id, { asOf });
    capexUsd = retrofit.lines.filter((l) => l.scope === 'landlord').reduce((s, l) => s + l.totalUsd, 0);
    schedule = { designStartWeek: 0, energisationWeek: retrofit.summary.firstPowerWeeks, fullPowerWeek: retrofit.summary.fullPowerWeeks };
    basis = `landlord upgrade bill of ${target.name} from ${baseline.name} and its schedule`;
  } else {
    capexUsd = report.summary.capexByScope.landlord;
    const lines = report.lines.map((l) => ({ ...l, disposition: lineDisposition(l) }));
    const built = retrofitSchedule({ lines, interconnects: doc.interconnects ?? [], asOf, factors: retrofitFactors(catalog) });
    schedule = { designStartWeek: 0, energisationWeek: built.firstPowerWeeks, fullPowerWeek: built.fullPowerWeeks };
    basis = `landlord bill of ${target.name} built new (it names no baseline) and its schedule`;
  }
  const pf = catalogIndexOf(catalog).factor('power-factor');
  const miningMwBefore = baseline ? hallsMw(doc, catalog, baseline, true).reduce((s, h) => s + h.itMw, 0) : 0;
  const halls = hallsMw(doc, catalog, target, false).filter((h) => h.itMw > 0);
  const raw = {
    economics,
    phase: { capexUsd, schedule, itMw: mw(report.summary.aiItKw), pue: report.summary.pue, miningMwBefore },
    site: {
      // The site records give the interconnect and the substation; no separate site electrical limit is recorded.
      limits: { interconnectMw: doc.site.interconnectMw, substationMw: doc.site.substationMva * pf, siteElectricalMw: doc.site.interconnectMw },
      halls: halls.map((h) => ({ ...h, profile: DEFAULT_AI_PROFILE })),
      demandResponse: [],
      yearStartsOnWeekday: 0,
    },
  };
  const parsed = parsePhaseEconomicsCase(raw);
  return parsed.ok ? { ok: true, value: parsed.value, basis } : parsed;
}
