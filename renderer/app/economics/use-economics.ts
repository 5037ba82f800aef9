import { useMemo } from 'react';
import { analysePhaseEconomics, defaultEconomicsInputs } from '../../../shared/analysis/economics/index.ts';
import type { LoadProfileResult } from '../../../shared/analysis/load-profile/index.ts';
import { phaseEconomicsCase } from '../../../shared/analysis/phase-economics.ts';
import type { ScenarioId } from '../../../shared/model/index.ts';
import { economicsJson } from '../../../shared/report-views/economics-views.ts';
import type { Editor } from '../../editor/editor.ts';
import { useReport } from '../use-report.ts';

export type EconomicsView =
  | { readonly ok: true; readonly figures: ReturnType<typeof economicsJson>; readonly load: LoadProfileResult }
  | { readonly ok: false; readonly problems: readonly string[] };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The open scenario's economics, computed by shared/analysis from the same document the live report reads, and
 * again only when that report changes (an edit or another scenario).
 */
export function useEconomics(editor: Editor): EconomicsView {
  const report = useReport(editor);
  return useMemo(() => {
    const doc = editor.store.toDocument();
    const scenario = doc.scenarios.find((s) => s.id === report.scenarioId);
    if (!scenario) return { ok: false, problems: ['The open scenario is not in the project.'] };
    const built = phaseEconomicsCase(doc, editor.catalog.catalog, scenario.id as ScenarioId, defaultEconomicsInputs(), today());
    if (!built.ok) return { ok: false, problems: built.issues.map((i) => i.message) };
    const economics = analysePhaseEconomics(built.value);
    return { ok: true, figures: economicsJson(scenario, built.basis, economics), load: economics.loadAfter };
  }, [editor, report]);
}
