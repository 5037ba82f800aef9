import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreCommand } from '../../main/cli/commands/restore.ts';
import { backupFolderFor, DEFAULT_BACKUPS_KEPT, listBackups } from '../../main/services/backups.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { restoreFromBackup } from '../../main/services/restore.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { captureIo } from './capture-io.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();

/** A project with a full set of backups, each taken after renaming the site to `Backup <n>`. */
function projectWithFullBackups(): { path: string; oldest: string } {
  const path = tmp.file('p.powerhall');
  const project = ProjectService.create(path, sampleDocument());
  for (let i = 0; i < DEFAULT_BACKUPS_KEPT; i += 1) {
    const doc = project.load();
    project.applyDiff(i, { added: [], updated: [[doc.site, { ...doc.site, name: `Backup ${i}` }]], removed: [] });
    project.backupNow(`manual-${i}`);
  }
  project.close();
  const backups = listBackups(path);
  expect(backups).toHaveLength(DEFAULT_BACKUPS_KEPT);
  return { path, oldest: backups[backups.length - 1]!.path };
}

describe('restoring a backup', () => {
  it('restores the oldest of a full set: it is read before the before-restore backup prunes anything', () => {
    const { path, oldest } = projectWithFullBackups();
    const result = restoreFromBackup(path, oldest);
    expect(result.restoredFrom).toBe(oldest);
    const project = ProjectService.open(path);
    expect(project.load().site.name).toBe('Backup 0');
    project.close();
    const after = listBackups(path);
    expect(after).toHaveLength(DEFAULT_BACKUPS_KEPT);
    expect(after[0]!.reason).toBe('before-restore');
  });

  it('through the CLI, says so in one line', async () => {
    const { path, oldest } = projectWithFullBackups();
    const io = captureIo();
    expect(await restoreCommand.run([path, '--from', oldest], io)).toBe(0);
    expect(io.stdout[0]).toBe(`Restored ${path} from ${oldest}.`);
  });

  it('names a backup that has gone missing instead of failing with a raw file error', async () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    const missing = join(backupFolderFor(path), '20260101-000000-000-manual.powerhall');
    let error: unknown;
    try {
      restoreFromBackup(path, missing);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/no (backup|file) at .*20260101-000000-000-manual\.powerhall/i);
  });
});

describe('a dangling entry in the backups folder', () => {
  it('is skipped by the listing, and the project opens', () => {
    const path = tmp.file('p.powerhall');
    const project = ProjectService.create(path, sampleDocument());
    const kept = project.backupNow();
    project.close();
    const folder = backupFolderFor(path);
    mkdirSync(folder, { recursive: true });
    symlinkSync(join(folder, 'gone.powerhall'), join(folder, '20250101-000000-000-auto.powerhall'));
    expect(listBackups(path).map((b) => b.path)).toEqual([kept]);
    const again = ProjectService.open(path);
    expect(again.info().readOnlyReason).toBeNull();
    again.close();
  });
});
