import { resolve } from 'node:path';
import type { Catalog } from '../../shared/catalog/schema.ts';
import { contract, type Contract, type MenuAction } from '../../shared/contract/index.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { IpcRouter } from '../ipc/router.ts';
import { listBackups } from '../services/backups.ts';
import type { ChooseExportPath } from '../export/export-service.ts';
import { createPowerhallHandlers } from '../services/powerhall-handlers.ts';
import { ProjectService } from '../services/project-service.ts';
import { restoreFromBackup, type RestoreResult } from '../services/restore.ts';

/** One open project with its catalog and the router that both transports dispatch to. */
export class ProjectSession {
  readonly catalog: Catalog;
  readonly router: IpcRouter<Contract>;
  private current: ProjectService;
  /** The desktop shell sets its native save dialog here; browser mode leaves it null and downloads exports. */
  chooseExportPath: ChooseExportPath | null = null;
  /** The renderer's menu actions as it last sent them; `onMenuActions` hears of each new list. */
  menuActions: readonly MenuAction[] = [];
  onMenuActions: ((actions: readonly MenuAction[]) => void) | null = null;

  private constructor(project: ProjectService, catalog: Catalog) {
    this.catalog = catalog;
    this.current = project;
    this.router = new IpcRouter(contract, createPowerhallHandlers(this));
  }

  /** Opens a project for editing (upgrading an older file first) with the app's catalog. */
  static async open(path: string): Promise<ProjectSession> {
    const catalog = loadCatalog();
    return new ProjectSession(await ProjectService.openUpgrading(path), catalog);
  }

  get project(): ProjectService {
    return this.current;
  }

  /**
   * Restores one of the open project's own backups: the project is closed (releasing its lock), the backup put
   * in place, and the project opened again (upgraded, when the backup predates a migration), whether or not the
   * restore succeeded.
   */
  async restoreBackup(backupPath: string): Promise<RestoreResult> {
    const path = this.current.path;
    const chosen = resolve(backupPath);
    if (!listBackups(path).some((b) => b.path === chosen)) {
      throw new ApiError('not-found', `${chosen} is not one of this project's backups.`);
    }
    if (this.current.info().readOnlyReason !== null) {
      throw new ApiError('read-only', `Cannot restore a backup into a project open read-only. ${this.current.info().readOnlyReason}`);
    }
    this.current.close();
    try {
      return restoreFromBackup(path, chosen);
    } finally {
      this.current = await ProjectService.openUpgrading(path);
    }
  }

  publishMenuActions(actions: readonly MenuAction[]): void {
    this.menuActions = actions;
    this.onMenuActions?.(actions);
  }

  close(): void {
    this.current.close();
  }
}
