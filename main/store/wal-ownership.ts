import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '../../shared/contract/envelope.ts';
import { readMetaValue } from './meta-repository.ts';
import { openSqlite } from './open-database.ts';
import { applySafetyPragmas } from './pragmas.ts';
import { isStale, readLockHolder, type WalNote } from './writer-lock.ts';

const WAL_HEADER_BYTES = 32;
const WAL_MAGIC = new Set([0x377f0682, 0x377f0683]);

export const walPathFor = (path: string) => `${path}-wal`;

/** True when a WAL beside the file holds frames SQLite would replay. */
export function walHasFrames(path: string): boolean {
  try {
    return statSync(walPathFor(path)).size > WAL_HEADER_BYTES;
  } catch {
    return false;
  }
}

/** The two salts of the WAL header, which change whenever SQLite starts the WAL afresh; null without a WAL. */
export function walSalts(path: string): [number, number] | null {
  let fd: number;
  try {
    fd = openSync(walPathFor(path), 'r');
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(WAL_HEADER_BYTES);
    if (readSync(fd, head, 0, WAL_HEADER_BYTES, 0) < WAL_HEADER_BYTES || !WAL_MAGIC.has(head.readUInt32BE(0))) return null;
    return [head.readUInt32BE(16), head.readUInt32BE(20)];
  } finally {
    closeSync(fd);
  }
}

/** Files up to this size are identified by their content; larger ones by inode, size and modification time. */
const HASHED_UP_TO = 256 * 1024 * 1024;

/**
 * The main file's identity, which changes whenever a checkpoint writes to it: its content hash, so that a copy of
 * a crashed project (file, WAL and lock moved together) is still recognised, while an older copy put in its place
 * is not.
 */
export function mainFileIdentity(path: string): string {
  const s = statSync(path, { bigint: true });
  if (s.size > BigInt(HASHED_UP_TO)) return `stat:${s.ino}:${s.size}:${s.mtimeNs}`;
  return `sha256:${s.size}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
}

/** What a writer records in its lock file about the WAL it is now writing; `main` when the caller knows it. */
export function currentWalNote(path: string, checkpointing = false, main = mainFileIdentity(path)): WalNote {
  return { salts: walHasFrames(path) ? walSalts(path) : null, main, checkpointing };
}

/** The file_id meta value of a project file, read from a copy of the main file alone or with its WAL. */
function fileIdOf(path: string, withWal: boolean): { id: string | number | null } {
  const folder = mkdtempSync(join(tmpdir(), 'powerhall-wal-check-'));
  try {
    const copy = join(folder, 'check.powerhall');
    copyFileSync(path, copy);
    if (withWal) copyFileSync(walPathFor(path), walPathFor(copy));
    const db = openSqlite(copy, { readonly: false, fileMustExist: true });
    try {
      applySafetyPragmas(db);
      return { id: readMetaValue(db, 'file_id') };
    } finally {
      db.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function foreign(path: string, why: string): never {
  throw new ApiError(
    'refused-file',
    `The write-ahead log beside ${path} (${walPathFor(path)}) does not belong to this file: ${why}. Powerhall did not apply it and changed nothing. ` +
      `Move ${walPathFor(path)} away to open the file as it stands, or restore a backup.`,
  );
}

export type WalOwnership = 'none' | 'live-writer' | 'unowned';

/**
 * Decides, before SQLite touches the file, whether a WAL beside it may be replayed. A WAL a live writer holds is
 * its business. One that no live writer owns is checked against what its last writer recorded in the lock file
 * (the WAL's salts and the main file it was begun on) and against the file's own id, so that an older copy put
 * back by hand beside a crashed session's WAL, or another project's WAL, is refused instead of silently replayed.
 */
export function checkWalOwnership(path: string): WalOwnership {
  if (!walHasFrames(path)) return 'none';
  const holder = readLockHolder(path);
  if (holder && !isStale(holder)) return 'live-writer';
  const note = holder?.wal;
  if (note) {
    const salts = walSalts(path);
    if (note.salts && (!salts || salts[0] !== note.salts[0] || salts[1] !== note.salts[1])) {
      foreign(path, 'it is not the log its last writer was writing (its header differs from the one recorded in the lock file)');
    }
    if (!note.checkpointing && mainFileIdentity(path) !== note.main) {
      foreign(path, 'the file was replaced after that log was begun (it is not the file the log was written against)');
    }
  }
  let alone: string | number | null;
  let replayed: string | number | null;
  try {
    alone = fileIdOf(path, false).id;
    replayed = fileIdOf(path, true).id;
  } catch {
    // A damaged file or log is for the ordinary inspection to describe.
    return 'unowned';
  }
  if (alone !== null && replayed !== alone) foreign(path, 'replaying it would turn this project into another one (its project id changes)');
  return 'unowned';
}
