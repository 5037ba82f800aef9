import { resolve } from 'node:path';
import type { Catalog } from '../../shared/catalog/schema.ts';
import { contract, type Contract, type MenuAction } from '../../shared/contract/index.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { IpcRouter } from '../ipc/router.ts';
import { listBackups } from '../services/backups.ts';
import type { ChooseExportPath } from '../export/export-service.ts';
import { createPowerhallHandlers, type ProjectFilesHandlers } from '../services/powerhall-handlers.ts';
import { ProjectService } from '../services/project-service.ts';
import { restoreFromBackup, type RestoreResult } from '../services/restore.ts';

/** One open project with its catalog and the router that both transports dispatch to. */
export class ProjectSession {
  readonly catalog: Catalog;
  readonly router: IpcRouter<Contract>;
  private current: ProjectService | null;
  /** New, Open, Save As, Import and Close as the host does them (native dialogs, or browser mode's uploads); null in a script. */
  files: ProjectFilesHandlers | null = null;
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
    if (!this.current) throw new ApiError('not-found', 'No project is open: create one, or open one from your computer or the recent list.');
    return this.current;
  }

  /** Whether a project is open (browser mode's Close leaves none until the next Open or New). */
  get isOpen(): boolean {
    return this.current !== null;
  }

  /**
   * Puts another project file in place of the open one (browser mode's Open, New and Import): the open one is closed
   * first, releasing its lock; when the other cannot be opened, the one that was open is opened again.
   */
  async switchTo(path: string): Promise<void> {
    const previous = this.current?.path ?? null;
    this.close();
    try {
      this.current = await ProjectService.openUpgrading(path);
    } catch (error) {
      if (previous) this.current = await ProjectService.openUpgrading(previous);
      throw error;
    }
  }

  /**
   * Restores one of the open project's own backups: the project is closed (releasing its lock), the backup put
   * in place, and the project opened again (upgraded, when the backup predates a migration), whether or not the
   * restore succeeded.
   */
  async restoreBackup(backupPath: string): Promise<RestoreResult> {
    const path = this.project.path;
    const chosen = resolve(backupPath);
    if (!listBackups(path).some((b) => b.path === chosen)) {
      throw new ApiError('not-found', `${chosen} is not one of this project's backups.`);
    }
    const readOnly = this.project.info().readOnlyReason;
    if (readOnly !== null) throw new ApiError('read-only', `Cannot restore a backup into a project open read-only. ${readOnly}`);
    this.project.close();
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
    this.current?.close();
    this.current = null;
  }
}
