import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/envelope.ts';
import { listBackups } from '../../main/services/backups.ts';
import { nodeFileSystem, type FileSystem } from '../../main/services/file-system.ts';
import { exportProjectJson, writeExport } from '../../main/services/project-export.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { MIGRATIONS } from '../../main/store/migrations/index.ts';
import type { Migration } from '../../main/store/migrations/migration.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function errnoError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall });
}

/** A disk that fills up halfway through a file. */
const diskFull: FileSystem = {
  ...nodeFileSystem,
  write(fd, data, offset) {
    const half = Math.floor(data.length / 2);
    if (offset < half) return nodeFileSystem.write(fd, data.subarray(0, half), offset);
    throw errnoError('ENOSPC', 'write');
  },
};

/** A folder the user may not write to. */
const permissionDenied: FileSystem = {
  ...nodeFileSystem,
  openForWrite() {
    throw errnoError('EACCES', 'open');
  },
};

function caught(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

const cases = [
  ['disk full', diskFull, /the disk is full \(ENOSPC\)/],
  ['permission denied', permissionDenied, /permission was denied \(EACCES\)/],
] as const;

describe.each(cases)('%s', (_name, fileSystem, reason) => {
  it('during Save As: the original and an existing target stay untouched, no temporary file is left', () => {
    const path = tmp.file('p.powerhall');
    const project = ProjectService.create(path, sampleDocument(), { fileSystem });
    const rack = project.load().racks[0]!;
    project.applyDiff(0, { added: [], updated: [[rack, { ...rack, label: 'edited' }]], removed: [] });
    project.runIdleWork();
    const before = sha256(path);
    writeFileSync(tmp.file('copy.powerhall'), 'previous copy');
    const error = caught(() => project.saveAs(tmp.file('copy.powerhall')));
    expect(error.message).toMatch(new RegExp(`^Could not save a copy to .*copy\\.powerhall: ${reason.source}\\. The open project is untouched\\.$`));
    expect(readFileSync(tmp.file('copy.powerhall'), 'utf8')).toBe('previous copy');
    expect(sha256(path)).toBe(before);
    expect(readdirSync(tmp.path).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(project.load().racks[0]!.label).toBe('edited');
    project.close();
  });

  it('during a backup: editing goes on and earlier backups are kept', () => {
    const path = tmp.file('p.powerhall');
    const good = ProjectService.create(path, sampleDocument());
    const first = good.backupNow();
    good.close();
    const project = ProjectService.open(path, { fileSystem });
    const before = sha256(path);
    expect(caught(() => project.backupNow()).message).toMatch(new RegExp(`^Could not write a backup to .*: ${reason.source}\\. The project itself is untouched\\.$`));
    expect(sha256(path)).toBe(before);
    expect(listBackups(path).map((b) => b.path)).toEqual([first]);
    const rack = project.load().racks[0]!;
    expect(project.applyDiff(0, { added: [], updated: [[rack, { ...rack, label: 'after' }]], removed: [] })).toEqual({ revision: 1 });
    project.close();
  });

  it('during export: nothing is written and the project is untouched', () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    const before = sha256(path);
    const text = exportProjectJson(path);
    const error = caught(() => writeExport(tmp.file('out.json'), text, fileSystem));
    expect(error.message).toMatch(new RegExp(`^Could not export to .*out\\.json: ${reason.source}\\. Nothing was written there and the project is untouched\\.$`));
    expect(existsSync(tmp.file('out.json'))).toBe(false);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(tmp.path).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('Save As on a sound disk', () => {
  it('refuses to save over the open project itself or over a project open elsewhere', () => {
    const project = ProjectService.create(tmp.file('p.powerhall'), sampleDocument());
    const other = ProjectService.create(tmp.file('other.powerhall'), sampleDocument());
    expect(caught(() => project.saveAs(tmp.file('p.powerhall'))).code).toBe('bad-request');
    const before = sha256(tmp.file('other.powerhall'));
    const error = caught(() => project.saveAs(tmp.file('other.powerhall')));
    expect(error.message).toMatch(/^Cannot replace .*other\.powerhall\. It is open for editing in another window of this Powerhall/);
    expect(sha256(tmp.file('other.powerhall'))).toBe(before);
    other.close();
    project.close();
  });

  it('writes a copy that opens as the same project', () => {
    const project = ProjectService.create(tmp.file('p.powerhall'), sampleDocument());
    project.saveAs(tmp.file('copy.powerhall'));
    const copy = ProjectService.open(tmp.file('copy.powerhall'));
    expect(copy.load()).toEqual(project.load());
    copy.close();
    project.close();
  });
});

describe('a full disk while an edit is saved', () => {
  it('refuses the edit whole with a clear message and keeps every earlier edit', () => {
    const path = tmp.file('p.powerhall');
    const project = ProjectService.create(path, sampleDocument());
    const doc = project.load();
    const rack = doc.racks[0]!;
    project.applyDiff(0, { added: [], updated: [[rack, { ...rack, label: 'kept' }]], removed: [] });
    // SQLite's page limit fails writes exactly as a full disk does (SQLITE_FULL), inside the transaction.
    const db = (project as unknown as { store: { db: { pragma(s: string, o?: object): unknown } } }).store.db;
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true }))}`);
    const row = { ...doc.rows[0]!, id: 'row-big' as (typeof doc.rows)[0]['id'], slotCount: 500 };
    const racks = Array.from({ length: 500 }, (_, i) => ({ ...rack, id: `rack-big-${i}` as typeof rack.id, rowId: row.id, slot: i, label: 'x'.repeat(60) }));
    const error = caught(() => project.applyDiff(1, { added: [row, ...racks], updated: [], removed: [] }));
    expect(error.message).toBe('The edit was not saved: the disk is full (SQLITE_FULL). The project holds every edit up to the one before.');
    project.close();
    const again = ProjectService.open(path);
    expect(again.info().revision).toBe(1);
    expect(again.load().racks).toHaveLength(doc.racks.length);
    expect(again.load().racks[0]!.label).toBe('kept');
    expect(again.integrityCheck()).toEqual(['ok']);
    again.close();
  });
});

describe.each(cases)('%s while keeping the backup before an upgrade', (_name, fileSystem, reason) => {
  it('upgrades nothing: the file stays at its version, byte for byte', async () => {
    const current = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    const nextStep: Migration = { version: current + 1, name: 'next-step', up: (db) => db.exec('CREATE INDEX racks_by_profile ON racks (profile_id)') };
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    const before = sha256(path);
    const error = await ProjectService.openUpgrading(path, { migrations: [...MIGRATIONS, nextStep], fileSystem }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(reason);
    expect(sha256(path)).toBe(before);
    expect(listBackups(path)).toEqual([]);
    const again = ProjectService.open(path);
    expect(again.load()).toEqual(sampleDocument());
    again.close();
  });
});
