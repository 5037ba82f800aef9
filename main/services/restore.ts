import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../shared/contract/envelope.ts';
import { inspectProjectFile } from '../store/inspect-project-file.ts';
import { snapshotFile } from '../store/snapshot-file.ts';
import { acquireWriterLock, describeHolder } from '../store/writer-lock.ts';
import { appVersion } from '../store/app-version.ts';
import { writeBackup, type BackupEntry } from './backups.ts';
import { describeFileError, nodeFileSystem, writeFileAtomic, type FileSystem } from './file-system.ts';

export interface RestoreResult {
  readonly restoredFrom: string;
  /** The backup of what the project held just before, so that a restore can itself be undone. */
  readonly previous: BackupEntry | null;
}

/**
 * Puts a backup back in place of a project that is not open for editing. What the project held before is first
 * kept as a backup of its own (its raw bytes when it is too damaged to open), and the old journal files are
 * removed so SQLite cannot replay them into the restored file.
 */
export function restoreFromBackup(projectPath: string, backupPath: string, options: { fileSystem?: FileSystem } = {}): RestoreResult {
  const fsys = options.fileSystem ?? nodeFileSystem;
  const target = resolve(projectPath);
  inspectProjectFile(resolve(backupPath));
  const lock = acquireWriterLock(target, `Powerhall ${appVersion()} (restoring a backup)`);
  if (!lock.acquired) throw new ApiError('read-only', `Cannot restore while the project is open. ${describeHolder(lock.holder)}`);
  try {
    let previous: BackupEntry | null = null;
    if (existsSync(target)) {
      let image: Uint8Array;
      let reason = 'before-restore';
      try {
        inspectProjectFile(target);
        image = snapshotFile(target);
      } catch {
        image = fsys.readFile(target);
        reason = 'damaged-before-restore';
      }
      previous = writeBackup(target, image, reason, { fileSystem: fsys });
    }
    const restored = fsys.readFile(resolve(backupPath));
    try {
      for (const sidecar of ['-wal', '-shm', '-journal']) fsys.remove(target + sidecar);
      writeFileAtomic(fsys, target, restored);
    } catch (error) {
      throw new ApiError('internal', `${describeFileError('restore the backup to', target, error)} The project file was not replaced.`);
    }
    return { restoredFrom: resolve(backupPath), previous };
  } finally {
    lock.release();
  }
}
