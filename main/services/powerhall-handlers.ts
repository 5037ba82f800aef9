import type { Catalog } from '../../shared/catalog/schema.ts';
import type { PowerhallHandlers } from '../../shared/contract/index.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import { computeBill } from '../../shared/engine/index.ts';
import type { ProjectService } from './project-service.ts';

/** The main-process implementation of the contract for one open project. */
export function createPowerhallHandlers(project: ProjectService, catalog: Catalog): PowerhallHandlers {
  return {
    project: {
      info: () => project.info(),
      load: () => project.load(),
      applyDiff: ({ baseRevision, diff }) => project.applyDiff(baseRevision, diff),
    },
    catalog: {
      get: () => catalog,
    },
    bill: {
      compute: ({ scenarioId }) => {
        const document = project.load();
        if (!document.scenarios.some((s) => s.id === scenarioId)) {
          throw new ApiError('not-found', `no scenario '${scenarioId}' in ${project.info().name}`);
        }
        return computeBill({ document, scenarioId, catalog });
      },
    },
  };
}
