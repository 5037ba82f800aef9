import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { ApiError } from '../../shared/contract/envelope.ts';
import { documentRecords, type ProjectDocument } from '../../shared/model/index.ts';
import { runMigrations } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { openSqlite } from './open-database.ts';
import { POWERHALL_APPLICATION_ID, applySafetyPragmas } from './pragmas.ts';
import { ProjectStore, storageFailure } from './project-store.ts';

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP', 'EXDEV']);

/** Moves `from` to `to` unless `to` exists; a hard link makes that atomic where the file system has them. */
function placeWithoutReplacing(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw new ApiError('conflict', `${to} already exists; choose another name.`);
    if (!NO_HARD_LINKS.has(code)) throw error;
    // Some network and cloud file systems have no hard links: check, then rename (a small race we accept there).
    if (existsSync(to)) throw new ApiError('conflict', `${to} already exists; choose another name.`);
    renameSync(from, to);
  }
}

/**
 * Writes a new project file from a validated document. It is built under a temporary name and then linked into
 * place, so the path either does not exist or holds a complete project, and an existing file is never replaced.
 */
export function createProjectFile(path: string, doc: ProjectDocument, writtenBy: string): void {
  if (existsSync(path)) throw new ApiError('conflict', `${path} already exists; choose another name.`);
  const folder = dirname(path);
  if (!existsSync(folder)) throw new ApiError('not-found', `The folder ${folder} does not exist; create it first or choose another place for ${basename(path)}.`);
  const tmp = `${path}.creating-${process.pid}`;
  try {
    rmSync(tmp, { force: true });
    writeNewFile(tmp, path, doc, writtenBy);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const code = String((error as { code?: unknown }).code ?? '');
    const why = storageFailure(error) ?? (FILE_REASONS[code] ? `${FILE_REASONS[code]} (${code})` : error instanceof Error ? error.message : String(error));
    throw new ApiError('internal', `The project was not created at ${path}: ${why}. Nothing was left there.`);
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
  }
}

const FILE_REASONS: Record<string, string> = {
  EACCES: 'permission was denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  SQLITE_CANTOPEN: 'SQLite cannot create a file in that folder (it may be read-only)',
};

function writeNewFile(tmp: string, path: string, doc: ProjectDocument, writtenBy: string): void {
  const db = openSqlite(tmp, { readonly: false, fileMustExist: false });
  try {
    applySafetyPragmas(db);
    // The first commit goes straight into the main file, so its header carries our id even before any checkpoint.
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma(`application_id = ${POWERHALL_APPLICATION_ID}`);
    runMigrations(db, MIGRATIONS);
    const store = ProjectStore.fromConnection(db, tmp);
    store.insertDocument(doc, documentRecords(doc));
    store.setMetaValue('written_by', writtenBy);
    store.setMetaValue('file_id', randomUUID());
    // Never leave a file that does not open: read it back as an open would before it takes its name.
    store.loadDocument();
  } finally {
    db.close();
  }
  placeWithoutReplacing(tmp, path);
}
