import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../shared/contract/envelope.ts';
import { inspectProjectFile } from '../store/inspect-project-file.ts';
import { assertImageLoads } from '../store/image-loads.ts';
import { snapshotFile } from '../store/snapshot-file.ts';
import { acquireWriterLock, describeHolder } from '../store/writer-lock.ts';
import { appVersion } from '../store/app-version.ts';
import { pruneBackups, writeBackup, type BackupEntry } from './backups.ts';
import { describeFileError, nodeFileSystem, writeFileAtomic, type FileSystem } from './file-system.ts';

export interface RestoreResult {
  readonly restoredFrom: string;
  /** The backup of what the project held just before, so that a restore can itself be undone. */
  readonly previous: BackupEntry | null;
}

/** The chosen backup's bytes, read and checked before anything else happens (a later prune may remove it). */
function readChosenBackup(backupPath: string, fsys: FileSystem): Buffer {
  inspectProjectFile(backupPath);
  let image: Buffer;
  try {
    image = fsys.readFile(backupPath);
  } catch (error) {
    throw new ApiError('not-found', `${describeFileError('read the backup', backupPath, error)} Nothing was restored.`);
  }
  assertImageLoads(image, 'The restore');
  return image;
}

/**
 * Puts a backup back in place of a project that is not open for editing. The backup is read and checked first;
 * what the project held is then kept as a backup of its own (its raw bytes when it is too damaged to open), the
 * old journal files are removed so SQLite cannot replay them into the restored file, and only after the restore
 * succeeded are old backups pruned.
 */
export function restoreFromBackup(projectPath: string, backupPath: string, options: { fileSystem?: FileSystem } = {}): RestoreResult {
  const fsys = options.fileSystem ?? nodeFileSystem;
  const target = resolve(projectPath);
  const chosen = resolve(backupPath);
  const restored = readChosenBackup(chosen, fsys);
  let lock;
  try {
    lock = acquireWriterLock(target, `Powerhall ${appVersion()} (restoring a backup)`);
  } catch (error) {
    throw new ApiError('read-only', `${describeFileError('lock', target, error)} Nothing was restored.`);
  }
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
        try {
          image = fsys.readFile(target);
        } catch (error) {
          throw new ApiError('internal', `${describeFileError('keep a copy of', target, error)} Nothing was restored.`);
        }
        reason = 'damaged-before-restore';
      }
      previous = writeBackup(target, image, reason, { fileSystem: fsys, prune: false });
    }
    try {
      for (const sidecar of ['-wal', '-shm', '-journal']) fsys.remove(target + sidecar);
      writeFileAtomic(fsys, target, restored);
    } catch (error) {
      throw new ApiError('internal', `${describeFileError('restore the backup to', target, error)} The project file was not replaced.`);
    }
    pruneBackups(target, { fileSystem: fsys });
    return { restoredFrom: chosen, previous };
  } finally {
    lock.release();
  }
}
