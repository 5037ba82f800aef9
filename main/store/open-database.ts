import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/**
 * The one place a SQLite connection is made. Electron needs a better-sqlite3 binary built for its own ABI;
 * the app points POWERHALL_SQLITE_BINDING at it, while Node (tests, CLI, browser mode) uses the package's build.
 */
export function openSqlite(path: string, options: { readonly: boolean; fileMustExist: boolean }): SqliteDatabase {
  const nativeBinding = process.env.POWERHALL_SQLITE_BINDING;
  return new Database(path, {
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
  return new Database(copy, nativeBinding ? { nativeBinding } : {});
}

export type SqlStatement = Database.Statement<unknown[], unknown>;
