import type { MenuAction, PowerhallHandlers } from '../../shared/contract/index.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import { analyze } from '../../shared/analysis/index.ts';
import type { Catalog } from '../../shared/catalog/schema.ts';
import type { ProjectService } from './project-service.ts';
import type { RestoreResult } from './restore.ts';
import { listBackups } from './backups.ts';
import { createExportHandlers, type ChooseExportPath } from '../export/export-service.ts';

/** What the handlers need of the open project's session (kept here so the session can depend on the handlers). */
export interface HandlerSession {
  readonly project: ProjectService;
  readonly catalog: Catalog;
  restoreBackup(path: string): Promise<RestoreResult>;
  /** The desktop's save dialog for exports; null in browser mode. */
  readonly chooseExportPath?: ChooseExportPath | null;
  /** Takes the renderer's menu actions (the Electron shell builds its menu from them); a script's session has none. */
  publishMenuActions?(actions: readonly MenuAction[]): void;
  /** The host's project file commands (the desktop's dialogs, browser mode's uploads); a script's session has none. */
  readonly files?: ProjectFilesHandlers | null;
}

export type ProjectFilesHandlers = PowerhallHandlers['files'];

/** The file commands of a session that has none (a script's): each says so. */
function noProjectFiles(): ProjectFilesHandlers {
  const refuse = () => {
    throw new ApiError('bad-request', 'Project file commands (New, Open, Save As, Import, Close) are available in the app and in browser mode only.');
  };
  return { recent: refuse, newProject: refuse, open: refuse, saveAs: refuse, importFile: refuse, close: refuse };
}

/** The main-process implementation of the contract for the session's open project. */
export function createPowerhallHandlers(session: HandlerSession): PowerhallHandlers {
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
        return analyze(document, session.catalog, scenarioId);
      },
    },
    files: {
      recent: (request) => (session.files ?? noProjectFiles()).recent(request),
      newProject: (request) => (session.files ?? noProjectFiles()).newProject(request),
      open: (request) => (session.files ?? noProjectFiles()).open(request),
      saveAs: (request) => (session.files ?? noProjectFiles()).saveAs(request),
      importFile: (request) => (session.files ?? noProjectFiles()).importFile(request),
      close: (request) => (session.files ?? noProjectFiles()).close(request),
    },
    menu: {
      setActions: ({ actions }) => {
        session.publishMenuActions?.(actions);
        return {};
      },
    },
    export: createExportHandlers(session),
  };
}
