// A window's bounds and maximised state, remembered between runs and put back only where it can be seen: a display
// may have gone (a laptop off its dock) or changed resolution since.

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export interface Display {
  /** The part of the screen windows may use (no taskbar or menu bar). */
  workArea: Rectangle;
}

/** The title bar strip that must stay reachable for the user to move the window. */
const GRAB_HEIGHT = 32;
const MIN_VISIBLE = 100;

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function centred(size: { width: number; height: number }, area: Rectangle): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/**
 * Where to put a window: the saved state on the display it mostly was on, shrunk to fit and moved inside it;
 * when its title bar is on no display any more, centred on the primary display at its saved size (or the default).
 */
export function restoreWindowState(
  saved: WindowState | undefined,
  displays: readonly Display[],
  primary: Display,
  defaultSize: { width: number; height: number },
): WindowState {
  if (!saved) return { bounds: centred(defaultSize, primary.workArea), maximized: false };
  const { bounds } = saved;
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB_HEIGHT };
  const home = displays
    .filter((d) => overlap(titleBar, d.workArea) >= Math.min(MIN_VISIBLE, bounds.width) * Math.min(GRAB_HEIGHT, bounds.height))
    .sort((a, b) => overlap(bounds, b.workArea) - overlap(bounds, a.workArea))[0];
  if (!home) return { bounds: centred(bounds, primary.workArea), maximized: saved.maximized };
  const area = home.workArea;
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

/** The stored state, or undefined when the text is not one (a first run, a damaged file). */
export function parseWindowState(text: string | undefined): WindowState | undefined {
  if (text === undefined) return undefined;
  try {
    const { bounds, maximized } = JSON.parse(text) as WindowState;
    const numbers = [bounds.x, bounds.y, bounds.width, bounds.height];
    if (!numbers.every(Number.isFinite) || bounds.width <= 0 || bounds.height <= 0 || typeof maximized !== 'boolean') return undefined;
    return { bounds: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }, maximized };
  } catch {
    return undefined;
  }
}
