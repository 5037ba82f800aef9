/**
 * Counts the writes in flight (an edit on its way into the project file), so that a window being closed can wait
 * for them instead of cutting one off, and the title can show "•" while one takes long: most take milliseconds,
 * and a marker for those would only flicker, so `onSlowChange(true)` comes only once writes have been in flight
 * for `slowAfterMs`, and `onSlowChange(false)` when they are all done.
 */
export class PendingWrites {
  private count = 0;
  private waiting: (() => void)[] = [];
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  private slow = false;

  constructor(
    private readonly onSlowChange: (slow: boolean) => void = () => {},
    private readonly slowAfterMs = 250,
  ) {}

  get busy(): boolean {
    return this.count > 0;
  }

  /** Whether writes have been in flight for longer than `slowAfterMs`. */
  get isSlow(): boolean {
    return this.slow;
  }

  async track<T>(write: () => Promise<T>): Promise<T> {
    this.count += 1;
    if (this.count === 1) {
      this.slowTimer = setTimeout(() => {
        this.slow = true;
        this.onSlowChange(true);
      }, this.slowAfterMs);
    }
    try {
      return await write();
    } finally {
      this.count -= 1;
      if (this.count === 0) this.settle();
    }
  }

  /** Resolves once no write is in flight. */
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  private settle(): void {
    clearTimeout(this.slowTimer);
    if (this.slow) {
      this.slow = false;
      this.onSlowChange(false);
    }
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
