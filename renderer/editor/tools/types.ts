import type { Point } from '../../../shared/model/index.ts';

/** A pointer event on the plan, as the viewport reports it to the active tool. */
export interface PlanPointer {
  /** The floor point under the pointer, in site coordinates (metres). */
  readonly site: Point;
  /** The record under the pointer (rack, equipment, row or hall), if any. */
  readonly hitId: string | null;
  readonly shift: boolean;
  readonly mod: boolean;
}

export interface Tool {
  down(p: PlanPointer): void;
  move(p: PlanPointer): void;
  up(p: PlanPointer): void;
  /** Escape: abandon the gesture, leaving the document as it was before pointer-down. */
  cancel(): void;
  /** The pointer moving with no button down (a tool that draws click by click shows its next point). */
  hover?(p: PlanPointer): void;
  /** Enter or double-click: complete a click-by-click drawing; returns whether one was in progress. */
  finish?(): boolean;
  /** Whether a click-by-click drawing is in progress between gestures. */
  pending?(): boolean;
  /** What a typed figure would set now and where the drawing started (site), or null when the tool takes none now. */
  typedPrompt?(): { readonly kind: TypedKind; readonly at: Point } | null;
  /** A typed figure (metres or a count) completes the drawing from its first point; returns why it was refused, or null. */
  typed?(value: TypedValue): string | null;
}

/** 'length': a row's length (or its slot count with "slots"); 'size': a hall's width × depth. */
export type TypedKind = 'length' | 'size';

/** A figure the user typed while drawing, already read and in stored units: lengths in metres. */
export type TypedValue = { readonly kind: 'length'; readonly metres: readonly number[] } | { readonly kind: 'count'; readonly count: number };
