import type { ApiIssue } from '../../shared/contract/envelope.ts';
import type { DocRecord, DocumentDiff } from '../../shared/model/index.ts';
import type { SqlStatement, SqliteDatabase } from './open-database.ts';

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

  constructor(db: SqliteDatabase) {
    const ex = (table: string) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`);
    this.exists = {
      site: ex('site'),
      rack: ex('racks'),
      scenario: ex('scenarios'),
      hall: ex('halls'),
      row: ex('hall_rows'),
      equipment: ex('equipment'),
      coolingLoop: ex('cooling_loops'),
      powerFeed: ex('power_feeds'),
      substation: ex('substations'),
      interconnect: ex('interconnects'),
    };
    const ref = (type: string, table: string, label: string, where: string) => ({
      type,
      label,
      stmt: db.prepare(`SELECT id FROM ${table} WHERE ${where} LIMIT 1`),
    });
    this.referrers = [
      ref('scenario', 'halls', 'hall', 'scenario_id = ?'),
      ref('scenario', 'equipment', 'equipment', 'scenario_id = ?'),
      ref('hall', 'hall_rows', 'row', 'hall_id = ?'),
      ref('hall', 'equipment', 'equipment', 'hall_id = ?'),
      ref('hall', 'cooling_loops', 'cooling loop', 'hall_id = ?'),
      ref('hall', 'power_feeds', 'power feed', 'hall_id = ?'),
      ref('row', 'racks', 'rack', 'row_id = ?'),
      ref('coolingLoop', 'hall_rows', 'row', 'cooling_loop_id = ?'),
      ref('powerFeed', 'hall_rows', 'row', '? IN (feed_a_id, feed_b_id)'),
      ref('scenario', 'scenarios', 'scenario (as its baseline)', 'baseline_scenario_id = ?'),
      {
        type: 'equipment',
        label: 'cooling loop',
        stmt: db.prepare('SELECT l.id FROM cooling_loops l, json_each(l.cdu_ids) j WHERE j.value = ? LIMIT 1'),
      },
      {
        type: 'equipment',
        label: 'power feed',
        stmt: db.prepare('SELECT f.id FROM power_feeds f, json_each(f.ups_ids) j WHERE j.value = ? LIMIT 1'),
      },
    ];
    this.rowSlotCount = db.prepare('SELECT slot_count FROM hall_rows WHERE id = ?');
    this.slotTaken = db.prepare('SELECT id FROM racks WHERE row_id = ? AND slot = ? AND id <> ? LIMIT 1');
    this.racksBeyond = db.prepare('SELECT id, slot FROM racks WHERE row_id = ? AND slot >= ? LIMIT 1');
    this.scenarioCount = db.prepare('SELECT count(*) AS n FROM scenarios');
  }

  private has(type: string, id: string): boolean {
    return this.exists[type]!.get(id) !== undefined;
  }

  private outgoing(record: DocRecord, path: string, issues: ApiIssue[]): void {
    const need = (type: string, field: string, id: string | null | undefined, what: string) => {
      if (id !== null && id !== undefined && !this.has(type, id)) issues.push({ path: `${path}.${field}`, message: `${what} ${id} does not exist` });
    };
    switch (record.type) {
      case 'hall':
        need('scenario', 'scenarioId', record.scenarioId, 'scenario');
        break;
      case 'row': {
        need('hall', 'hallId', record.hallId, 'hall');
        need('coolingLoop', 'coolingLoopId', record.coolingLoopId, 'cooling loop');
        need('powerFeed', 'feedAId', record.feedAId, 'power feed');
        need('powerFeed', 'feedBId', record.feedBId, 'power feed');
        const beyond = this.racksBeyond.get(record.id, record.slotCount) as { id: string; slot: number } | undefined;
        if (beyond) {
          issues.push({ path: `${path}.slotCount`, message: `rack ${beyond.id} sits in slot ${beyond.slot}, beyond the row's ${record.slotCount} slots` });
        }
        break;
      }
      case 'rack': {
        need('row', 'rowId', record.rowId, 'row');
        const row = this.rowSlotCount.get(record.rowId) as { slot_count: number } | undefined;
        if (row && record.slot >= row.slot_count) {
          issues.push({ path: `${path}.slot`, message: `slot ${record.slot} is beyond row ${record.rowId}'s ${row.slot_count} slots` });
        }
        const other = this.slotTaken.get(record.rowId, record.slot, record.id) as { id: string } | undefined;
        if (other) issues.push({ path: `${path}.slot`, message: `slot ${record.slot} of row ${record.rowId} is already taken by rack ${other.id}` });
        break;
      }
      case 'equipment':
        need('scenario', 'scenarioId', record.scenarioId, 'scenario');
        need('hall', 'hallId', record.hallId, 'hall');
        break;
      case 'coolingLoop':
        need('hall', 'hallId', record.hallId, 'hall');
        record.cduIds.forEach((id, i) => need('equipment', `cduIds.${i}`, id, 'equipment'));
        break;
      case 'powerFeed':
        need('hall', 'hallId', record.hallId, 'hall');
        record.upsIds.forEach((id, i) => need('equipment', `upsIds.${i}`, id, 'equipment'));
        break;
      case 'scenario':
        need('scenario', 'baselineScenarioId', record.baselineScenarioId, 'baseline scenario');
        break;
      case 'substation':
      case 'interconnect':
        need('site', 'siteId', record.siteId, 'site');
        break;
      case 'site':
        break;
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
