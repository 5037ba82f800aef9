import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, uptime, userInfo } from 'node:os';
import { z } from 'zod';

const LockHolder = z.object({
  pid: z.number().int(),
  host: z.string(),
  user: z.string(),
  app: z.string(),
  since: z.string(),
});
export type LockHolder = z.infer<typeof LockHolder>;

export type LockAttempt = { acquired: true; release(): void } | { acquired: false; holder: LockHolder | null };

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
function isStale(holder: LockHolder | null): boolean {
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
