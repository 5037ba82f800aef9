import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';

export type SqliteDatabase = Database.Database;

/** Loaded when a connection is first made: commands that read a JSON file never pay for loading SQLite. */
let driver: typeof Database | undefined;
const sqlite = (): typeof Database => (driver ??= createRequire(import.meta.url)('better-sqlite3') as typeof Database);

/**
 * The one place a SQLite connection is made. Electron needs a better-sqlite3 binary built for its own ABI;
 * the app points POWERHALL_SQLITE_BINDING at it, while Node (tests, CLI, browser mode) uses the package's build.
 */
export function openSqlite(path: string, options: { readonly: boolean; fileMustExist: boolean }): SqliteDatabase {
  const nativeBinding = process.env.POWERHALL_SQLITE_BINDING;
  const Driver = sqlite();
  return new Driver(path, {
    readonly: options.readonly,
    fileMustExist: options.fileMustExist,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}

/** An in-memory database from a serialized image (a backup about to be written), for checking that it loads. */
export function openSqliteImage(image: Buffer): SqliteDatabase {
  const nativeBinding = process.env.POWERHALL_SQLITE_BINDING;
  // An image of a WAL-mode file says so in header bytes 18-19; a memory database has no WAL, so read it as rollback.
  const copy = Buffer.from(image);
  if (copy.length >= 100) copy[18] = copy[19] = 1;
  const Driver = sqlite();
  return new Driver(copy, nativeBinding ? { nativeBinding } : {});
}

export type SqlStatement = Database.Statement<unknown[], unknown>;
