import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { ApiError } from '../../shared/contract/envelope.ts';
import { processAlive } from '../store/writer-lock.ts';
import { appDataDir } from './app-data-dir.ts';
import { describeFileError, nodeFileSystem, writeFileAtomic, type FileSystem } from './file-system.ts';

export const BACKUP_EXTENSION = '.powerhall';
export const DEFAULT_BACKUPS_KEPT = 10;

export interface BackupEntry {
  readonly path: string;
  readonly takenAt: Date;
  readonly reason: string;
  readonly bytes: number;
}

/** One folder per project (by its absolute path) under the app data folder, never beside the project. */
export function backupFolderFor(projectPath: string): string {
  const absolute = resolve(projectPath);
  const stem = basename(absolute, extname(absolute)).replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 40) || 'project';
  const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  return join(appDataDir(), 'backups', `${stem}-${hash}`);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('Z', '').replace('.', '-');
}

const NAME = /^(\d{8}-\d{6}-\d{3})-([a-z0-9-]+)\.powerhall$/;

function parseStamp(s: string): Date {
  const [d, t, ms] = s.split('-') as [string, string, string];
  return new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`);
}

/** The project's backups, newest first. */
export function listBackups(projectPath: string, fsys: FileSystem = nodeFileSystem): BackupEntry[] {
  const folder = backupFolderFor(projectPath);
  const entries: BackupEntry[] = [];
  for (const name of fsys.readdir(folder)) {
    const m = NAME.exec(name);
    if (!m) continue;
    const path = join(folder, name);
    // A dangling link, or a file removed or made unreadable since the folder was read, is not a backup.
    let stats;
    try {
      stats = statSync(path);
    } catch {
      continue;
    }
    if (!stats.isFile()) continue;
    entries.push({ path, takenAt: parseStamp(m[1]!), reason: m[2]!, bytes: stats.size });
  }
  return entries.sort((a, b) => b.path.localeCompare(a.path));
}

/** Temporary files of backups whose writer died mid-write (a crash, a kill); a live writer's are left alone. */
function removeAbandonedTemporaries(folder: string, fsys: FileSystem): void {
  for (const name of fsys.readdir(folder)) {
    const m = /\.(\d+)\.tmp$/.exec(name);
    if (m && name.startsWith('.') && !processAlive(Number(m[1]))) fsys.remove(join(folder, name));
  }
}

/** Drops the oldest backups beyond `keep` (with any log kept beside one), and abandoned temporaries. */
export function pruneBackups(projectPath: string, options: { fileSystem?: FileSystem; keep?: number } = {}): void {
  const fsys = options.fileSystem ?? nodeFileSystem;
  for (const old of listBackups(projectPath, fsys).slice(options.keep ?? DEFAULT_BACKUPS_KEPT)) {
    fsys.remove(old.path);
    fsys.remove(`${old.path}-wal`);
  }
  removeAbandonedTemporaries(backupFolderFor(projectPath), fsys);
}

/**
 * Stores a database image as the newest backup and, unless `prune` is false, drops the oldest beyond `keep`.
 * A failure leaves the existing backups and the project as they were and says why.
 */
export function writeBackup(
  projectPath: string,
  image: Uint8Array,
  reason: string,
  options: { fileSystem?: FileSystem; keep?: number; now?: Date; prune?: boolean } = {},
): BackupEntry {
  const fsys = options.fileSystem ?? nodeFileSystem;
  const folder = backupFolderFor(projectPath);
  const takenAt = options.now ?? new Date();
  const path = join(folder, `${stamp(takenAt)}-${reason}${BACKUP_EXTENSION}`);
  try {
    fsys.mkdirp(folder);
    writeFileAtomic(fsys, path, image);
  } catch (error) {
    throw new ApiError('internal', `${describeFileError('write a backup to', folder, error)} The project itself is untouched.`);
  }
  if (options.prune !== false) pruneBackups(projectPath, { fileSystem: fsys, keep: options.keep });
  return { path, takenAt, reason, bytes: image.length };
}

/** A sentence offering the newest backup, for messages about a file that cannot be opened. */
export function backupHint(projectPath: string): string {
  const newest = listBackups(projectPath)[0];
  if (!newest) return '';
  return ` A backup from ${newest.takenAt.toISOString()} exists: restore it with "powerhall restore ${projectPath}" or File › Restore from backup.`;
}
