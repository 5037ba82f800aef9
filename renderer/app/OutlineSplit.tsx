import type { KeyboardEvent, PointerEvent as ReactPointerEvent, RefObject } from 'react';
import { outlineHeightAfter, SPLIT_STEP } from './outline-split.ts';

/**
 * The bar between the outline and the tabs: dragging it (or the arrow keys on it) gives height to one and takes it
 * from the other; a double click gives the height back to the shared default.
 */
export function OutlineSplit(props: {
  outline: RefObject<HTMLElement | null>;
  tabBody: RefObject<HTMLElement | null>;
  height: number | undefined;
  onHeight: (height: number | undefined) => void;
}) {
  const { outline, tabBody, onHeight } = props;
  const heights = () => ({ outline: outline.current?.getBoundingClientRect().height ?? 0, tabBody: tabBody.current?.getBoundingClientRect().height ?? 0 });
  const startDrag = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const handle = e.currentTarget;
    handle.setPointerCapture(e.pointerId);
    const from = heights();
    const startY = e.clientY;
    const move = (m: PointerEvent) => onHeight(outlineHeightAfter(from.outline, from.tabBody, m.clientY - startY));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  const key = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowUp' ? -SPLIT_STEP : e.key === 'ArrowDown' ? SPLIT_STEP : 0;
    if (step === 0) return;
    e.preventDefault();
    const now = heights();
    onHeight(outlineHeightAfter(now.outline, now.tabBody, step));
  };
  return (
    <div
      className="outline-split"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Drag to share the height between the outline and the tabs"
      aria-valuenow={props.height === undefined ? undefined : Math.round(props.height)}
      title="Drag to share the height between the outline and the tabs; double-click to share it as at first"
      tabIndex={0}
      data-testid="outline-split"
      onPointerDown={startDrag}
      onKeyDown={key}
      onDoubleClick={() => onHeight(undefined)}
    />
  );
}
