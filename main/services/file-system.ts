import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../shared/contract/envelope.ts';

/**
 * The file operations backups, Save As and export go through: small enough that a test can put a failing disk
 * (ENOSPC, EACCES) underneath and check that nothing but the temporary file is ever touched.
 */
export interface FileSystem {
  openForWrite(path: string): number;
  write(fd: number, data: Uint8Array, offset: number): number;
  fsync(fd: number): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  /** Makes a rename in `folder` durable; a no-op where folders cannot be opened (Windows). */
  syncFolder(folder: string): void;
  remove(path: string): void;
  mkdirp(path: string): void;
  readdir(path: string): string[];
  readFile(path: string): Buffer;
}

export const nodeFileSystem: FileSystem = {
  openForWrite: (path) => fs.openSync(path, 'wx'),
  write: (fd, data, offset) => fs.writeSync(fd, data, offset),
  fsync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  rename: (from, to) => fs.renameSync(from, to),
  syncFolder: (folder) => {
    let fd: number;
    try {
      fd = fs.openSync(folder, 'r');
    } catch {
      return;
    }
    try {
      fs.fsyncSync(fd);
    } catch {
      // Some file systems refuse fsync on a folder; the rename itself has still happened.
    } finally {
      fs.closeSync(fd);
    }
  },
  remove: (path) => fs.rmSync(path, { force: true }),
  mkdirp: (path) => void fs.mkdirSync(path, { recursive: true }),
  readdir: (path) => (fs.existsSync(path) ? fs.readdirSync(path) : []),
  readFile: (path) => fs.readFileSync(path),
};

/**
 * Writes `data` to `path` so that `path` holds either its old content or all of the new: a temporary file in the
 * same folder, flushed to disk, then renamed over the target. On any failure the temporary file is removed.
 */
export function writeFileAtomic(fsys: FileSystem, path: string, data: Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  fsys.remove(tmp);
  const fd = fsys.openForWrite(tmp);
  let closed = false;
  try {
    let offset = 0;
    while (offset < data.length) offset += fsys.write(fd, data, offset);
    fsys.fsync(fd);
    fsys.close(fd);
    closed = true;
    fsys.rename(tmp, path);
  } catch (error) {
    if (!closed) {
      try {
        fsys.close(fd);
      } catch {
        // The write already failed; that error is the one to report.
      }
    }
    fsys.remove(tmp);
    throw error;
  }
  fsys.syncFolder(dirname(path));
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EACCES: 'permission was denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the disk is read-only',
  ENOENT: 'the folder does not exist',
  EEXIST: 'a file of that name already exists',
  EIO: 'the disk reported an input/output error',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EADDRINUSE: 'another program is already listening there',
  EADDRNOTAVAIL: 'that address is not available on this computer',
};

/** One clear sentence for a failed file operation, naming what was attempted, where, and why. */
export function describeFileError(action: string, path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return `Could not ${action} ${path}: ${why}${code ? ` (${code})` : ''}.`;
}

/**
 * An operating-system or SQLite failure of `action` on `path` as an error the user can act on (one sentence, no
 * stack), or the error itself when it is neither.
 */
export function asEnvironmentError(action: string, path: string, error: unknown): unknown {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (/^E[A-Z]+$/.test(code) || code.startsWith('SQLITE_')) return new ApiError('internal', describeFileError(action, path, error));
  return error;
}

/** Runs a command, turning an operating-system or SQLite failure into a sentence naming the files it was given. */
export async function withEnvironmentErrors<T>(action: string, args: readonly string[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const files = args.filter((a) => !a.startsWith('-')).join(', ') || 'the given files';
    throw asEnvironmentError(`${action} with`, files, error);
  }
}
