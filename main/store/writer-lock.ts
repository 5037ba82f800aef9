import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, uptime, userInfo } from 'node:os';
import { z } from 'zod';

/**
 * What the writer last knew of its WAL: the salts in the WAL header (null while the WAL is empty or fully folded
 * in, so that the next one starts fresh), the main file's identity when that WAL was begun, and whether a
 * checkpoint was under way (when the main file may be half written and differ from `main`).
 */
const WalNote = z.object({
  salts: z.tuple([z.number().int(), z.number().int()]).nullable(),
  main: z.string(),
  checkpointing: z.boolean(),
});
export type WalNote = z.infer<typeof WalNote>;

const LockHolder = z.object({
  pid: z.number().int(),
  host: z.string(),
  user: z.string(),
  app: z.string(),
  since: z.string(),
  wal: WalNote.optional(),
});
export type LockHolder = z.infer<typeof LockHolder>;

export type LockAttempt =
  | { acquired: true; release(): void; noteWal(note: WalNote): void }
  | { acquired: false; holder: LockHolder | null };

export function lockPathFor(projectPath: string): string {
  return `${projectPath}.lock`;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** The holder the project's lock file names, or null when there is none or it cannot be read. */
export function readLockHolder(projectPath: string): LockHolder | null {
  return readHolder(lockPathFor(projectPath));
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = LockHolder.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether a process of this machine is running (one we may not signal still counts as running). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock left by a process that has died on this machine, or taken before this machine last started (its pid
 * may since belong to another program). A holder on another machine is never presumed dead.
 */
export function isStale(holder: LockHolder | null): boolean {
  if (!holder || holder.host !== hostname() || holder.pid === process.pid) return false;
  const bootedAt = Date.now() - uptime() * 1000;
  return Date.parse(holder.since) < bootedAt - 60_000 || !processAlive(holder.pid);
}

function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Replaces the lock file's content in one rename, flushed first: a crash leaves the old note or the new one. */
function rewriteHolder(path: string, holder: LockHolder): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(holder));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * One writer per project: a lock file beside it, created exclusively, naming the holder so that a second
 * opener can say who has the project. SQLite's own locks only serialise writes; they cannot say who.
 */
export function acquireWriterLock(projectPath: string, app: string): LockAttempt {
  const path = lockPathFor(projectPath);
  const me: LockHolder = { pid: process.pid, host: hostname(), user: currentUser(), app, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (tryCreate(path, me)) {
      return {
        acquired: true,
        release() {
          const holder = readHolder(path);
          if (holder && holder.pid === me.pid && holder.host === me.host && holder.since === me.since) unlinkSync(path);
        },
        noteWal(note) {
          rewriteHolder(path, { ...me, wal: note });
        },
      };
    }
    const holder = readHolder(path);
    if (!isStale(holder)) return { acquired: false, holder };
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return { acquired: false, holder: readHolder(path) };
}

export function describeHolder(holder: LockHolder | null): string {
  if (!holder) return 'It is open for editing elsewhere (the lock file does not say by whom).';
  const where = holder.host === hostname() ? 'on this computer' : `on ${holder.host}`;
  const who = holder.pid === process.pid ? 'in another window of this Powerhall' : `by ${holder.app} (user ${holder.user}, process ${holder.pid}) ${where}`;
  return `It is open for editing ${who} since ${holder.since}.`;
}
