import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const child = join(import.meta.dirname, 'children', 'fill-disk-editor.ts');

describe('the disk fills up while a project is open', () => {
  it('refuses the edit, and idle work and close warn instead of ending the process; every acknowledged edit is kept', () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument({ rowCount: 4, racksPerRow: 20 })).close();
    // A file-size limit a page or two above the project: the WAL fills it, and the checkpoint cannot grow the file.
    const blocks = Math.ceil((statSync(path).size + 6000) / 1024);
    const run = spawnSync('bash', ['-c', `trap "" XFSZ; ulimit -f ${blocks}; exec "$0" --import tsx "$1" "$2"`, process.execPath, child, path], {
      encoding: 'utf8',
      env: process.env,
      timeout: 60_000,
    });
    const lines = run.stdout.split('\n');
    const acks = lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4)));
    expect(run.status, run.stderr).toBe(0);
    expect(acks.length).toBeGreaterThan(0);
    expect(lines.find((l) => l.startsWith('refused '))).toMatch(/^refused The edit was not saved: the disk (is full|reported an input\/output error)/);
    expect(lines).toContain('idle survived');
    expect(lines).toContain('closed');
    expect(lines.find((l) => l.startsWith('problem '))).toMatch(/could not (fold|finish)|disk/);
    expect(run.stderr).toMatch(/Warning: .*(disk|input\/output)/);
    const again = ProjectService.open(path);
    expect(again.info().revision).toBe(acks[acks.length - 1]);
    expect(again.load().rows).toHaveLength(4 + acks.length);
    expect(again.integrityCheck()).toEqual(['ok']);
    again.close();
  });
});
