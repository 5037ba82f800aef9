/** The least the outline keeps when the split is dragged up (its title, the search field and two rows), CSS px. */
export const OUTLINE_MIN = 96;
/** The least the tab body keeps when the split is dragged down (a tab's heading and a few lines), CSS px. */
export const TAB_BODY_MIN = 120;
/** How far one arrow key moves the split, CSS px (one outline row). */
export const SPLIT_STEP = 20;

/**
 * The outline's height after the split between it and the tab body moves by `delta` px, from heights measured when
 * the move began: whatever the outline gains the tab body gives up, and neither goes below its least.
 */
export function outlineHeightAfter(outlineNow: number, tabBodyNow: number, delta: number): number {
  const most = Math.max(OUTLINE_MIN, outlineNow + tabBodyNow - TAB_BODY_MIN);
  return Math.round(Math.min(most, Math.max(OUTLINE_MIN, outlineNow + delta)));
}
