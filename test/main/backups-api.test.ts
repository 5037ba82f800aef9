import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectSession } from '../../main/app/project-session.ts';
import { ensureSampleProject } from '../../main/app/sample-project.ts';
import type { BackupInfo, ProjectInfo } from '../../shared/contract/services.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';

describe('backups through the contract', () => {
  let dataDir: string;
  let session: ProjectSession;
  const previousDataDir = process.env.POWERHALL_DATA_DIR;

  async function call<T>(service: string, method: string, payload: unknown = {}): Promise<T> {
    const result = await session.router.dispatch(service, method, payload);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'powerhall-backups-api-'));
    process.env.POWERHALL_DATA_DIR = dataDir;
    session = await ProjectSession.open(ensureSampleProject(dataDir));
  });
  afterEach(() => {
    session.close();
    if (previousDataDir === undefined) delete process.env.POWERHALL_DATA_DIR;
    else process.env.POWERHALL_DATA_DIR = previousDataDir;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists the backups and restores one in place of the open project, keeping what it held', async () => {
    session.project.backupNow('manual');
    const doc = await call<ProjectDocument>('project', 'load');
    const info = await call<ProjectInfo>('project', 'info');
    await call('project', 'applyDiff', { baseRevision: info.revision, diff: { added: [], updated: [[doc.site, { ...doc.site, name: 'Edited after the backup' }]], removed: [] } });

    const backups = await call<BackupInfo[]>('backups', 'list');
    expect(backups).toHaveLength(1);
    expect(backups[0]!.reason).toBe('manual');
    expect(backups[0]!.path.startsWith(dataDir)).toBe(true);

    const restored = await call<{ restoredFrom: string; previousBackup: string | null }>('backups', 'restore', { path: backups[0]!.path });
    expect(restored.restoredFrom).toBe(backups[0]!.path);
    expect(restored.previousBackup).not.toBeNull();
    expect((await call<ProjectDocument>('project', 'load')).site.name).toBe(doc.site.name);
    expect((await call<ProjectInfo>('project', 'info')).readOnlyReason).toBeNull();
    expect((await call<BackupInfo[]>('backups', 'list')).map((b) => b.path)).toContain(restored.previousBackup);
  });

  it('refuses to restore a file that is not one of the project backups, and the project stays open', async () => {
    const result = await session.router.dispatch('backups', 'restore', { path: join(dataDir, 'elsewhere.powerhall') });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('not-found');
      expect(result.error.message).toMatch(/is not one of this project's backups/);
    }
    expect((await call<ProjectDocument>('project', 'load')).site.name).toBe('North Shore Mining Campus');
  });
});
