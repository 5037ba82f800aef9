import type { Point, ScenarioId } from '../../shared/model/index.ts';
import { inScenario } from './actions/scenario-scope.ts';
import type { DocumentStore } from './store.ts';

export type ToolId = 'select' | 'hall' | 'row' | 'rack' | 'equipment' | 'pipe' | 'measure';
export type ColorMode = 'kw' | 'loop' | 'feed' | 'check' | 'disposition';
export type LengthUnit = 'm' | 'ft';

/** A rectangle being dragged out for box selection, in site coordinates. */
export interface SelectionBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A pipe run being drawn: its points so far and where the next one would go, in site coordinates. */
export interface PipeDraft {
  readonly points: readonly Point[];
  readonly next: Point | null;
}

/**
 * A distance shown over the plan (no document change): the measure tool's, or the extent of a drawing made click by
 * click before its second click. Its ends are in site coordinates; `b` follows the pointer until `done`.
 */
export interface Measure {
  readonly a: Point;
  readonly b: Point;
  readonly done: boolean;
}

/**
 * Session scope: what the user is looking at and doing, never persisted and never in undo.
 * Each change replaces the state object, so React can subscribe with useSyncExternalStore.
 */
export interface SessionState {
  readonly scenarioId: ScenarioId;
  readonly selection: ReadonlySet<string>;
  readonly hoverId: string | null;
  readonly tool: ToolId;
  readonly colorMode: ColorMode;
  readonly lengthUnit: LengthUnit;
  /** Catalog ids the placement tools use. */
  readonly rackProfileId: string;
  readonly equipmentCatalogId: string;
  readonly selectionBox: SelectionBox | null;
  readonly pipeDraft: PipeDraft | null;
  readonly measure: Measure | null;
  /** Whether drawing and moving snap to the grid, hall walls and rows. */
  readonly snap: boolean;
  /** A dialog an action asked the app to open for its arguments. */
  readonly prompt: 'row-array' | null;
  /** A one-line message for the status bar (refused edits, save errors). */
  readonly status: { readonly kind: 'info' | 'error'; readonly text: string } | null;
}

export class Session {
  private current: SessionState;
  private readonly listeners = new Set<() => void>();
  /** Ends the subscription to the store's change feed. */
  readonly dispose: () => void;

  constructor(
    initial: SessionState,
    private readonly store: DocumentStore,
  ) {
    this.current = { ...initial, selection: this.scoped(initial.selection, initial.scenarioId) };
    // Selection never points at a record that no longer exists (after delete or undo), and the view never shows a
    // scenario that was removed: it moves to the first one left.
    this.dispose = store.listen(({ diff }) => {
      if (diff.removed.length === 0) return;
      if (diff.removed.some((r) => r.id === this.current.scenarioId)) {
        const first = [...store.all('scenario')].sort((a, b) => a.order - b.order)[0];
        if (first) this.set({ scenarioId: first.id, selection: new Set() });
      }
      const gone = diff.removed.filter((r) => this.current.selection.has(r.id));
      if (gone.length === 0) return;
      const next = new Set(this.current.selection);
      for (const r of gone) next.delete(r.id);
      this.set({ selection: next });
    });
  }

  get state(): SessionState {
    return this.current;
  }

  readonly getState = (): SessionState => this.current;

  readonly subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  set(patch: Partial<SessionState>): void {
    const changed = (Object.keys(patch) as (keyof SessionState)[]).some((k) => patch[k] !== this.current[k]);
    if (!changed) return;
    const next = { ...this.current, ...patch };
    if (patch.selection !== undefined || patch.scenarioId !== undefined) next.selection = this.scoped(next.selection, next.scenarioId);
    this.current = next;
    for (const fn of [...this.listeners]) fn();
  }

  /**
   * The selection only ever holds records of the open scenario (and the site): whatever selects (a click, a box,
   * select-all, a finding, a paste) and whatever then acts on the selection cannot reach another scenario.
   */
  private scoped(selection: ReadonlySet<string>, scenarioId: string): ReadonlySet<string> {
    const kept = [...selection].filter((id) => inScenario(this.store, scenarioId, id));
    return kept.length === selection.size ? selection : new Set(kept);
  }

  /** Clears the status line if it still shows `status` (a message that has stopped being true). */
  clearStatus(status: SessionState['status']): void {
    if (status !== null && this.current.status === status) this.set({ status: null });
  }

  select(ids: Iterable<string>): void {
    this.set({ selection: new Set(ids) });
  }

  toggle(id: string): void {
    const next = new Set(this.current.selection);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.set({ selection: next });
  }

  info(text: string): void {
    this.set({ status: { kind: 'info', text } });
  }

  error(text: string): void {
    this.set({ status: { kind: 'error', text } });
  }
}
