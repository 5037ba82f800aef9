import { analysePhaseEconomics, type EconomicsInputs, type PhaseEconomics } from '../analysis/economics/index.ts';
import type { HallLoad } from '../analysis/load-profile/inputs.ts';
import { analyze } from '../analysis/analyze.ts';
import { phaseBill, phaseEconomicsCase, scenarioEconomicsInputs, type PhaseBill } from '../analysis/phase-economics.ts';
import type { ScenarioReport } from '../analysis/report-schema.ts';
import type { ScenarioId } from '../model/index.ts';
import { economicsJson } from './economics-views.ts';
import { scenarioOf, type ReportContext } from './report-context.ts';

/**
 * What an export shows beyond the scenario's own report: its phase bill and schedule (the upgrade bill against its
 * baseline when it names one), the baseline's report for the compare, and the phase's economics on its stored inputs,
 * or the reason it cannot be costed. Computed once per export from the same functions the app and the CLI call.
 */
export interface PhaseResults {
  readonly bill: PhaseBill;
  readonly baselineReport: ScenarioReport | null;
  readonly economics: { readonly ok: true; readonly inputs: EconomicsInputs; readonly halls: readonly HallLoad[]; readonly result: PhaseEconomics; readonly json: ReturnType<typeof economicsJson> } | { readonly ok: false; readonly problems: readonly string[] };
}

export function phaseResults(context: ReportContext): PhaseResults {
  const scenario = scenarioOf(context);
  const id = scenario.id as ScenarioId;
  const bill = phaseBill(context.document, context.catalog, id, context.date);
  const baselineReport = bill.baseline ? analyze(context.document, context.catalog, bill.baseline.id) : null;
  const inputs = scenarioEconomicsInputs(context.document, id);
  const built = phaseEconomicsCase(context.document, context.catalog, id, inputs, context.date, bill);
  if (!built.ok) return { bill, baselineReport, economics: { ok: false, problems: built.issues.map((i) => i.message) } };
  const result = analysePhaseEconomics(built.value);
  return { bill, baselineReport, economics: { ok: true, inputs: built.value.economics, halls: built.value.site.halls, result, json: economicsJson(scenario, built.basis, result) } };
}
