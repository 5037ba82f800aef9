import { initial } from './0010-initial.ts';
import type { Migration } from './migration.ts';

/** Every schema step, oldest first. Append new files here; never edit or reorder a shipped one. */
export const MIGRATIONS: readonly Migration[] = [initial];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
