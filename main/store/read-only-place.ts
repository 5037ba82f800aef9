import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const WHY: Record<string, string> = { EACCES: 'permission denied', EPERM: 'not permitted', EROFS: 'the disk is read-only' };

function denied(path: string): string | null {
  try {
    accessSync(path, constants.W_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return WHY[code] ?? code;
  }
}

/**
 * Why a project cannot be edited where it is, or null: a read-only file, or a folder SQLite cannot write its
 * journal, WAL index and our lock file into. Either way it is opened read-only, from a temporary copy.
 */
export function readOnlyPlaceReason(path: string): string | null {
  const file = denied(path);
  if (file) return `The project file ${path} is read-only (${file}), so it is open read-only.`;
  const folder = denied(dirname(path));
  if (folder) return `Powerhall cannot write to the folder ${dirname(path)} (${folder}), where a project's journal and lock live, so it is open read-only.`;
  return null;
}

/**
 * A private copy of a project file (with its WAL, when one lies beside it) in a temporary folder, for reading a
 * project whose own place cannot be written: SQLite then needs nothing from the original folder.
 */
export function temporaryCopy(path: string): { readonly path: string; dispose(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'powerhall-read-only-'));
  const copy = join(folder, basename(path));
  try {
    copyFileSync(path, copy);
    // The WAL and the lock file come along, so that the copy is checked against its last writer as the file would be.
    for (const suffix of ['-wal', '.lock']) if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return { path: copy, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}
