import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/envelope.ts';
import { listBackups } from '../../main/services/backups.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { MIGRATIONS } from '../../main/store/migrations/index.ts';
import type { Migration } from '../../main/store/migrations/migration.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const current = MIGRATIONS[MIGRATIONS.length - 1]!.version;

// A next schema step as a future release would ship it, to drive the upgrade path end to end today.
const nextStep: Migration = {
  version: current + 1,
  name: 'next-step',
  up: (db) => db.exec('CREATE INDEX racks_by_profile ON racks (profile_id)'),
};
const brokenStep: Migration = { ...nextStep, up: (db) => db.exec('ALTER TABLE no_such_table ADD COLUMN x TEXT') };

const userVersion = (path: string) => {
  const db = new Database(path, { readonly: true });
  const v = db.pragma('user_version', { simple: true });
  db.close();
  return v;
};

describe('opening a project from an older schema version', () => {
  it('is refused by the synchronous open, which never upgrades, and left untouched', () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    const before = sha256(path);
    expect(() => ProjectService.open(path, { migrations: [...MIGRATIONS, nextStep] })).toThrow(
      new RegExp(`^This project uses schema version ${current} and must be upgraded to ${current + 1} first`),
    );
    expect(sha256(path)).toBe(before);
    expect(userVersion(path)).toBe(current);
  });

  it('backs it up through the backup API first, then upgrades it in place with its data intact', async () => {
    const path = tmp.file('p.powerhall');
    const doc = sampleDocument();
    ProjectService.create(path, doc).close();
    const project = await ProjectService.openUpgrading(path, { migrations: [...MIGRATIONS, nextStep] });
    expect(project.load()).toEqual(doc);
    project.close();
    expect(userVersion(path)).toBe(current + 1);
    const [backup] = listBackups(path);
    expect(backup?.reason).toBe(`before-migration-v${current}-to-v${current + 1}`);
    expect(userVersion(backup!.path)).toBe(current);
    const old = ProjectService.open(backup!.path, { readOnly: true });
    expect(old.load()).toEqual(doc);
    old.close();
  });

  it('leaves the file at its version and content when a step fails', async () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    const before = sha256(path);
    let error: unknown;
    try {
      await ProjectService.openUpgrading(path, { migrations: [...MIGRATIONS, brokenStep] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(
      new RegExp(`^Upgrading the project from schema version ${current} to ${current + 1} failed, and the file was left at version ${current}: no such table: no_such_table`),
    );
    expect(userVersion(path)).toBe(current);
    expect(sha256(path)).toBe(before);
    const again = ProjectService.open(path);
    expect(again.load()).toEqual(sampleDocument());
    again.close();
  });

  it('is refused by the older release once upgraded, naming both versions', async () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    (await ProjectService.openUpgrading(path, { migrations: [...MIGRATIONS, nextStep] })).close();
    expect(() => ProjectService.open(path)).toThrow(
      new RegExp(`project schema version ${current + 1}\\); this Powerhall \\(\\d+\\.\\d+\\.\\d+\\) reads schema versions up to ${current}\\.`),
    );
  });
});
