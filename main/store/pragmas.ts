import type { SqliteDatabase } from './open-database.ts';

/** 'PwHl' as a big-endian 32-bit integer: the application_id every Powerhall project carries. */
export const POWERHALL_APPLICATION_ID = 0x5077486c;

export type JournalMode = 'wal' | 'delete';

/** Settings that protect us from a hostile file; they hold for every connection, read-only ones included. */
export function applySafetyPragmas(db: SqliteDatabase): void {
  db.pragma('trusted_schema = OFF');
  db.pragma('cell_size_check = ON');
  db.pragma('mmap_size = 0');
  db.pragma('foreign_keys = ON');
}

/**
 * Durability for the writer. WAL needs shared memory that network and sync folders do not provide reliably,
 * so there the classic rollback journal is used. synchronous=FULL in both: better-sqlite3 builds with
 * WAL+NORMAL by default, which can lose the last commit on power loss.
 */
export function applyWriterPragmas(db: SqliteDatabase, journal: JournalMode): void {
  const mode = db.pragma(`journal_mode = ${journal === 'wal' ? 'WAL' : 'DELETE'}`, { simple: true });
  if (String(mode).toLowerCase() !== journal) {
    throw new Error(`SQLite refused journal_mode=${journal} (it kept ${String(mode)})`);
  }
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 2000');
  // Checkpoints happen only where the writer records them in its lock file (idle, close, a large WAL), so that a
  // crash can always be told apart from a WAL that does not belong to the file.
  if (journal === 'wal') db.pragma('wal_autocheckpoint = 0');
}

export function readUserVersion(db: SqliteDatabase): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export function readApplicationId(db: SqliteDatabase): number {
  return Number(db.pragma('application_id', { simple: true }));
}
