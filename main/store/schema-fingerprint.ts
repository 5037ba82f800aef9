import { runMigrations } from './migrate.ts';
import type { Migration } from './migrations/migration.ts';
import { openSqlite, type SqliteDatabase } from './open-database.ts';

export interface SchemaEntry {
  readonly type: string;
  readonly name: string;
  readonly sql: string | null;
}

/** A file's tables, indexes, triggers and views as SQLite stores their definitions. */
export function schemaOf(db: SqliteDatabase): SchemaEntry[] {
  return db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all() as SchemaEntry[];
}

const expected = new Map<string, SchemaEntry[]>();

/**
 * The definitions a genuine file of `version` holds: the shipped migrations replayed on an empty in-memory
 * database. A file whose definitions differ was damaged or built by something else (it may carry triggers or
 * views of its own), and its data cannot be trusted to mean what our repositories assume.
 */
export function expectedSchema(migrations: readonly Migration[], version: number): SchemaEntry[] {
  const key = `${migrations.map((m) => m.name).join('|')}@${version}`;
  let entries = expected.get(key);
  if (!entries) {
    const db = openSqlite(':memory:', { readonly: false, fileMustExist: false });
    try {
      runMigrations(db, migrations.filter((m) => m.version <= version));
      entries = schemaOf(db);
    } finally {
      db.close();
    }
    expected.set(key, entries);
  }
  return entries;
}

/** The first definition that differs, described for a message, or null when the schemas are the same. */
export function schemaDifference(actual: readonly SchemaEntry[], wanted: readonly SchemaEntry[]): string | null {
  const byName = new Map(actual.map((e) => [`${e.type} ${e.name}`, e]));
  for (const w of wanted) {
    const a = byName.get(`${w.type} ${w.name}`);
    if (!a) return `${w.type} ${w.name} is missing`;
    if (a.sql !== w.sql) return `${w.type} ${w.name} is defined differently`;
    byName.delete(`${w.type} ${w.name}`);
  }
  const extra = byName.values().next();
  return extra.done ? null : `it has an extra ${extra.value.type} ${extra.value.name}`;
}
