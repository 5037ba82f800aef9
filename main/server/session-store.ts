import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { z } from 'zod';
import { appDataDir } from '../services/app-data-dir.ts';
import { nodeFileSystem, writeFileAtomic } from '../services/file-system.ts';
import { newToken } from './token.ts';

const StoredSession = z.object({ secret: z.string().min(20), port: z.number().int().min(1).max(65535).nullable() });
export type StoredSession = z.infer<typeof StoredSession>;

/** Where browser mode keeps a project's session secret and port: the data folder, one file per project path. */
export function browserSessionFile(projectPath: string, dataDir = appDataDir()): string {
  const absolute = resolve(projectPath);
  const stem = basename(absolute, extname(absolute)).replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 40) || 'project';
  const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  return join(dataDir, 'browser-mode', `${stem}-${hash}.json`);
}

function read(file: string): StoredSession | null {
  try {
    const parsed = StoredSession.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function write(file: string, session: StoredSession): void {
  mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
  writeFileAtomic(nodeFileSystem, file, Buffer.from(JSON.stringify(session)));
  chmodSync(file, 0o600);
}

/**
 * The project's browser-mode session: the same secret and port across restarts of `powerhall serve`, so that an
 * open tab carries on (and sends the edits it still holds); a new secret when `rotate` is asked for, which ends
 * every tab's session.
 */
export function browserSessionFor(projectPath: string, options: { rotate?: boolean } = {}): StoredSession {
  const file = browserSessionFile(projectPath);
  const stored = options.rotate ? null : read(file);
  if (stored) return stored;
  const session = { secret: newToken(), port: read(file)?.port ?? null };
  write(file, session);
  return session;
}

/** Records the port a run listened on, for the next run to try first. */
export function rememberPort(projectPath: string, session: StoredSession, port: number): void {
  if (session.port !== port) write(browserSessionFile(projectPath), { ...session, port });
}
