import { ApiError } from '../../shared/contract/envelope.ts';
import { openSqliteImage } from './open-database.ts';
import { applySafetyPragmas } from './pragmas.ts';
import { ProjectStore } from './project-store.ts';

/**
 * Throws unless a database image holds a project that loads (every row passes its checksum and schema, the
 * records fit together): a backup of a state that cannot be opened would only hide the problem.
 */
export function assertImageLoads(image: Buffer, what: string): void {
  const db = openSqliteImage(image);
  try {
    applySafetyPragmas(db);
    ProjectStore.fromConnection(db, ':memory:').loadDocument();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ApiError('refused-file', `${what} was not taken: the project as it stands does not load (${why.replace(/\.$/, '')}).`);
  } finally {
    db.close();
  }
}
