import type { Migration } from './migrations/migration.ts';
import type { SqliteDatabase } from './open-database.ts';
import { readUserVersion } from './pragmas.ts';

export interface MigrationResult {
  readonly from: number;
  readonly to: number;
  readonly applied: readonly string[];
}

/** The steps a file at `fromVersion` still needs, checked to be a gap-free ascending sequence. */
export function pendingMigrations(migrations: readonly Migration[], fromVersion: number): Migration[] {
  migrations.forEach((m, i) => {
    const previous = i === 0 ? 0 : migrations[i - 1]!.version;
    if (m.version !== previous + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${previous + 1}`);
  });
  return migrations.filter((m) => m.version > fromVersion);
}

/**
 * Runs every pending step and the user_version bump in one transaction: a crash or a failing step leaves the
 * file at its old version. The caller takes the backup first, since a step may be correct and still unwanted.
 */
export function runMigrations(db: SqliteDatabase, migrations: readonly Migration[]): MigrationResult {
  const from = readUserVersion(db);
  const pending = pendingMigrations(migrations, from);
  if (pending.length === 0) return { from, to: from, applied: [] };
  const to = pending[pending.length - 1]!.version;
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${to}`);
  }).immediate();
  return { from, to, applied: pending.map((m) => m.name) };
}
