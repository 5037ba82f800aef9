import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/contract/envelope.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { sharedStorageReason } from '../../main/store/storage-kind.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();

function startHolder(path: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'children', 'hold-project.ts'), path], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env },
  });
  const firstLine = new Promise<{ readOnlyReason: string | null; pid: number }>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return { child, firstLine };
}

describe('one writer per project', () => {
  it('opens a second copy in the same process read-only, and refuses its edits', () => {
    const path = tmp.file('p.powerhall');
    const writer = ProjectService.create(path, sampleDocument());
    const reader = ProjectService.open(path);
    expect(reader.info().readOnlyReason).toMatch(/open for editing in another window of this Powerhall/);
    const rack = reader.load().racks[0]!;
    const error = (() => {
      try {
        reader.applyDiff(0, { added: [], updated: [[rack, { ...rack, label: 'z' }]], removed: [] });
      } catch (e) {
        return e as ApiError;
      }
      return null;
    })();
    expect(error?.code).toBe('read-only');
    writer.applyDiff(0, { added: [], updated: [[rack, { ...rack, label: 'w' }]], removed: [] });
    expect(reader.load().racks[0]!.label).toBe('w');
    reader.close();
    writer.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('names the other process holding the project, and takes over once that process has died', async () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    const { child, firstLine } = startHolder(path);
    const held = await firstLine;
    expect(held.readOnlyReason).toBeNull();
    const second = ProjectService.open(path);
    expect(second.info().readOnlyReason).toMatch(
      new RegExp(`open for editing by Powerhall test holder \\(user .+, process ${held.pid}\\) on this computer since .+ This window is read-only\\.`),
    );
    second.close();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const third = ProjectService.open(path);
    expect(third.info().readOnlyReason).toBeNull();
    third.close();
  });
});

describe('lock files left behind', () => {
  const lockOf = (pid: number, host: string, since: string) => JSON.stringify({ pid, host, user: 'ana', app: 'Powerhall 0.1.0', since });

  it('are taken over when written before this machine last started, even if the pid is in use again', () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    writeFileSync(`${path}.lock`, lockOf(process.ppid, hostname(), '2001-01-01T00:00:00.000Z'));
    const project = ProjectService.open(path);
    expect(project.info().readOnlyReason).toBeNull();
    project.close();
  });

  it('from another computer are respected and named', () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    writeFileSync(`${path}.lock`, lockOf(4242, 'ws-ana.example', '2026-03-01T08:00:00.000Z'));
    const project = ProjectService.open(path);
    expect(project.info().readOnlyReason).toBe(
      'It is open for editing by Powerhall 0.1.0 (user ana, process 4242) on ws-ana.example since 2026-03-01T08:00:00.000Z. This window is read-only.',
    );
    project.close();
  });
});

describe('journal mode and checkpoints', () => {
  it('uses a rollback journal inside a cloud-sync folder and WAL elsewhere', () => {
    const synced = join(tmp.path, 'Dropbox', 'sites');
    mkdirSync(synced, { recursive: true });
    expect(sharedStorageReason(synced)).toBe("it is inside the sync folder 'Dropbox'");
    expect(sharedStorageReason(tmp.path)).toBeNull();
    const inSync = ProjectService.create(join(synced, 'p.powerhall'), sampleDocument());
    const local = ProjectService.create(tmp.file('p.powerhall'), sampleDocument());
    expect([inSync.journal, local.journal]).toEqual(['delete', 'wal']);
    const db = new Database(join(synced, 'p.powerhall'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
    inSync.close();
    local.close();
  });

  it('folds the WAL into the file when idle and on close', () => {
    const path = tmp.file('p.powerhall');
    const project = ProjectService.create(path, sampleDocument());
    const rack = project.load().racks[0]!;
    project.applyDiff(0, { added: [], updated: [[rack, { ...rack, label: 'idle' }]], removed: [] });
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    project.runIdleWork();
    expect(statSync(`${path}-wal`).size).toBe(0);
    project.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});
