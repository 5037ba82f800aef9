/**
 * Counts the writes in flight (an edit on its way into the project file), so that the title can show "•" while
 * there are some, and a window being closed can wait for them instead of cutting one off.
 */
export class PendingWrites {
  private count = 0;
  private waiting: (() => void)[] = [];

  constructor(private readonly onBusyChange: (busy: boolean) => void = () => {}) {}

  get busy(): boolean {
    return this.count > 0;
  }

  async track<T>(write: () => Promise<T>): Promise<T> {
    this.count += 1;
    if (this.count === 1) this.onBusyChange(true);
    try {
      return await write();
    } finally {
      this.count -= 1;
      if (this.count === 0) {
        this.onBusyChange(false);
        for (const resolve of this.waiting.splice(0)) resolve();
      }
    }
  }

  /** Resolves once no write is in flight. */
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}
