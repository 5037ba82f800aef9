import type { Point } from '../../../shared/model/index.ts';
import { siteToHall } from '../../../shared/geometry/plan.ts';
import { runAction } from '../actions/index.ts';
import type { Editor } from '../editor.ts';

/** Where a calibration stands: which underlay, and the points picked on it so far (hall coordinates, m). */
export interface CalibrationState {
  readonly underlayId: string;
  readonly points: readonly Point[];
}

/**
 * Two-point calibration of an underlay. While it runs, the viewport hands it the floor clicks first: the first two
 * pick two points of a known length on the drawing, then the real distance typed in the inspector sets the scale in
 * one undoable edit. Selecting anything else (or nothing, as Escape does) ends it.
 */
export class CalibrateTool {
  private current: CalibrationState | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly editor: Editor) {
    // Selecting anything else (Escape clears the selection) ends a calibration.
    editor.session.subscribe(() => {
      if (this.current && !editor.session.state.selection.has(this.current.underlayId)) this.cancel();
    });
  }

  get state(): CalibrationState | null {
    return this.current;
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  start(underlayId: string): void {
    this.set({ underlayId, points: [] });
    this.editor.session.info('Calibrate: click the first end of a length you know on the drawing.');
  }

  cancel(): void {
    if (this.current) this.set(null);
  }

  /** A floor click (site m); returns whether calibration took it (and the tools must not see it). */
  click(site: Point): boolean {
    const state = this.current;
    if (!state || state.points.length >= 2) return false;
    const underlay = this.editor.store.get(state.underlayId, 'underlay');
    const hall = underlay && this.editor.store.get(underlay.hallId, 'hall');
    if (!hall) {
      this.set(null);
      return false;
    }
    const points = [...state.points, siteToHall(hall, site)];
    this.set({ ...state, points });
    this.editor.session.info(points.length === 1 ? 'Calibrate: click the other end.' : 'Calibrate: type the real distance between the two points in the inspector.');
    return true;
  }

  /** Sets the scale from the two picked points and the real distance, m; returns why it was refused, or null. */
  apply(realM: number): string | null {
    const state = this.current;
    if (!state || state.points.length < 2) return 'Pick two points on the drawing first.';
    const result = runAction(this.editor, 'underlay.calibrate', { id: state.underlayId, a: state.points[0]!, b: state.points[1]!, realM });
    if (!result.ok) return result.message;
    this.set(null);
    this.editor.session.info(`Underlay calibrated: the two points are ${realM} m apart.`);
    return null;
  }

  private set(next: CalibrationState | null): void {
    this.current = next;
    for (const fn of this.listeners) fn();
  }
}

const tools = new WeakMap<Editor, CalibrateTool>();

/** The editor's one calibration, shared by the viewport (which feeds it clicks) and the inspector (which starts it). */
export function calibrationOf(editor: Editor): CalibrateTool {
  let tool = tools.get(editor);
  if (!tool) tools.set(editor, (tool = new CalibrateTool(editor)));
  return tool;
}
