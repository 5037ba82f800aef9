import { ApiError, type PowerhallApi } from '../../shared/contract/index.ts';
import { isEmptyDiff, type DocumentDiff } from '../../shared/model/index.ts';
import { composeDiffs } from './diff-compose.ts';
import type { DocumentStore } from './store.ts';

const RESEND_MS = 2_000;

export type SaveState =
  | { readonly kind: 'saved'; readonly revision: number }
  | { readonly kind: 'saving'; readonly revision: number }
  | { readonly kind: 'error'; readonly revision: number; readonly message: string }
  /**
   * Saving is over for this window: another writer saved first (this document is behind the file) or holds the
   * project. Nothing more is sent; only a reload of the saved project can continue.
   */
  | { readonly kind: 'refused'; readonly revision: number; readonly message: string; readonly unsent: boolean };

/** A refusal no retry can cure: the file moved on under another writer, or this window may not write. */
const isRefusal = (error: unknown): boolean => error instanceof ApiError && (error.code === 'conflict' || error.code === 'read-only');

/** What persistence needs of the history: whether a gesture (a drag) is open, and word when that changes. */
export interface GestureState {
  readonly inGesture: boolean;
  listen(fn: () => void): () => void;
}

/**
 * Sends each document diff to main in order, one request at a time. Diffs made while a request is in
 * flight are composed into the next request, so the file always holds a state the user saw. A gesture's diffs (every
 * step of a drag) are held until it ends and sent as one change; a cancelled gesture sends nothing. On an error
 * the local document is kept, unsent changes stay queued, and `retry()` sends them again. A conflict or a
 * read-only refusal (another writer) ends saving for this window: the state says 'refused' and nothing more is sent.
 */
export class Persistence {
  private pending: DocumentDiff | null = null;
  private inFlight = false;
  private current: SaveState;
  private readonly listeners = new Set<() => void>();
  private idleWaiters: (() => void)[] = [];

  constructor(
    store: DocumentStore,
    private readonly api: Pick<PowerhallApi, 'project'>,
    revision: number,
    private readonly gestures?: GestureState,
  ) {
    this.current = { kind: 'saved', revision };
    store.listen(({ diff, origin }) => {
      if (origin === 'load') return;
      this.pending = this.pending ? composeDiffs(this.pending, diff) : diff;
      void this.flush();
    });
    gestures?.listen(() => void this.flush());
  }

  get state(): SaveState {
    return this.current;
  }

  readonly getState = (): SaveState => this.current;

  readonly subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  /** Resolves when nothing is queued or in flight (or sending stopped on an error or a refusal). */
  whenIdle(): Promise<void> {
    if (!this.inFlight && (!this.pending || this.current.kind === 'error' || this.current.kind === 'refused')) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  retry(): void {
    if (this.current.kind !== 'error') return;
    this.set({ kind: 'saved', revision: this.current.revision });
    void this.flush();
  }

  /**
   * Asks the project for its revision while nothing is being sent: if another window has saved since, this one
   * is behind the file and is refused now, before anything more is typed into it.
   */
  async checkWriter(): Promise<void> {
    if (this.inFlight || this.pending || this.current.kind !== 'saved') return;
    const known = this.current.revision;
    let info: { readonly revision: number; readonly readOnlyReason: string | null };
    try {
      info = await this.api.project.info({});
    } catch {
      return;
    }
    if (this.inFlight || this.current.kind !== 'saved' || this.current.revision !== known) return;
    if (info.revision !== known) {
      this.set({ kind: 'refused', revision: known, message: `another window saved changes to this project (revision ${known} → ${info.revision})`, unsent: false });
    } else if (info.readOnlyReason !== null) {
      this.set({ kind: 'refused', revision: known, message: info.readOnlyReason, unsent: false });
    }
  }

  private async flush(): Promise<void> {
    if (this.inFlight || this.gestures?.inGesture || this.current.kind === 'error' || this.current.kind === 'refused') return;
    const diff = this.pending;
    if (!diff || isEmptyDiff(diff)) {
      this.pending = null;
      this.settle();
      return;
    }
    this.pending = null;
    this.inFlight = true;
    const baseRevision = this.current.revision;
    this.set({ kind: 'saving', revision: baseRevision });
    try {
      const { revision } = await this.api.project.applyDiff({ baseRevision, diff });
      this.inFlight = false;
      this.set({ kind: 'saved', revision });
    } catch (error) {
      this.inFlight = false;
      this.pending = this.pending ? composeDiffs(diff, this.pending) : diff;
      const message = error instanceof Error ? error.message : String(error);
      this.set(isRefusal(error) ? { kind: 'refused', revision: baseRevision, message, unsent: true } : { kind: 'error', revision: baseRevision, message });
      this.settle();
      // A server that is away or asks for a new link keeps the edit; it is sent again (the revision guards it).
      if (error instanceof ApiError && (error.code === 'unavailable' || error.code === 'session-ended')) setTimeout(() => this.retry(), RESEND_MS);
      return;
    }
    await this.flush();
  }

  private settle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private set(state: SaveState): void {
    this.current = state;
    for (const fn of [...this.listeners]) fn();
  }
}
