import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { CLI } from '../support/serve.ts';
import { runWithout } from './as-other-user.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const opener = join(import.meta.dirname, 'children', 'open-and-report.ts');
const sha = (path: string) => (existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent');
function projectIn(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'p.powerhall');
  ProjectService.create(path, sampleDocument()).close();
  chmodSync(folder, 0o755);
  chmodSync(path, 0o644);
  return path;
}

describe('a project in a read-only folder', () => {
  it('exports from the command line without a stack trace, and nothing is written beside it', () => {
    const folder = tmp.file('shared');
    const path = projectIn(folder);
    const before = sha(path);
    const run = runWithout(tmp.path, folder, [CLI, 'export', path, '--format', 'json']);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).site.name).toBe(sampleDocument().site.name);
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-shm`) || existsSync(`${path}-wal`) || existsSync(`${path}.lock`)).toBe(false);
  });

  it('opens read-only with the reason, even when the file itself may be written', () => {
    const folder = tmp.file('shared');
    const path = projectIn(folder);
    chmodSync(path, 0o666);
    const run = runWithout(tmp.path, folder, [opener, path]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { readOnlyReason?: string; name?: string; error?: string };
    expect(result.error).toBeUndefined();
    expect(result.name).toBe(sampleDocument().site.name);
    expect(result.readOnlyReason).toMatch(/folder .* read-only|cannot write to the folder/i);
  });
});

describe('a read-only project file in a writable folder', () => {
  it('opens read-only with the reason instead of as editable', () => {
    const folder = tmp.file('mine');
    const path = projectIn(folder);
    chmodSync(folder, 0o777);
    const before = sha(path);
    const run = runWithout(tmp.path, path, [opener, path]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { readOnlyReason?: string; name?: string; error?: string };
    expect(result.error).toBeUndefined();
    expect(result.readOnlyReason).toMatch(/file .* read-only/i);
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
