import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/envelope.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { appVersion } from '../../main/store/app-version.ts';
import { CURRENT_SCHEMA_VERSION } from '../../main/store/migrations/index.ts';
import { POWERHALL_APPLICATION_ID } from '../../main/store/pragmas.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function project(name = 'p.powerhall'): string {
  const path = tmp.file(name);
  ProjectService.create(path, sampleDocument()).close();
  return path;
}

/** Opens `path`, expects a refusal, and checks the file is byte-for-byte what it was and no journal was left. */
function refusal(path: string): string {
  const before = sha256(path);
  let message = '';
  try {
    ProjectService.open(path).close();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('refused-file');
    message = (error as ApiError).message;
  }
  expect(message).not.toBe('');
  expect(sha256(path)).toBe(before);
  expect(existsSync(`${path}-journal`)).toBe(false);
  expect(existsSync(`${path}.lock`)).toBe(false);
  return message;
}

function pageOf(path: string, table: string): number {
  const db = new Database(path, { readonly: true });
  const { rootpage } = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(table) as { rootpage: number };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  return (rootpage - 1) * pageSize;
}

function flipBit(path: string, offset: number, bit: number): void {
  const bytes = readFileSync(path);
  bytes[offset] = bytes[offset]! ^ (1 << bit);
  writeFileSync(path, bytes);
}

describe('opening a file that is not a sound Powerhall project', () => {
  it('refuses a zero-byte file', () => {
    const path = tmp.file('empty.powerhall');
    writeFileSync(path, '');
    expect(refusal(path)).toMatch(/empty \(0 bytes\)/);
  });

  it('refuses a text file, quoting its start', () => {
    const path = tmp.file('notes.powerhall');
    writeFileSync(path, 'hall,row,position\nA,1,1\n');
    expect(refusal(path)).toMatch(/text file.*begins "hall,row,position A,1,1"/);
  });

  it('refuses a truncated project', () => {
    const path = project();
    truncateSync(path, 4096 + 1000);
    expect(refusal(path)).toMatch(/truncated/);
  });

  it('refuses a project truncated on a page boundary', () => {
    const path = project();
    truncateSync(path, 4096 * 3);
    expect(refusal(path)).toMatch(/truncated: its header says \d+ bytes but the file holds 12288/);
  });

  it('refuses a bit-flipped b-tree page', () => {
    const path = project();
    flipBit(path, pageOf(path, 'racks'), 0);
    expect(refusal(path)).toMatch(/damaged/);
  });

  it('refuses a bit flipped inside a stored value', () => {
    const path = project();
    const bytes = readFileSync(path);
    const at = bytes.indexOf('{"x":10,"y":20.25}');
    expect(at).toBeGreaterThan(0);
    flipBit(path, at, 0);
    expect(refusal(path)).toMatch(/invalid data: record hall-1 in table halls is invalid: it fails Powerhall's own check: its values do not match the checksum stored with them/);
  });

  it("refuses another application's SQLite database", () => {
    const path = tmp.file('other.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE notes (body TEXT)');
    db.close();
    expect(refusal(path)).toMatch(/SQLite database of another application \(it has no application id\)/);
  });

  it('refuses a project from a newer Powerhall, naming both versions', () => {
    const path = project();
    const db = new Database(path);
    db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION + 1}`);
    db.prepare("UPDATE meta SET value = '9.0.0' WHERE key = 'written_by'").run();
    db.close();
    expect(refusal(path)).toBe(
      `This project was saved by Powerhall 9.0.0 (project schema version ${CURRENT_SCHEMA_VERSION + 1}); this Powerhall (${appVersion()}) reads schema ` +
        `versions up to ${CURRENT_SCHEMA_VERSION}. Update Powerhall to open it; the file was not changed.`,
    );
  });

  it('refuses a project whose table definitions were altered, e.g. with a trigger of its own', () => {
    const path = project();
    const db = new Database(path);
    db.exec("CREATE TRIGGER sneaky AFTER UPDATE ON racks BEGIN DELETE FROM racks; END");
    db.close();
    expect(refusal(path)).toBe(
      `The project file's table definitions are not those of Powerhall schema version ${CURRENT_SCHEMA_VERSION} (it has an extra trigger sneaky): it is damaged or was altered.`,
    );
  });

  it('refuses a project whose values were changed outside Powerhall', () => {
    const path = project();
    const db = new Database(path);
    db.prepare("UPDATE racks SET slot = 9 WHERE id = 'rack-0-0'").run();
    db.close();
    expect(refusal(path)).toMatch(/record rack-0-0 in table racks is invalid: it fails Powerhall's own check: its values do not match the checksum stored with them/);
  });

  it('offers the newest backup when one exists', () => {
    const path = project();
    const service = ProjectService.open(path);
    service.backupNow();
    service.close();
    flipBit(path, pageOf(path, 'racks'), 0);
    expect(refusal(path)).toMatch(/A backup from .* exists: restore it with "powerhall restore /);
  });

  it('keeps working after a refusal: the next good project opens', () => {
    const bad = tmp.file('bad.powerhall');
    writeFileSync(bad, 'x');
    refusal(bad);
    const good = project('good.powerhall');
    const service = ProjectService.open(good);
    expect(service.load().racks).toHaveLength(12);
    service.close();
    const db = new Database(good, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(POWERHALL_APPLICATION_ID);
    db.close();
  });
});
