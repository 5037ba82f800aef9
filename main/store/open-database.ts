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

export type SqlStatement = Database.Statement<unknown[], unknown>;
