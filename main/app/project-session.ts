import type { Catalog } from '../../shared/catalog/schema.ts';
import { contract, type Contract } from '../../shared/contract/index.ts';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { IpcRouter } from '../ipc/router.ts';
import { createPowerhallHandlers } from '../services/powerhall-handlers.ts';
import { ProjectService } from '../services/project-service.ts';

/** One open project with its catalog and the router that both transports dispatch to. */
export interface ProjectSession {
  readonly project: ProjectService;
  readonly catalog: Catalog;
  readonly router: IpcRouter<Contract>;
  close(): void;
}

export function openProjectSession(path: string): ProjectSession {
  const catalog = loadCatalog();
  const project = ProjectService.open(path);
  const router = new IpcRouter(contract, createPowerhallHandlers(project, catalog));
  return { project, catalog, router, close: () => project.close() };
}
