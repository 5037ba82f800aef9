import { isEmptyDiff, reverseDiff, type DocumentDiff } from '../../shared/model/index.ts';
import { composeDiffs } from './diff-compose.ts';
import type { DocumentStore, StoreChange } from './store.ts';

interface Entry {
  diff: DocumentDiff;
  coalesceKey: string | null;
}

/**
 * Undo history as diffs between marks. A gesture (a drag) is one step: `beginGesture` on pointer-down,
 * store writes while dragging, `endGesture` on pointer-up, `cancelGesture` on Escape. Consecutive user
 * changes with the same coalesce key (typing in one field) merge until `seal()`.
 */
export class History {
  private readonly undoStack: Entry[] = [];
  private readonly redoStack: Entry[] = [];
  private gesture: DocumentDiff | null = null;
  private sealed = true;
  private readonly listeners = new Set<() => void>();
  /** Ends the subscription to the store's change feed. */
  readonly dispose: () => void;

  constructor(private readonly store: DocumentStore) {
    this.dispose = store.listen((change) => this.onChange(change));
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0 || (this.gesture !== null && !isEmptyDiff(this.gesture));
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  get inGesture(): boolean {
    return this.gesture !== null;
  }

  /** Number of undo steps, for display and tests. */
  get depth(): number {
    return this.undoStack.length;
  }

  listen(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  beginGesture(): void {
    if (this.gesture) this.endGesture();
    this.gesture = { added: [], updated: [], removed: [] };
    this.notify();
  }

  endGesture(): void {
    const g = this.gesture;
    this.gesture = null;
    if (g && !isEmptyDiff(g)) this.push({ diff: g, coalesceKey: null });
    this.notify();
  }

  /** Reverts everything the gesture did and forgets it. */
  cancelGesture(): void {
    const g = this.gesture;
    this.gesture = null;
    if (g && !isEmptyDiff(g)) this.store.applyDiff(reverseDiff(g), 'cancel');
    this.notify();
  }

  /** Ends coalescing: the next keyed change starts a new step. */
  seal(): void {
    this.sealed = true;
  }

  undo(): boolean {
    if (this.gesture) {
      this.cancelGesture();
      return true;
    }
    const entry = this.undoStack.pop();
    if (!entry) return false;
    this.sealed = true;
    this.store.applyDiff(reverseDiff(entry.diff), 'undo');
    this.redoStack.push(entry);
    this.notify();
    return true;
  }

  redo(): boolean {
    if (this.gesture) return false;
    const entry = this.redoStack.pop();
    if (!entry) return false;
    this.sealed = true;
    this.store.applyDiff(entry.diff, 'redo');
    this.undoStack.push(entry);
    this.notify();
    return true;
  }

  /** Forgets all steps (after loading another document). */
  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
    this.gesture = null;
    this.sealed = true;
    this.notify();
  }

  private onChange(change: StoreChange): void {
    if (change.origin === 'load') {
      this.clear();
      return;
    }
    if (change.origin !== 'user') return;
    if (this.gesture) {
      this.gesture = composeDiffs(this.gesture, change.diff);
      return;
    }
    const top = this.undoStack.at(-1);
    if (top && change.coalesceKey !== null && !this.sealed && top.coalesceKey === change.coalesceKey) {
      top.diff = composeDiffs(top.diff, change.diff);
      if (isEmptyDiff(top.diff)) this.undoStack.pop();
      this.redoStack.length = 0;
      this.notify();
      return;
    }
    this.push({ diff: change.diff, coalesceKey: change.coalesceKey });
    this.notify();
  }

  private push(entry: Entry): void {
    this.undoStack.push(entry);
    this.redoStack.length = 0;
    this.sealed = entry.coalesceKey === null;
  }

  private notify(): void {
    for (const fn of [...this.listeners]) fn();
  }
}
