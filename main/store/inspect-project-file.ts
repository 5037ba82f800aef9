import { existsSync, readFileSync, statSync } from 'node:fs';
import { ApiError } from '../../shared/contract/envelope.ts';
import { appVersion } from './app-version.ts';
import { hasLeftoverRollbackJournal, hasPendingJournal, inspectHeader } from './file-header.ts';
import { readMetaValue } from './meta-repository.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/migration.ts';
import { expectedSchema, schemaDifference, schemaOf } from './schema-fingerprint.ts';
import { openSqlite, type SqliteDatabase } from './open-database.ts';
import { POWERHALL_APPLICATION_ID, applySafetyPragmas, readApplicationId, readUserVersion } from './pragmas.ts';
import { missingWalSidecars, removeCreatedWalSidecars } from './sidecars.ts';
import { checkWalOwnership, walPathFor } from './wal-ownership.ts';

export interface InspectedFile {
  readonly userVersion: number;
  /** True when a WAL that no live writer owned was found beside the file (a crash) and is being replayed. */
  readonly unownedWal: boolean;
}

export interface InspectOptions {
  /** Called with the main file and its WAL as they are, before SQLite recovers a WAL no live writer owns. */
  readonly beforeRecovery?: (main: Buffer, wal: Buffer) => void;
}

function refuse(message: string): never {
  throw new ApiError('refused-file', message);
}

function newerMessage(fileVersion: number, newest: number, writtenBy: string | number | null): string {
  const by = typeof writtenBy === 'string' ? `Powerhall ${writtenBy}` : 'a newer Powerhall';
  return (
    `This project was saved by ${by} (project schema version ${fileVersion}); this Powerhall (${appVersion()}) reads schema versions up to ` +
    `${newest}. Update Powerhall to open it; the file was not changed.`
  );
}

/**
 * Decides whether a file is a Powerhall project we can open, without ever writing to one we refuse:
 * first the header with plain file reads, then SQLite read-only with the safety pragmas and quick_check.
 * Only a file whose header is already known to be ours, and that a crash left with a journal to recover, is
 * checked on a writable connection: a rollback journal can only be rolled back by a writer. That is SQLite's
 * ordinary crash recovery; a WAL left by a crash is read read-only.
 */
export function inspectProjectFile(path: string, migrations: readonly Migration[] = MIGRATIONS, options: InspectOptions = {}): InspectedFile {
  if (!existsSync(path)) throw new ApiError('not-found', `There is no file at ${path}.`);
  if (!statSync(path).isFile()) refuse(`${path} is a folder or a device, not a project file.`);
  const created = missingWalSidecars(path);
  try {
    return inspect(path, migrations, options);
  } catch (error) {
    if (error instanceof ApiError) removeCreatedWalSidecars(path, created);
    throw error;
  }
}

function inspect(path: string, migrations: readonly Migration[], options: InspectOptions): InspectedFile {
  const header = inspectHeader(path);
  if (!header.ok) refuse(header.message);
  const unownedWal = checkWalOwnership(path) === 'unowned';
  if (unownedWal && options.beforeRecovery) options.beforeRecovery(readFileSync(path), readFileSync(walPathFor(path)));
  try {
    return { ...checkWithSqlite(path, migrations, hasLeftoverRollbackJournal(path)), unownedWal };
  } catch (error) {
    // A WAL without its shared-memory file (copied or synced without it) needs a writable connection to recover.
    const code = String((error as { code?: unknown }).code ?? '');
    if (!(error instanceof ApiError) && hasPendingJournal(path) && (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'))) {
      return { ...checkWithSqlite(path, migrations, true), unownedWal };
    }
    throw error;
  }
}

function checkWithSqlite(path: string, migrations: readonly Migration[], writable: boolean): { userVersion: number } {
  const newest = migrations[migrations.length - 1]!.version;
  let db: SqliteDatabase;
  try {
    db = openSqlite(path, { readonly: !writable, fileMustExist: true });
  } catch (error) {
    refuse(`SQLite cannot open this project file: ${error instanceof Error ? error.message : String(error)}.`);
  }
  try {
    applySafetyPragmas(db);
    const quick = db.pragma('quick_check', { simple: false }) as Array<{ quick_check: string }>;
    const problems = quick.map((r) => r.quick_check).filter((m) => m !== 'ok');
    if (problems.length > 0) {
      refuse(`The project file is damaged (SQLite quick_check: ${problems.slice(0, 3).join('; ')}).`);
    }
    if (readApplicationId(db) !== POWERHALL_APPLICATION_ID) {
      refuse('This is an SQLite database of another application, not a Powerhall project.');
    }
    const userVersion = readUserVersion(db);
    if (userVersion > newest) refuse(newerMessage(userVersion, newest, readMetaValue(db, 'written_by')));
    if (userVersion === 0) refuse('This Powerhall project file was never finished (it has no schema).');
    const difference = schemaDifference(schemaOf(db), expectedSchema(migrations, userVersion));
    if (difference) {
      refuse(`The project file's table definitions are not those of Powerhall schema version ${userVersion} (${difference}): it is damaged or was altered.`);
    }
    return { userVersion };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const code = String((error as { code?: unknown }).code ?? '');
    if (!writable && (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'))) throw error;
    refuse(`The project file is damaged: ${error instanceof Error ? error.message : String(error)}.`);
  } finally {
    db.close();
  }
}
