import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import { pendingMigrations, runMigrations } from '../../main/store/migrate.ts';
import type { Migration } from '../../main/store/migrations/migration.ts';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../main/store/migrations/index.ts';
import { readInterchange } from '../../shared/interchange/interchange-json.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'store');

const step = (version: number, sql: string): Migration => ({ version, name: `step-${version}`, up: (db) => db.exec(sql) });

describe('the migration runner', () => {
  it('runs the pending steps in order and records the version', () => {
    const db = new Database(tmp.file('m.db'));
    const steps = [step(1, 'CREATE TABLE a (x INTEGER) STRICT'), step(2, 'ALTER TABLE a ADD COLUMN y TEXT')];
    expect(runMigrations(db, steps.slice(0, 1))).toEqual({ from: 0, to: 1, applied: ['step-1'] });
    expect(runMigrations(db, steps)).toEqual({ from: 1, to: 2, applied: ['step-2'] });
    expect(runMigrations(db, steps)).toEqual({ from: 2, to: 2, applied: [] });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('leaves the file at its old version when a step fails', () => {
    const db = new Database(tmp.file('m.db'));
    runMigrations(db, [step(1, 'CREATE TABLE a (x INTEGER) STRICT; INSERT INTO a VALUES (7)')]);
    const failing = [step(1, ''), step(2, 'ALTER TABLE a ADD COLUMN y TEXT'), step(3, 'INSERT INTO missing VALUES (1)')];
    expect(() => runMigrations(db, failing)).toThrow(/no such table: missing/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare('SELECT * FROM a').all()).toEqual([{ x: 7 }]);
    db.close();
  });

  it('refuses a list with a gap or out of order', () => {
    expect(() => pendingMigrations([step(1, ''), step(3, '')], 0)).toThrow(/step-3 has version 3, expected 2/);
  });

  it('ships a gap-free list whose files are numbered in order', () => {
    expect(pendingMigrations(MIGRATIONS, 0).map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const files = readdirSync(join(import.meta.dirname, '..', '..', 'main', 'store', 'migrations')).filter((f) => /^\d{4}-/.test(f));
    expect(files.map((f) => f.replace(/\.ts$/, ''))).toEqual(MIGRATIONS.map((m) => m.name));
  });
});

/** A fixture's document as this Powerhall reads it: its interchange JSON brought up to the current version. */
function expectedDocument(version: number): unknown {
  const read = readInterchange(JSON.parse(readFileSync(join(fixtures, `schema-v${version}.expected.json`), 'utf8')));
  if (!read.ok) throw new Error(read.message);
  return read.document;
}

describe('fixture files of every shipped schema version', () => {
  const versions = Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1);
  it.each(versions)('opens schema version %i, upgrades it and finds its data intact', async (version) => {
    const path = tmp.file(`v${version}.powerhall`);
    copyFileSync(join(fixtures, `schema-v${version}.powerhall`), path);
    const project = await ProjectService.openUpgrading(path);
    expect(project.load()).toEqual(expectedDocument(version));
    expect(project.integrityCheck()).toEqual(['ok']);
    project.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });
});
