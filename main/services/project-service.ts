import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ApiError, issuesFromZod } from '../../shared/contract/envelope.ts';
import type { ProjectInfo } from '../../shared/contract/services.ts';
import { checkDocumentIntegrity } from '../../shared/model/integrity.ts';
import { findIllFormedText, illFormedTextMessage } from '../../shared/contract/well-formed.ts';
import { DocumentDiff, ProjectDocument } from '../../shared/model/index.ts';
import { appVersion } from '../store/app-version.ts';
import { createProjectFile } from '../store/create-project-file.ts';
import { assertImageLoads } from '../store/image-loads.ts';
import { inspectProjectFile } from '../store/inspect-project-file.ts';
import { MIGRATIONS } from '../store/migrations/index.ts';
import type { Migration } from '../store/migrations/migration.ts';
import type { JournalMode } from '../store/pragmas.ts';
import { upgradeProjectFile } from '../store/upgrade-project-file.ts';
import { ProjectStore, storageFailure } from '../store/project-store.ts';
import { sharedStorageReason } from '../store/storage-kind.ts';
import { readOnlyPlaceReason, temporaryCopy } from '../store/read-only-place.ts';
import { missingWalSidecars, removeCreatedWalSidecars } from '../store/sidecars.ts';
import { currentWalNote, mainFileIdentity, walPathFor } from '../store/wal-ownership.ts';
import { acquireWriterLock, describeHolder, type WalNote } from '../store/writer-lock.ts';
import { backupHint, listBackups, writeBackup } from './backups.ts';
import { describeFileError, nodeFileSystem, writeFileAtomic, type FileSystem } from './file-system.ts';

export interface ProjectOpenOptions {
  readonly readOnly?: boolean;
  /** The file operations for backups and Save As; tests put a failing disk here. */
  readonly fileSystem?: FileSystem;
  /** Quiet time after an edit before the WAL is checkpointed and a due backup is taken. */
  readonly idleMs?: number;
  /** Minimum time between two automatic backups of a changing project. */
  readonly backupIntervalMs?: number;
  /** How the lock file names this process to a second opener. */
  readonly holder?: string;
  /** The schema history; tests pass a longer one to exercise an upgrade. */
  readonly migrations?: readonly Migration[];
  /** Where problems of idle work and close go (a full disk); by default a process warning. */
  readonly warn?: (message: string) => void;
}

const DEFAULT_IDLE_MS = 3_000;
const DEFAULT_BACKUP_INTERVAL_MS = 5 * 60_000;
/** After a checkpoint the disk refused, idle work tries again no sooner than this. */
const STORAGE_RETRY_MS = 30_000;

function defaultHolder(): string {
  return `Powerhall ${appVersion()}${process.versions.electron ? '' : ' (command line or browser mode)'}`;
}

/** WAL on local disks; a rollback journal on network and cloud-sync folders, where WAL is unsafe. */
function journalFor(path: string): JournalMode {
  return sharedStorageReason(dirname(path)) ? 'delete' : 'wal';
}

/** A WAL past this size is folded in after the edit that grew it (SQLite's own automatic checkpoint is off). */
const WAL_CHECKPOINT_BYTES = 4 * 1024 * 1024;

/** Copies kept before recovering a crashed session's WAL, by the WAL's identity, so one crash gives one copy. */
const recoveryCopies = new Map<string, string>();

function recoveryNotice(path: string, backup: string): string {
  return (
    `${path} was not closed properly last time: Powerhall recovered the edits saved in its write-ahead log. ` +
    `The file and its log as they were are kept as a backup (${backup}).`
  );
}

/**
 * The file's header, WAL and schema checks; a refusal offers the project's backups when it has any. Before a WAL
 * that no live writer owns is replayed, the file and that WAL are kept as a backup and a notice says so.
 */
function inspectOffering(source: string, migrations: readonly Migration[], notices: string[], fileSystem?: FileSystem, path = source) {
  try {
    return inspectProjectFile(source, migrations, {
      beforeRecovery: (main, wal) => {
        const key = `${path}\0${mainFileIdentity(walPathFor(source))}`;
        let kept = recoveryCopies.get(key);
        if (!kept) {
          const entry = writeBackup(path, main, 'before-wal-recovery', { fileSystem });
          try {
            writeFileAtomic(fileSystem ?? nodeFileSystem, `${entry.path}.wal-copy`, wal);
          } catch (error) {
            throw new ApiError('internal', `${describeFileError('keep a copy of the write-ahead log in', entry.path, error)} The project was not opened.`);
          }
          kept = entry.path;
          recoveryCopies.set(key, kept);
        }
        notices.push(recoveryNotice(path, kept));
      },
    });
  } catch (error) {
    throw withBackupHint(error, path);
  }
}

interface HeldLock {
  release(): void;
  noteWal(note: WalNote): void;
}

/** Text SQLite would not store exactly (a lone surrogate) is refused before anything is written. */
function refuseIllFormedText(value: unknown, what: string): void {
  const path = findIllFormedText(value);
  if (!path) return;
  const message = illFormedTextMessage(path);
  throw new ApiError('bad-request', `${what}: ${message}.`, [{ path: path.join('.') || '(root)', message }]);
}

function withBackupHint(error: unknown, path: string): unknown {
  if (error instanceof ApiError && error.code === 'refused-file') {
    return new ApiError(error.code, error.message + backupHint(path), error.issues);
  }
  return error;
}

/**
 * An open project: the one place the app, browser mode and the CLI read and write a project file. Every
 * editor transaction is persisted by `applyDiff` as it happens; there is no separate save.
 */
export class ProjectService {
  private idleTimer: NodeJS.Timeout | undefined;
  private storageTrouble: string | null = null;
  private walNote: WalNote | null = null;
  private mainIdentity: string | null = null;
  /** The private copy a project in a read-only place is read from; removed on close. */
  private temporaryCopy: { dispose(): void } | null = null;
  private lastBackupAt: number;
  private revisionAtLastBackup: number;
  /** The document as validated at open, handed to the first load() if nothing changed in between. */
  private opened: { revision: number; document: ProjectDocument } | null;

  private constructor(
    private readonly store: ProjectStore,
    readonly path: string,
    private readonly readOnlyReason: string | null,
    private readonly lock: HeldLock | null,
    private readonly options: ProjectOpenOptions,
    readonly journal: JournalMode,
    document: ProjectDocument,
    private readonly openNotices: readonly string[],
  ) {
    this.opened = { revision: store.revision(), document };
    this.noteWal();
    this.lastBackupAt = listBackups(path)[0]?.takenAt.getTime() ?? 0;
    this.revisionAtLastBackup = store.revision();
  }

  static open(path: string, options: ProjectOpenOptions = {}): ProjectService {
    const absolute = resolve(path);
    const migrations = options.migrations ?? MIGRATIONS;
    const newest = migrations[migrations.length - 1]!.version;
    const notices: string[] = [];
    if (!existsSync(absolute)) throw new ApiError('not-found', `There is no file at ${absolute}.`);
    // A file or folder we may not write is read from a private copy, so SQLite never needs to write beside it.
    const place = readOnlyPlaceReason(absolute);
    let copy: { readonly path: string; dispose(): void } | null = null;
    if (place) {
      try {
        copy = temporaryCopy(absolute);
      } catch (error) {
        throw new ApiError('read-only', `${place} ${describeFileError('make a temporary copy of', absolute, error)}`);
      }
    }
    const source = copy?.path ?? absolute;
    const createdSidecars = missingWalSidecars(source);
    let inspected;
    try {
      inspected = inspectOffering(source, migrations, notices, options.fileSystem, absolute);
    } catch (error) {
      copy?.dispose();
      throw error;
    }
    let readOnlyReason: string | null = options.readOnly ? 'The project was opened read-only.' : place;
    let held: HeldLock | null = null;
    const release = () => {
      held?.release();
      copy?.dispose();
    };
    if (!readOnlyReason) {
      try {
        const lock = acquireWriterLock(absolute, options.holder ?? defaultHolder());
        if (lock.acquired) held = lock;
        else readOnlyReason = `${describeHolder(lock.holder)} This window is read-only.`;
      } catch (error) {
        readOnlyReason = `${describeFileError('lock', absolute, error)} The project is open read-only.`;
      }
    }
    const journal = journalFor(absolute);
    let store: ProjectStore | undefined;
    try {
      if (inspected.userVersion < newest) {
        throw new ApiError(
          readOnlyReason === null ? 'refused-file' : 'read-only',
          `This project uses schema version ${inspected.userVersion} and must be upgraded to ${newest} first (opening it in the app or in browser mode does that, after a backup).${readOnlyReason === null ? '' : ` ${readOnlyReason}`}`,
        );
      }
      // Records are validated on a read-only connection, so that a file refused for its content is never written.
      const reader = ProjectStore.open(source, { writable: false, journal });
      let document: ProjectDocument;
      try {
        document = reader.loadDocument();
      } finally {
        reader.close();
      }
      store = ProjectStore.open(source, { writable: readOnlyReason === null, journal });
      if (readOnlyReason === null && store.metaValue('written_by') !== appVersion()) store.setMetaValue('written_by', appVersion());
      // The project's own id lets a later open tell its WAL from another project's.
      if (readOnlyReason === null && store.metaValue('file_id') === null) store.setMetaValue('file_id', randomUUID());
      const service = new ProjectService(store, absolute, readOnlyReason, held, options, journal, document, notices);
      service.temporaryCopy = copy;
      return service;
    } catch (error) {
      store?.db.close();
      release();
      if (error instanceof ApiError && error.code === 'refused-file') removeCreatedWalSidecars(source, createdSidecars);
      throw withBackupHint(error, absolute);
    }
  }

  /**
   * Opens a project for editing, first upgrading a file from an older schema: the writer lock is taken, a copy is
   * taken through SQLite's backup API and kept with the backups, then every step runs in one transaction.
   */
  static async openUpgrading(path: string, options: ProjectOpenOptions = {}): Promise<ProjectService> {
    const absolute = resolve(path);
    const migrations = options.migrations ?? MIGRATIONS;
    const newest = migrations[migrations.length - 1]!.version;
    const inspected = inspectOffering(absolute, migrations, [], options.fileSystem);
    if (inspected.userVersion < newest && !options.readOnly) {
      const lock = acquireWriterLock(absolute, options.holder ?? defaultHolder());
      if (!lock.acquired) {
        throw new ApiError(
          'read-only',
          `This project uses schema version ${inspected.userVersion} and must be upgraded to ${newest} first, which needs write access. ${describeHolder(lock.holder)}`,
        );
      }
      try {
        await upgradeProjectFile(absolute, migrations, journalFor(absolute), (image, from, to) => {
          writeBackup(absolute, image, `before-migration-v${from}-to-v${to}`, { fileSystem: options.fileSystem });
        });
      } catch (error) {
        throw withBackupHint(error, absolute);
      } finally {
        lock.release();
      }
    }
    return ProjectService.open(absolute, options);
  }

  /** A new project file holding `document`; refuses a path that exists. */
  static create(path: string, document: ProjectDocument, options: ProjectOpenOptions = {}): ProjectService {
    refuseIllFormedText(document, 'The project was not created');
    const parsed = ProjectDocument.safeParse(document);
    if (!parsed.success) throw new ApiError('bad-request', 'The project document is invalid.', issuesFromZod(parsed.error));
    const issues = checkDocumentIntegrity(parsed.data);
    if (issues.length > 0) throw new ApiError('bad-request', `The project document's references are broken: ${issues[0]!.message}.`, issues);
    createProjectFile(resolve(path), parsed.data, appVersion());
    return ProjectService.open(path, options);
  }

  info(): ProjectInfo {
    const name = this.store.metaValue('name');
    return {
      path: this.path,
      name: typeof name === 'string' ? name : this.store.loadDocument().site.name,
      readOnlyReason: this.readOnlyReason,
      revision: this.store.revision(),
    };
  }

  load(): ProjectDocument {
    const opened = this.opened;
    this.opened = null;
    if (opened && opened.revision === this.store.revision()) return opened.document;
    return this.store.loadDocument();
  }

  applyDiff(baseRevision: number, diff: DocumentDiff): { revision: number } {
    if (this.readOnlyReason !== null) throw new ApiError('read-only', this.readOnlyReason);
    refuseIllFormedText(diff, 'The edit was not saved');
    const parsed = DocumentDiff.safeParse(diff);
    if (!parsed.success) throw new ApiError('bad-request', 'The edit is malformed.', issuesFromZod(parsed.error));
    const revision = this.store.applyDiff(baseRevision, parsed.data);
    this.noteWal();
    if (this.walBytes() > WAL_CHECKPOINT_BYTES) this.runIdleWork();
    this.scheduleIdleWork();
    return { revision };
  }

  /** What happened at open that the user should hear of (a crash recovered, and the copy kept first). */
  notices(): readonly string[] {
    return this.openNotices;
  }

  private walBytes(): number {
    try {
      return statSync(walPathFor(this.path)).size;
    } catch {
      return 0;
    }
  }

  /**
   * Keeps the lock file's record of the WAL current, so that after a crash the next open can tell this WAL from a
   * stale or foreign one. Written only when something changed: a new WAL, or a checkpoint.
   */
  private noteWal(checkpointing = false, folded = false, mainChanged = false): void {
    if (!this.lock || this.journal !== 'wal' || !this.store.db.open) return;
    try {
      // Only a checkpoint writes to the main file (SQLite's automatic ones are off), so its identity is kept between.
      if (mainChanged || this.mainIdentity === null) this.mainIdentity = mainFileIdentity(this.path);
      const note = currentWalNote(this.path, checkpointing, this.mainIdentity);
      if (folded) note.salts = null;
      const last = this.walNote;
      const same = last && last.main === note.main && last.checkpointing === note.checkpointing && String(last.salts) === String(note.salts);
      if (same) return;
      this.lock.noteWal(note);
      this.walNote = note;
    } catch (error) {
      this.warn(describeFileError('update the lock file of', this.path, error));
    }
  }

  // After a full checkpoint the salts are recorded as null: SQLite starts the next WAL with new ones, and any WAL
  // begun on this main file is then ours.
  private checkpointNoted(): void {
    this.noteWal(true);
    const folded = this.store.checkpoint();
    this.noteWal(false, folded, true);
  }

  /** Writes a consistent copy of the project to `target`; the open project stays as it is. */
  saveAs(target: string): void {
    const absolute = resolve(target);
    if (absolute === this.path) throw new ApiError('bad-request', 'This is the open project itself: every edit is already saved in it.');
    // Replacing a project that another window or process has open would pull the file from under it.
    const lock = acquireWriterLock(absolute, this.options.holder ?? defaultHolder());
    if (!lock.acquired) throw new ApiError('conflict', `Cannot replace ${absolute}. ${describeHolder(lock.holder)}`);
    const fsys = this.options.fileSystem ?? nodeFileSystem;
    try {
      for (const sidecar of ['-wal', '-shm', '-journal']) fsys.remove(absolute + sidecar);
      writeFileAtomic(fsys, absolute, this.store.snapshot());
    } catch (error) {
      throw new ApiError('internal', `${describeFileError('save a copy to', target, error)} The open project is untouched.`);
    } finally {
      lock.release();
    }
  }

  /** Takes a backup now, whatever the interval; returns its path. */
  backupNow(reason = 'manual'): string {
    const image = this.store.snapshot();
    assertImageLoads(image, 'The backup');
    const entry = writeBackup(this.path, image, reason, { fileSystem: this.options.fileSystem });
    this.lastBackupAt = entry.takenAt.getTime();
    this.revisionAtLastBackup = this.store.revision();
    return entry.path;
  }

  /** Why the last idle work or close could not write (a full disk), for the status line; null when all is well. */
  storageProblem(): string | null {
    return this.storageTrouble;
  }

  private warn(message: string): void {
    (this.options.warn ?? ((m: string) => process.emitWarning(m)))(message);
  }

  /**
   * What idle time does: fold the WAL into the main file, and back up a project that changed a while ago. It never
   * throws (it runs from a timer): a disk that refuses the checkpoint is reported and tried again later.
   */
  runIdleWork(now = Date.now()): void {
    if (!this.store.db.open || this.readOnlyReason !== null) return;
    try {
      this.checkpointNoted();
      this.storageTrouble = null;
    } catch (error) {
      const why = storageFailure(error) ?? (error instanceof Error ? error.message : String(error));
      this.storageTrouble = `Powerhall could not fold recent edits into ${this.path}: ${why}. Every saved edit is kept in its write-ahead log; free some space and it will try again.`;
      this.warn(this.storageTrouble);
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.runIdleWork(), Math.max(STORAGE_RETRY_MS, this.options.idleMs ?? DEFAULT_IDLE_MS));
      this.idleTimer.unref();
      return;
    }
    const interval = this.options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS;
    if (this.store.revision() !== this.revisionAtLastBackup && now - this.lastBackupAt >= interval) {
      try {
        this.backupNow('auto');
      } catch (error) {
        // An automatic backup that fails must not break editing; the next idle period tries again.
        this.warn(error instanceof Error ? error.message : String(error));
      }
    }
  }

  private scheduleIdleWork(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.runIdleWork(), this.options.idleMs ?? DEFAULT_IDLE_MS);
    this.idleTimer.unref();
  }

  /** The SQLite settings the open connection really has (journal, synchronous, safety pragmas). */
  effectivePragmas(): Record<string, string | number> {
    return this.store.effectivePragmas();
  }

  /** SQLite's full integrity check of the open file, 'ok' when sound. */
  integrityCheck(): string[] {
    return this.store.integrityCheck();
  }

  /** Closes the project; never throws for a disk that refuses the last checkpoint (the WAL keeps those edits). */
  close(): void {
    clearTimeout(this.idleTimer);
    try {
      if (this.lock && this.store.db.open) this.noteWal(true);
      const problem = this.store.close();
      if (problem) {
        this.storageTrouble = `Powerhall closed ${this.path} without folding its write-ahead log in (${problem}); the edits are kept there and the next open replays them.`;
        this.warn(this.storageTrouble);
      }
    } finally {
      this.lock?.release();
      this.temporaryCopy?.dispose();
    }
  }
}
