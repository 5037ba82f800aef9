import type { SqlStatement, SqliteDatabase } from './open-database.ts';

type Statement = SqlStatement;

/** Small facts about the file itself: the edit revision and which Powerhall last wrote it. */
export class MetaRepository {
  private readonly read: Statement;
  private readonly write: Statement;

  constructor(db: SqliteDatabase) {
    this.read = db.prepare('SELECT value FROM meta WHERE key = ?');
    this.write = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  }

  get(key: string): string | number | null {
    const row = this.read.get(key) as { value: string | number | null } | undefined;
    return row ? row.value : null;
  }

  set(key: string, value: string | number): void {
    this.write.run(key, value);
  }

  revision(): number {
    const value = this.get('revision');
    return typeof value === 'number' ? value : 0;
  }

  setRevision(revision: number): void {
    this.set('revision', revision);
  }
}

/** Reads a meta value from a connection whose schema may be older or newer than ours; null when absent. */
export function readMetaValue(db: SqliteDatabase, key: string): string | number | null {
  try {
    const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string | number | null } | undefined;
    return row ? row.value : null;
  } catch {
    return null;
  }
}
