import { ApiError, type PowerhallApi } from '../../shared/contract/index.ts';
import { isEmptyDiff, type DocumentDiff } from '../../shared/model/index.ts';
import { composeDiffs } from './diff-compose.ts';
import type { DocumentStore } from './store.ts';

const RESEND_MS = 2_000;

export type SaveState =
  | { readonly kind: 'saved'; readonly revision: number }
  | { readonly kind: 'saving'; readonly revision: number }
  | { readonly kind: 'error'; readonly revision: number; readonly message: string };

/**
 * Sends each document diff to main in order, one request at a time. Diffs made while a request is in
 * flight are composed into the next request, so the file always holds a state the user saw. On an error
 * the local document is kept, unsent changes stay queued, and `retry()` sends them again.
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
  ) {
    this.current = { kind: 'saved', revision };
    store.listen(({ diff, origin }) => {
      if (origin === 'load') return;
      this.pending = this.pending ? composeDiffs(this.pending, diff) : diff;
      void this.flush();
    });
  }

  get state(): SaveState {
    return this.current;
  }

  readonly getState = (): SaveState => this.current;

  readonly subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  /** Resolves when nothing is queued or in flight (or sending stopped on an error). */
  whenIdle(): Promise<void> {
    if (!this.inFlight && (!this.pending || this.current.kind === 'error')) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  retry(): void {
    if (this.current.kind !== 'error') return;
    this.set({ kind: 'saved', revision: this.current.revision });
    void this.flush();
  }

  private async flush(): Promise<void> {
    if (this.inFlight || this.current.kind === 'error') return;
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
      this.set({ kind: 'error', revision: baseRevision, message: error instanceof Error ? error.message : String(error) });
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
