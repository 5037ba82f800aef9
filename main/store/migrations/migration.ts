import type { SqliteDatabase } from '../open-database.ts';

/** One forward-only schema step; `version` is the user_version the file has after it. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: SqliteDatabase): void;
}
