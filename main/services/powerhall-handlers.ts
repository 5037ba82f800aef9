import type { PowerhallHandlers } from '../../shared/contract/index.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import { computeBill } from '../../shared/engine/index.ts';
import type { ProjectSession } from '../app/project-session.ts';
import { listBackups } from './backups.ts';

/** The main-process implementation of the contract for the session's open project. */
export function createPowerhallHandlers(session: ProjectSession): PowerhallHandlers {
  return {
    project: {
      info: () => session.project.info(),
      load: () => session.project.load(),
      applyDiff: ({ baseRevision, diff }) => session.project.applyDiff(baseRevision, diff),
    },
    catalog: {
      get: () => session.catalog,
    },
    backups: {
      list: () =>
        listBackups(session.project.path).map((b) => ({
          path: b.path,
          takenAt: b.takenAt.toISOString(),
          reason: b.reason,
          bytes: b.bytes,
        })),
      restore: async ({ path }) => {
        const result = await session.restoreBackup(path);
        return { restoredFrom: result.restoredFrom, previousBackup: result.previous?.path ?? null };
      },
    },
    bill: {
      compute: ({ scenarioId }) => {
        const document = session.project.load();
        if (!document.scenarios.some((s) => s.id === scenarioId)) {
          throw new ApiError('not-found', `no scenario '${scenarioId}' in ${session.project.info().name}`);
        }
        return computeBill({ document, scenarioId, catalog: session.catalog });
      },
    },
  };
}
