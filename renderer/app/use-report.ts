import { useSyncExternalStore } from 'react';
import type { GroupFigure, ScenarioReport } from '../../shared/analysis/index.ts';
import type { Editor } from '../editor/editor.ts';

/** The open scenario's live report: every number a panel shows comes from it. */
export function useReport(editor: Editor): ScenarioReport {
  return useSyncExternalStore(editor.live.subscribe, editor.live.getCurrent);
}

/** The report's figures for one group (a loop, a feed, a hall), or undefined when it was not sized. */
export function useGroup(editor: Editor, id: string): GroupFigure | undefined {
  return useReport(editor).groups.find((g) => g.id === id);
}
