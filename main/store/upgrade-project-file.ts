import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '../../shared/contract/envelope.ts';
import { runMigrations } from './migrate.ts';
import type { Migration } from './migrations/migration.ts';
import { openSqlite } from './open-database.ts';
import { applySafetyPragmas, applyWriterPragmas, readUserVersion, type JournalMode } from './pragmas.ts';

/**
 * Brings an older project file up to the newest schema in one transaction, after a copy of it as it was has been
 * taken through SQLite's backup API and handed to `keepBackup`: if the backup fails, nothing is upgraded. Runs on a
 * connection of its own, so that repositories are only ever prepared against the current schema.
 */
export async function upgradeProjectFile(
  path: string,
  migrations: readonly Migration[],
  journal: JournalMode,
  keepBackup: (image: Buffer, from: number, to: number) => void,
): Promise<void> {
  const to = migrations[migrations.length - 1]!.version;
  const db = openSqlite(path, { readonly: false, fileMustExist: true });
  let from = 0;
  try {
    applySafetyPragmas(db);
    applyWriterPragmas(db, journal);
    from = readUserVersion(db);
    const copy = join(tmpdir(), `powerhall-upgrade-${process.pid}-${Date.now()}.powerhall`);
    try {
      await db.backup(copy);
      keepBackup(readFileSync(copy), from, to);
    } finally {
      rmSync(copy, { force: true });
    }
    runMigrations(db, migrations);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      'internal',
      `Upgrading the project from schema version ${from} to ${to} failed, and the file was left at version ${from}: ${error instanceof Error ? error.message : String(error)}.`,
    );
  } finally {
    db.close();
  }
}
