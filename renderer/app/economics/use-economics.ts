import { useMemo } from 'react';
import { analysePhaseEconomics, type StoredEconomicsInputs } from '../../../shared/analysis/economics/index.ts';
import type { LoadProfileResult } from '../../../shared/analysis/load-profile/index.ts';
import { economicsRecordOf, phaseEconomicsCase, scenarioEconomicsInputs } from '../../../shared/analysis/phase-economics.ts';
import type { EconomicsRecord, HallRecord, ScenarioId } from '../../../shared/model/index.ts';
import { economicsJson } from '../../../shared/report-views/economics-views.ts';
import type { Editor } from '../../editor/editor.ts';
import { useReport } from '../use-report.ts';

export type EconomicsView = {
  /** The scenario's own inputs record, or null while it is costed on the sourced defaults. */
  readonly record: EconomicsRecord | null;
  readonly inputs: StoredEconomicsInputs;
  /** The open scenario's AI halls (every kind but mining), whose records hold their AI load profiles. */
  readonly aiHalls: readonly HallRecord[];
} & (
  | { readonly ok: true; readonly figures: ReturnType<typeof economicsJson>; readonly load: LoadProfileResult }
  | { readonly ok: false; readonly problems: readonly string[] }
);

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The open scenario's economics, computed by shared/analysis from the same document the live report reads and the
 * scenario's stored inputs, again whenever the live report is remade (after every document change, an input's too).
 */
export function useEconomics(editor: Editor): EconomicsView {
  const report = useReport(editor);
  return useMemo(() => {
    const doc = editor.store.toDocument();
    const scenarioId = report.scenarioId as ScenarioId;
    const record = economicsRecordOf(doc, scenarioId) ?? null;
    const inputs = scenarioEconomicsInputs(doc, scenarioId);
    const aiHalls = doc.halls.filter((h) => h.scenarioId === scenarioId && h.kind !== 'mining');
    const scenario = doc.scenarios.find((s) => s.id === scenarioId);
    if (!scenario) return { ok: false, record, inputs, aiHalls, problems: ['The open scenario is not in the project.'] };
    const built = phaseEconomicsCase(doc, editor.catalog.catalog, scenario.id, inputs, today());
    if (!built.ok) return { ok: false, record, inputs, aiHalls, problems: built.issues.map((i) => i.message) };
    const economics = analysePhaseEconomics(built.value);
    return { ok: true, record, inputs, aiHalls, figures: economicsJson(scenario, built.basis, economics), load: economics.loadAfter };
  }, [editor, report]);
}
