import { useMemo } from 'react';
import { baselineOf, lastScenarioWithBaseline, type ProjectDocument, type ScenarioId, type ScenarioRecord } from '../../../shared/model/index.ts';
import { retrofitView, type RetrofitView } from '../../../shared/report-views/retrofit-view.ts';
import type { Editor } from '../../editor/editor.ts';
import { todayIso } from '../../editor/today.ts';
import { useDocumentVersion } from '../hooks.ts';

export interface RetrofitPair {
  readonly baselineId: string | null;
  readonly targetId: string | null;
}

export type RetrofitState =
  | { readonly ok: true; readonly baseline: ScenarioRecord; readonly target: ScenarioRecord; readonly view: RetrofitView }
  | { readonly ok: false; readonly problem: string };

/**
 * The target and baseline a compare shows: the ones picked, else the open scenario when it names a baseline (else
 * the last scenario that does), against the target's own baseline.
 */
export function resolvePair(doc: ProjectDocument, openId: string, pick: RetrofitPair): { baseline: ScenarioRecord; target: ScenarioRecord } | string {
  const byId = (id: string | null) => (id === null ? undefined : doc.scenarios.find((s) => s.id === id));
  const open = byId(openId);
  const target = byId(pick.targetId) ?? (open && baselineOf(doc, open) ? open : lastScenarioWithBaseline(doc)) ?? open;
  if (!target) return 'The project has no scenario to compare.';
  const baseline = byId(pick.baselineId) ?? baselineOf(doc, target);
  if (!baseline) return `${target.name} names no baseline: pick one to compare it with.`;
  return { baseline, target };
}

/**
 * The retrofit of the picked pair, computed by shared/analysis from the editor's document, again only when the
 * document changes (an edit) or another pair is picked; the viewport's disposition colours read the same view.
 */
export function useRetrofit(editor: Editor, pick: RetrofitPair): RetrofitState {
  useDocumentVersion(editor);
  const doc = editor.store.toDocument();
  const openId = editor.session.state.scenarioId;
  return useMemo(() => {
    const pair = resolvePair(doc, openId, pick);
    if (typeof pair === 'string') return { ok: false, problem: pair };
    try {
      const view = retrofitView(doc, editor.catalog.catalog, pair.baseline.id as ScenarioId, pair.target.id as ScenarioId, todayIso());
      return { ok: true, ...pair, view };
    } catch (error) {
      return { ok: false, problem: error instanceof Error ? error.message : String(error) };
    }
  }, [doc, openId, editor, pick]);
}
