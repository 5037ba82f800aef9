import { DocRecord, RECORD_TYPES, type DocRecordType } from '../../shared/model/index.ts';
import type { SqlStatement, SqliteDatabase } from './open-database.ts';
import { TABLES, type ColumnSpec, type TableSpec } from './record-tables.ts';
import { rowChecksum } from './row-checksum.ts';

type SqlValue = string | number | null;
type Statement = SqlStatement;

const LONE_SURROGATES = /\p{Cs}/gu;

/** What SQLite keeps of a text value: its UTF-8 encoding turns a lone surrogate into U+FFFD. */
function asStored(value: SqlValue): SqlValue {
  return typeof value === 'string' ? value.replace(LONE_SURROGATES, '\uFFFD') : value;
}

function toColumn(spec: ColumnSpec, value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  switch (spec.kind) {
    case 'boolean':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
    default:
      return value as string | number;
  }
}

function fromColumn(spec: ColumnSpec, value: unknown): unknown {
  if (value === null) return null;
  switch (spec.kind) {
    case 'boolean':
      return value === 1;
    case 'json':
      return JSON.parse(String(value));
    default:
      return value;
  }
}

/** A stored row as the plain record it holds, not yet validated. */
function rowToPlain(spec: TableSpec, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { type: spec.type };
  for (const col of spec.columns) {
    const value = row[col.column];
    if (col.optional && value === null) continue;
    out[col.field] = fromColumn(col, value);
  }
  return out;
}

export class RecordParseError extends Error {
  constructor(
    readonly table: string,
    readonly recordId: string,
    readonly detail: string,
  ) {
    super(`record ${recordId} in table ${table} is invalid: ${detail}`);
  }
}

class TableStatements {
  readonly get: Statement;
  readonly all: Statement;
  readonly insert: Statement;
  readonly update: Statement;
  readonly remove: Statement;
  readonly count: Statement;
  readonly rowidOf: Statement;
  readonly rowidTaken: Statement;
  readonly insertAt: Statement;
  constructor(
    db: SqliteDatabase,
    readonly spec: TableSpec,
  ) {
    const cols = spec.columns.map((c) => c.column);
    const t = spec.table;
    this.get = db.prepare(`SELECT ${cols.join(', ')}, checksum FROM ${t} WHERE id = ?`);
    this.all = db.prepare(`SELECT ${cols.join(', ')}, checksum FROM ${t} ORDER BY rowid`);
    this.insert = db.prepare(`INSERT INTO ${t} (${cols.join(', ')}, checksum) VALUES (${cols.map(() => '?').join(', ')}, ?)`);
    const sets = [...cols.filter((c) => c !== 'id'), 'checksum'].map((c) => `${c} = ?`);
    this.update = db.prepare(`UPDATE ${t} SET ${sets.join(', ')} WHERE id = ?`);
    this.remove = db.prepare(`DELETE FROM ${t} WHERE id = ?`);
    this.count = db.prepare(`SELECT count(*) AS n FROM ${t}`);
    this.rowidOf = db.prepare(`SELECT rowid AS place FROM ${t} WHERE id = ?`);
    this.rowidTaken = db.prepare(`SELECT 1 FROM ${t} WHERE rowid = ?`);
    this.insertAt = db.prepare(`INSERT INTO ${t} (rowid, ${cols.join(', ')}, checksum) VALUES (?, ${cols.map(() => '?').join(', ')}, ?)`);
  }
}

/**
 * Reads and writes document records, one STRICT table per record type, each listed in its rows' order (rowid). A
 * record removed and written again while the project is open (an undo) takes its old row back, so it keeps its place
 * in its list, as the editor shows it, instead of coming back last.
 */
export class RecordRepository {
  private readonly tables = new Map<DocRecordType, TableStatements>();
  /** The row each removed record had, by type and id, for as long as the project is open. */
  private readonly removedRows = new Map<string, number>();

  constructor(db: SqliteDatabase) {
    for (const type of RECORD_TYPES) this.tables.set(type, new TableStatements(db, TABLES[type]));
  }

  private of(type: DocRecordType): TableStatements {
    return this.tables.get(type)!;
  }

  private parse(spec: TableSpec, row: Record<string, unknown>): DocRecord {
    const stored = spec.columns.map((col) => row[col.column] as SqlValue);
    if (row.checksum !== rowChecksum(stored)) {
      throw new RecordParseError(spec.table, String(row.id), "it fails Powerhall's own check: its values do not match the checksum stored with them (the file was damaged, edited by another program, or written wrongly)");
    }
    let plain: Record<string, unknown>;
    try {
      plain = rowToPlain(spec, row);
    } catch (error) {
      throw new RecordParseError(spec.table, String(row.id), error instanceof Error ? error.message : String(error));
    }
    const parsed = DocRecord.safeParse(plain);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new RecordParseError(spec.table, String(row.id), `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
    }
    return parsed.data;
  }

  get(type: DocRecordType, id: string): DocRecord | undefined {
    const t = this.of(type);
    const row = t.get.get(id) as Record<string, unknown> | undefined;
    return row ? this.parse(t.spec, row) : undefined;
  }

  /** The stored record as plain data without schema validation: for comparing with a diff's 'before'. */
  getPlain(type: DocRecordType, id: string): Record<string, unknown> | undefined {
    const t = this.of(type);
    const row = t.get.get(id) as Record<string, unknown> | undefined;
    return row ? rowToPlain(t.spec, row) : undefined;
  }

  /** Every record of every type, each type in its rows' order. */
  all(): DocRecord[] {
    const out: DocRecord[] = [];
    for (const type of RECORD_TYPES) {
      const t = this.of(type);
      for (const row of t.all.iterate() as Iterable<Record<string, unknown>>) out.push(this.parse(t.spec, row));
    }
    return out;
  }

  count(type: DocRecordType): number {
    return (this.of(type).count.get() as { n: number }).n;
  }

  private values(spec: TableSpec, record: DocRecord): SqlValue[] {
    const r = record as unknown as Record<string, unknown>;
    return spec.columns.map((col) => toColumn(col, r[col.field]));
  }

  // The checksum is taken over what SQLite stores, so that a value it cannot keep exactly never bricks the row.
  insert(record: DocRecord): void {
    const t = this.of(record.type);
    const values = this.values(t.spec, record).map(asStored);
    const key = `${record.type}\u0000${record.id}`;
    const place = this.removedRows.get(key);
    this.removedRows.delete(key);
    if (place !== undefined && t.rowidTaken.get(place) === undefined) t.insertAt.run(place, ...values, rowChecksum(values));
    else t.insert.run(...values, rowChecksum(values));
  }

  update(record: DocRecord): void {
    const t = this.of(record.type);
    const values = this.values(t.spec, record).map(asStored);
    t.update.run(...values.slice(1), rowChecksum(values), record.id);
  }

  /** Reads a just-written row back: true when SQLite holds exactly the record's values and a matching checksum. */
  storedAsGiven(record: DocRecord): boolean {
    const t = this.of(record.type);
    const row = t.get.get(record.id) as Record<string, unknown> | undefined;
    if (!row) return false;
    const wanted = this.values(t.spec, record);
    const stored = t.spec.columns.map((col) => row[col.column] as SqlValue);
    return row.checksum === rowChecksum(stored) && stored.every((v, i) => v === wanted[i]);
  }

  remove(record: DocRecord): void {
    const t = this.of(record.type);
    const row = t.rowidOf.get(record.id) as { place: number } | undefined;
    if (row) this.removedRows.set(`${record.type}\u0000${record.id}`, row.place);
    t.remove.run(record.id);
  }
}
