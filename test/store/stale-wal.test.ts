import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../main/services/backups.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const child = join(import.meta.dirname, 'children', 'edit-and-hold.ts');
const sha = (path: string) => (existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent');
const files = (path: string) => [path, `${path}-wal`].map(sha);

/** Renames the site of `path` in a real writer process, then kills it with SIGKILL: a crash with its WAL and lock left behind. */
function editThenCrash(path: string, names: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, path, ...names], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => void (stderr += d.toString()));
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      if (line.startsWith('done')) proc.kill('SIGKILL');
    });
    proc.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited on its own: ${stderr}`))));
  });
}

function refusal(path: string): ApiError {
  try {
    ProjectService.open(path).close();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the project to be refused');
}

describe('a WAL that no live writer owns', () => {
  it('after a crash: recovered, with the file and its WAL as they were kept as a backup, and the user told', async () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    await editThenCrash(path, ['Crashed edit 1', 'Crashed edit 2']);
    expect(existsSync(`${path}-wal`)).toBe(true);
    const mainBefore = readFileSync(path);
    const walBefore = readFileSync(`${path}-wal`);
    const project = ProjectService.open(path);
    expect(project.load().site.name).toBe('Crashed edit 2');
    expect(project.notices().join('\n')).toMatch(/was not closed properly.*recovered.*kept as a backup/s);
    project.close();
    const backup = listBackups(path).find((b) => b.reason === 'before-wal-recovery');
    expect(backup).toBeDefined();
    expect(readFileSync(backup!.path)).toEqual(mainBefore);
    expect(readFileSync(`${backup!.path}.wal-copy`)).toEqual(walBefore);
  });

  it('moved to another folder together with its WAL and lock after a crash: still recognised and recovered', async () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    await editThenCrash(path, ['Crashed, then copied']);
    mkdirSync(tmp.file('elsewhere'));
    const moved = join(tmp.path, 'elsewhere', 'p.powerhall');
    for (const suffix of ['', '-wal', '.lock']) copyFileSync(path + suffix, moved + suffix);
    const project = ProjectService.open(moved);
    expect(project.load().site.name).toBe('Crashed, then copied');
    project.close();
  });

  it('beside a hand-restored older copy of the file: refused, nothing changed', async () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    copyFileSync(path, tmp.file('older.powerhall'));
    const warm = ProjectService.open(path);
    const site = warm.load().site;
    warm.applyDiff(0, { added: [], updated: [[site, { ...site, name: 'Checkpointed' }]], removed: [] });
    warm.close();
    await editThenCrash(path, ['Crashed edit']);
    copyFileSync(tmp.file('older.powerhall'), path);
    const before = files(path);
    const error = refusal(path);
    expect(error.code).toBe('refused-file');
    expect(error.message).toMatch(/write-ahead log .*does not belong to (this|the) file/);
    expect(files(path)).toEqual(before);
  });

  it("from another project: refused, nothing changed", async () => {
    const path = tmp.file('p.powerhall');
    const other = tmp.file('q.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    ProjectService.create(other, { ...sampleDocument(), site: { ...sampleDocument().site, name: 'Other project' } }).close();
    await editThenCrash(other, ['Other, crashed']);
    await editThenCrash(path, ['Mine, crashed']);
    copyFileSync(`${other}-wal`, `${path}-wal`);
    const before = files(path);
    expect(refusal(path).message).toMatch(/does not belong/);
    expect(files(path)).toEqual(before);
  });

  it('from another project with no lock file left: refused, nothing changed', async () => {
    const path = tmp.file('p.powerhall');
    const other = tmp.file('q.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    ProjectService.create(other, sampleDocument()).close();
    await editThenCrash(other, ['Other, crashed']);
    copyFileSync(`${other}-wal`, `${path}-wal`);
    rmSync(`${path}.lock`, { force: true });
    const before = files(path);
    expect(refusal(path).message).toMatch(/does not belong/);
    expect(files(path)).toEqual(before);
  });
});
