import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { ApiError } from '../../shared/contract/envelope.ts';
import { documentRecords, type ProjectDocument } from '../../shared/model/index.ts';
import { runMigrations } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { openSqlite } from './open-database.ts';
import { POWERHALL_APPLICATION_ID, applySafetyPragmas } from './pragmas.ts';
import { ProjectStore } from './project-store.ts';

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
  const tmp = `${path}.creating-${process.pid}`;
  rmSync(tmp, { force: true });
  try {
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
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
  }
}
