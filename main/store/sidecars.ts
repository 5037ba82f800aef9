import { existsSync, rmSync, statSync } from 'node:fs';

/** The WAL and WAL-index sidecars that do not exist beside `path` yet. */
export function missingWalSidecars(path: string): string[] {
  return ['-wal', '-shm'].filter((s) => !existsSync(path + s));
}

/**
 * Reading a WAL-mode file makes SQLite create an empty WAL and its index beside it, and a read-only connection
 * leaves them. For a file we refused, the ones we created are removed again, as long as no frame was written.
 */
export function removeCreatedWalSidecars(path: string, created: readonly string[]): void {
  if (created.length === 0 || (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0) !== 0) return;
  for (const s of created) rmSync(path + s, { force: true });
}
