import { useCallback, useMemo, useState } from 'react';
import { sessionMemoryOf, type PanelLayout } from '../editor/session-memory.ts';

export const SIDE_MIN = 340;
const DEFAULTS: PanelLayout = { sideWidth: 560, sideCollapsed: false, outlineOpen: true };

/** The widest the side panel may be: the viewport keeps at least 40 % of the window. */
export const sideMax = (): number => Math.max(SIDE_MIN, Math.round(window.innerWidth * 0.6));

/**
 * The side panel's width and what is folded, as session state of the open project: a reload of the project brings
 * them back, another project keeps its own; never in the document, never in undo.
 */
export function usePanelLayout(projectPath: string): [PanelLayout, (patch: Partial<PanelLayout>) => void] {
  const memory = useMemo(() => sessionMemoryOf(window.localStorage, projectPath), [projectPath]);
  const [layout, setLayout] = useState(() => memory.remembered.panel ?? DEFAULTS);
  const update = useCallback(
    (patch: Partial<PanelLayout>) => {
      setLayout((prev) => {
        const next = { ...prev, ...patch };
        memory.remember({ panel: next });
        return next;
      });
    },
    [memory],
  );
  return [layout, update];
}
