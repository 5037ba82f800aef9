import { useCallback, useState } from 'react';

/** The side panel's width and what is folded: how this user likes the screen, kept per browser, never in the project. */
export interface PanelLayout {
  readonly sideWidth: number;
  readonly sideCollapsed: boolean;
  readonly outlineOpen: boolean;
}

const KEY = 'powerhall.panel-layout';
export const SIDE_MIN = 340;
const DEFAULTS: PanelLayout = { sideWidth: 560, sideCollapsed: false, outlineOpen: true };

/** The widest the side panel may be: the viewport keeps at least 40 % of the window. */
export const sideMax = (): number => Math.max(SIDE_MIN, Math.round(window.innerWidth * 0.6));

function read(): PanelLayout {
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<PanelLayout> | null;
    if (!raw || typeof raw !== 'object') return DEFAULTS;
    return {
      sideWidth: typeof raw.sideWidth === 'number' && Number.isFinite(raw.sideWidth) ? raw.sideWidth : DEFAULTS.sideWidth,
      sideCollapsed: raw.sideCollapsed === true,
      outlineOpen: raw.outlineOpen !== false,
    };
  } catch {
    return DEFAULTS;
  }
}

export function usePanelLayout(): [PanelLayout, (patch: Partial<PanelLayout>) => void] {
  const [layout, setLayout] = useState(read);
  const update = useCallback((patch: Partial<PanelLayout>) => {
    setLayout((prev) => {
      const next = { ...prev, ...patch };
      try {
        window.localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // Storage full or off: the layout still applies for this window.
      }
      return next;
    });
  }, []);
  return [layout, update];
}
