import { ApiError, type ApiIssue } from '../../shared/contract/envelope.ts';
import { checkDocumentIntegrity } from '../../shared/model/integrity.ts';
import { documentFromRecords, type DocRecord, type DocumentDiff, type ProjectDocument } from '../../shared/model/index.ts';
import { sameJson } from './same-json.ts';
import { MetaRepository } from './meta-repository.ts';
import { openSqlite, type SqliteDatabase } from './open-database.ts';
import { applySafetyPragmas, applyWriterPragmas, type JournalMode } from './pragmas.ts';
import { RecordRepository } from './record-repository.ts';
import { diffInvariantIssues, documentInvariantIssues } from './record-invariants.ts';
import { ReferenceChecks } from './reference-checks.ts';

const STORAGE_FAILURES: ReadonlyArray<readonly [string, string]> = [
  ['SQLITE_FULL', 'the disk is full'],
  ['SQLITE_READONLY', 'the project file or its folder has become read-only'],
  ['SQLITE_IOERR', 'the disk reported an input/output error'],
  ['SQLITE_BUSY', 'another program kept the file locked'],
];

/** Why SQLite could not write, in words, from its error code; null for errors that are not about storage. */
export function storageFailure(error: unknown): string | null {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const why = STORAGE_FAILURES.find(([prefix]) => code.startsWith(prefix))?.[1];
  return why ? `${why} (${code})` : null;
}

/** An open project file: the connection, its repositories, and the few operations services build on. */
export class ProjectStore {
  private readonly records: RecordRepository;
  private readonly meta: MetaRepository;
  private readonly checks: ReferenceChecks;

  private constructor(
    readonly db: SqliteDatabase,
    readonly path: string,
    readonly writable: boolean,
  ) {
    this.records = new RecordRepository(db);
    this.meta = new MetaRepository(db);
    this.checks = new ReferenceChecks(db);
  }

  /** Opens a file that inspection already accepted, at the current schema version. */
  static open(path: string, options: { writable: boolean; journal: JournalMode }): ProjectStore {
    const db = openSqlite(path, { readonly: !options.writable, fileMustExist: true });
    try {
      applySafetyPragmas(db);
      if (options.writable) applyWriterPragmas(db, options.journal);
      return new ProjectStore(db, path, options.writable);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Wraps a connection whose schema a caller (file creation, migration) just made current. */
  static fromConnection(db: SqliteDatabase, path: string): ProjectStore {
    return new ProjectStore(db, path, true);
  }

  revision(): number {
    return this.meta.revision();
  }

  metaValue(key: string): string | number | null {
    return this.meta.get(key);
  }

  setMetaValue(key: string, value: string | number): void {
    this.meta.set(key, value);
  }

  /** The whole document, validated record by record and for references: a project file is untrusted input. */
  loadDocument(): ProjectDocument {
    let doc: ProjectDocument;
    try {
      doc = documentFromRecords(this.records.all());
    } catch (error) {
      // Bad records (and a missing or doubled site) make the file unusable; SQLite's own errors pass through.
      if (error instanceof Error && !('code' in error)) {
        throw new ApiError('refused-file', `The project file holds invalid data: ${error.message}.`);
      }
      throw error;
    }
    const issues = [...checkDocumentIntegrity(doc), ...documentInvariantIssues(doc)];
    if (issues.length > 0) {
      const list = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('; ');
      throw new ApiError('refused-file', `The project file's records do not fit together (${list}).`, issues);
    }
    return doc;
  }

  /** Writes all records of a new, empty project in one transaction; a record SQLite cannot keep exactly aborts it. */
  insertDocument(doc: ProjectDocument, records: readonly DocRecord[]): void {
    // Never write what could not be opened again: the same invariants are checked at open.
    const invariants = documentInvariantIssues(doc);
    if (invariants.length > 0) throw new ApiError('bad-request', `The project was not created: ${invariants[0]!.message}${invariants.length > 1 ? ` (and ${invariants.length - 1} more)` : ''}.`, invariants);
    this.db.transaction(() => {
      for (const r of records) {
        this.records.insert(r);
        if (!this.records.storedAsGiven(r)) throw new ApiError('bad-request', `The project was not created: ${r.type} ${r.id} could not be stored exactly as given.`);
      }
      this.meta.setRevision(0);
      this.meta.set('name', doc.site.name);
    })();
  }

  private verifyStored(before: DocRecord, path: string, issues: ApiIssue[]): boolean {
    const stored = this.records.getPlain(before.type, before.id);
    if (!stored) {
      issues.push({ path, message: `${before.type} ${before.id} is not in the project` });
      return false;
    }
    if (!sameJson(stored, before)) {
      issues.push({ path, message: `${before.type} ${before.id} has changed since this edit was made` });
      return false;
    }
    return true;
  }

  /**
   * One diff in one transaction, or nothing: a stale base revision, a 'before' that does not match the stored
   * record, or a broken reference aborts the whole diff, so the file only ever holds states the user saw.
   */
  applyDiff(baseRevision: number, diff: DocumentDiff): number {
    const run = this.db.transaction((): number => {
      const current = this.meta.revision();
      if (baseRevision !== current) {
        throw new ApiError('conflict', `The project changed since revision ${baseRevision} (it is now at ${current}); reload it.`);
      }
      const issues: ApiIssue[] = [];
      const structural = (r: DocRecord, path: string) => {
        if (r.type === 'site') issues.push({ path, message: 'the site record can be changed but not added or removed' });
      };
      diff.removed.forEach((r, i) => {
        structural(r, `removed.${i}`);
        if (this.verifyStored(r, `removed.${i}`, issues)) this.records.remove(r);
      });
      diff.updated.forEach(([before, after], i) => {
        if (this.verifyStored(before, `updated.${i}.0`, issues)) this.records.update(after);
      });
      diff.added.forEach((r, i) => {
        structural(r, `added.${i}`);
        if (this.records.getPlain(r.type, r.id)) issues.push({ path: `added.${i}`, message: `${r.type} ${r.id} already exists` });
        else this.records.insert(r);
      });
      if (issues.length === 0) issues.push(...this.checks.check(diff));
      if (issues.length === 0) issues.push(...diffInvariantIssues({ get: (id, type) => this.records.get(type, id) as never }, diff));
      if (issues.length === 0) {
        const written: Array<readonly [DocRecord, string]> = [
          ...diff.updated.map(([, after], i) => [after, `updated.${i}.1`] as const),
          ...diff.added.map((r, i) => [r, `added.${i}`] as const),
        ];
        for (const [record, path] of written) {
          if (!this.records.storedAsGiven(record)) issues.push({ path, message: `${record.type} ${record.id} could not be stored exactly as given` });
        }
      }
      if (issues.length > 0) {
        throw new ApiError('bad-request', `The edit was not saved: ${issues[0]!.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}.`, issues);
      }
      const site = diff.updated.find(([, after]) => after.type === 'site');
      if (site && site[1].type === 'site') this.meta.set('name', site[1].name);
      this.meta.setRevision(current + 1);
      return current + 1;
    });
    try {
      return run.immediate();
    } catch (error) {
      if (error instanceof ApiError) throw error;
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('SQLITE_CONSTRAINT')) {
        throw new ApiError('bad-request', `The edit was not saved: it breaks the project's structure (${(error as Error).message}).`);
      }
      const why = storageFailure(error);
      if (why) {
        throw new ApiError('internal', `The edit was not saved: ${why}. The project holds every edit up to the one before.`);
      }
      throw error;
    }
  }

  /**
   * Moves committed WAL content into the main file so that it stands alone (for copies, sync, and close). True when
   * every frame was folded in, so that SQLite will start the next WAL afresh.
   */
  checkpoint(): boolean {
    if (!this.writable || this.db.pragma('journal_mode', { simple: true }) !== 'wal') return false;
    const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number; checkpointed: number }>;
    return result !== undefined && result.busy === 0 && result.log === result.checkpointed;
  }

  /** A consistent image of the database made by SQLite itself, never a copy of the live file. */
  snapshot(): Buffer {
    return this.db.serialize();
  }

  /** The settings SQLite is actually running this connection with, as a durability test reads them. */
  effectivePragmas(): Record<string, string | number> {
    const names = ['journal_mode', 'synchronous', 'wal_autocheckpoint', 'trusted_schema', 'cell_size_check', 'foreign_keys', 'mmap_size'];
    return Object.fromEntries(names.map((name) => [name, this.db.pragma(name, { simple: true }) as string | number]));
  }

  integrityCheck(): string[] {
    return (this.db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  }

  /**
   * Folds the WAL in and closes. A checkpoint the disk refuses is not an error here: the WAL still holds every
   * committed edit and the next open replays it. Returns why it could not fold, or null.
   */
  close(): string | null {
    if (!this.db.open) return null;
    let problem: string | null = null;
    try {
      this.checkpoint();
    } catch (error) {
      problem = storageFailure(error) ?? (error instanceof Error ? error.message : String(error));
    } finally {
      this.db.close();
    }
    return problem;
  }
}
