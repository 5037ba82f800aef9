import type { ApiIssue } from '../../shared/contract/envelope.ts';
import { RECORD_LABELS, RELATIONS, referencedIds, relationsFrom, type DocRecord, type DocumentDiff } from '../../shared/model/index.ts';
import type { SqlStatement, SqliteDatabase } from './open-database.ts';
import { TABLES } from './record-tables.ts';

type Statement = SqlStatement;

/**
 * Checks, inside the transaction and after a diff is applied, only what that diff could have broken:
 * the references its new and changed records make, and the references to the records it removed.
 * Cost grows with the diff, not with the project, so a one-rack move stays cheap in a 10,000-rack file.
 */
export class ReferenceChecks {
  private readonly exists: Record<string, Statement>;
  private readonly referrers: Array<{ type: string; label: string; stmt: Statement }>;
  private readonly rowSlotCount: Statement;
  private readonly slotTaken: Statement;
  private readonly racksBeyond: Statement;
  private readonly scenarioCount: Statement;
  private readonly otherEconomics: Statement;

  constructor(db: SqliteDatabase) {
    // Which table holds a type, and which column a field: generated from the relations table and the table specs.
    this.exists = Object.fromEntries(Object.values(TABLES).map((t) => [t.type, db.prepare(`SELECT 1 FROM ${t.table} WHERE id = ?`)]));
    this.referrers = RELATIONS.map((r) => {
      const table = TABLES[r.from];
      const column = table.columns.find((c) => c.field === r.field);
      if (!column) throw new Error(`no column stores ${r.from}.${r.field}`);
      const sql = r.many
        ? `SELECT t.id FROM ${table.table} t, json_each(t.${column.column}) j WHERE j.value = ? LIMIT 1`
        : `SELECT id FROM ${table.table} WHERE ${column.column} = ? LIMIT 1`;
      return { type: r.to, label: RECORD_LABELS[r.from], stmt: db.prepare(sql) };
    });
    this.rowSlotCount = db.prepare('SELECT slot_count FROM hall_rows WHERE id = ?');
    this.slotTaken = db.prepare('SELECT id FROM racks WHERE row_id = ? AND slot = ? AND id <> ? LIMIT 1');
    this.racksBeyond = db.prepare('SELECT id, slot FROM racks WHERE row_id = ? AND slot >= ? LIMIT 1');
    this.scenarioCount = db.prepare('SELECT count(*) AS n FROM scenarios');
    this.otherEconomics = db.prepare('SELECT id FROM economics_inputs WHERE scenario_id = ? AND id <> ? LIMIT 1');
  }

  private has(type: string, id: string): boolean {
    return this.exists[type]!.get(id) !== undefined;
  }

  private outgoing(record: DocRecord, path: string, issues: ApiIssue[]): void {
    for (const r of relationsFrom(record.type)) {
      referencedIds(record, r).forEach((id, i) => {
        if (!this.has(r.to, id)) issues.push({ path: `${path}.${r.field}${r.many ? `.${i}` : ''}`, message: `${RECORD_LABELS[r.to]} ${id} does not exist` });
      });
    }
    // What the relations cannot say: a rack in a real, free slot of its row, and no rack beyond a row's slots.
    if (record.type === 'row') {
      const beyond = this.racksBeyond.get(record.id, record.slotCount) as { id: string; slot: number } | undefined;
      if (beyond) issues.push({ path: `${path}.slotCount`, message: `rack ${beyond.id} sits in slot ${beyond.slot}, beyond the row's ${record.slotCount} slots` });
    } else if (record.type === 'rack') {
      const row = this.rowSlotCount.get(record.rowId) as { slot_count: number } | undefined;
      if (row && record.slot >= row.slot_count) {
        issues.push({ path: `${path}.slot`, message: `slot ${record.slot} is beyond row ${record.rowId}'s ${row.slot_count} slots` });
      }
      const other = this.slotTaken.get(record.rowId, record.slot, record.id) as { id: string } | undefined;
      if (other) issues.push({ path: `${path}.slot`, message: `slot ${record.slot} of row ${record.rowId} is already taken by rack ${other.id}` });
    } else if (record.type === 'economics') {
      const other = this.otherEconomics.get(record.scenarioId, record.id) as { id: string } | undefined;
      if (other) issues.push({ path: `${path}.scenarioId`, message: `scenario ${record.scenarioId} already has economics inputs (${other.id}); a scenario has one set` });
    }
  }

  private incoming(record: DocRecord, path: string, issues: ApiIssue[]): void {
    if (this.has(record.type, record.id)) return;
    for (const r of this.referrers) {
      if (r.type !== record.type) continue;
      const hit = r.stmt.get(record.id) as { id: string } | undefined;
      if (hit) issues.push({ path, message: `${record.type} ${record.id} is still used by ${r.label} ${hit.id}` });
    }
  }

  check(diff: DocumentDiff): ApiIssue[] {
    const issues: ApiIssue[] = [];
    diff.added.forEach((r, i) => this.outgoing(r, `added.${i}`, issues));
    diff.updated.forEach(([, after], i) => this.outgoing(after, `updated.${i}.1`, issues));
    diff.removed.forEach((r, i) => this.incoming(r, `removed.${i}`, issues));
    if (diff.removed.some((r) => r.type === 'scenario') && (this.scenarioCount.get() as { n: number }).n === 0) {
      issues.push({ path: 'removed', message: 'a project needs at least one scenario' });
    }
    return issues;
  }
}
