import { openSqlite } from './open-database.ts';
import { applySafetyPragmas } from './pragmas.ts';

/** A consistent image of a project file that nobody has open, made by SQLite (which replays any pending WAL). */
export function snapshotFile(path: string): Buffer {
  const db = openSqlite(path, { readonly: false, fileMustExist: true });
  try {
    applySafetyPragmas(db);
    return db.serialize();
  } finally {
    db.close();
  }
}
