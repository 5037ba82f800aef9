import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreCommand } from '../../main/cli/commands/restore.ts';
import { appDataDir } from '../../main/services/app-data-dir.ts';
import { backupFolderFor, listBackups, writeBackup } from '../../main/services/backups.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { captureIo } from './capture-io.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();

describe('rotating backups', () => {
  it('live in the app data folder, not beside the project', () => {
    expect(appDataDir()).toBe(process.env.POWERHALL_DATA_DIR);
    const folder = backupFolderFor(tmp.file('site.powerhall'));
    expect(folder.startsWith(appDataDir())).toBe(true);
    expect(dirname(folder)).not.toBe(tmp.path);
  });

  it('keeps only the newest ones', () => {
    const path = tmp.file('p.powerhall');
    const image = new Uint8Array([1, 2, 3]);
    for (let i = 0; i < 5; i += 1) writeBackup(path, image, 'auto', { keep: 3, now: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) });
    expect(listBackups(path).map((b) => b.takenAt.toISOString())).toEqual([
      '2026-01-01T00:00:04.000Z',
      '2026-01-01T00:00:03.000Z',
      '2026-01-01T00:00:02.000Z',
    ]);
  });

  it('clear away temporary files left by a writer that died mid-backup', () => {
    const path = tmp.file('p.powerhall');
    const folder = backupFolderFor(path);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, '.20260101-000000-000-auto.powerhall.999999999.tmp'), 'half a backup');
    writeFileSync(join(folder, `.20260101-000000-000-auto.powerhall.${process.pid}.tmp`), 'being written');
    writeBackup(path, new Uint8Array([1]), 'auto');
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([`.20260101-000000-000-auto.powerhall.${process.pid}.tmp`]);
  });

  it('are taken when idle after edits, once per interval', () => {
    const path = tmp.file('p.powerhall');
    const project = ProjectService.create(path, sampleDocument(), { backupIntervalMs: 60_000 });
    project.runIdleWork();
    expect(listBackups(path)).toHaveLength(0);
    const rack = project.load().racks[0]!;
    project.applyDiff(0, { added: [], updated: [[rack, { ...rack, label: 'a' }]], removed: [] });
    const t0 = Date.now();
    project.runIdleWork(t0);
    expect(listBackups(path).map((b) => b.reason)).toEqual(['auto']);
    project.applyDiff(1, { added: [], updated: [[{ ...rack, label: 'a' }, { ...rack, label: 'b' }]], removed: [] });
    project.runIdleWork(t0 + 1_000);
    expect(listBackups(path)).toHaveLength(1);
    project.runIdleWork(t0 + 120_000);
    expect(listBackups(path)).toHaveLength(2);
    project.close();
    expect(readdirSync(tmp.path).sort()).toEqual(['app-data', 'p.powerhall']);
  });

  it('are restored by `powerhall restore`, keeping what the project held before', async () => {
    const path = tmp.file('p.powerhall');
    const project = ProjectService.create(path, sampleDocument());
    const rack = project.load().racks[0]!;
    project.applyDiff(0, { added: [], updated: [[rack, { ...rack, label: 'backed up' }]], removed: [] });
    project.backupNow();
    project.applyDiff(1, { added: [], updated: [], removed: [{ ...rack, label: 'backed up' }] });
    const busy = captureIo();
    await expect(restoreCommand.run([path], busy)).rejects.toThrow(/Cannot restore while the project is open\. It is open for editing in another window/);
    project.close();

    const list = captureIo();
    expect(await restoreCommand.run([path, '--list'], list)).toBe(0);
    expect(list.stdout).toHaveLength(1);
    expect(list.stdout[0]).toMatch(/manual/);

    const io = captureIo();
    expect(await restoreCommand.run([path], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^Restored .*p\.powerhall from .*-manual\.powerhall\.$/);
    const restored = ProjectService.open(path);
    expect(restored.load().racks.find((r) => r.id === rack.id)?.label).toBe('backed up');
    expect(restored.info().revision).toBe(1);
    restored.close();
    expect(listBackups(path).map((b) => b.reason)).toEqual(['before-restore', 'manual']);
  });
});
