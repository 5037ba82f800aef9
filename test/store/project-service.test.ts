import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/envelope.ts';
import type { DocumentDiff, RackRecord, ScenarioRecord } from '../../shared/model/index.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { POWERHALL_APPLICATION_ID } from '../../main/store/pragmas.ts';
import { CURRENT_SCHEMA_VERSION } from '../../main/store/migrations/index.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('ProjectService', () => {
  it('creates a project file with its id, schema version, STRICT tables and pragmas, and loads the same document', () => {
    const doc = sampleDocument();
    const path = tmp.file('a.powerhall');
    const project = ProjectService.create(path, doc);
    expect(project.load()).toEqual(doc);
    expect(project.info()).toEqual({ path, name: doc.site.name, readOnlyReason: null, revision: 0 });
    const db = (project as unknown as { store: { db: Database.Database } }).store.db;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(db.pragma('mmap_size', { simple: true })).toBe(0);
    expect(db.pragma('cell_size_check', { simple: true })).toBe(1);
    project.close();

    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(POWERHALL_APPLICATION_ID);
    expect(raw.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    const tables = raw.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string; strict: number }>;
    expect(tables.map((t) => t.name).sort()).toEqual(['approvals', 'cooling_loops', 'economics_inputs', 'equipment', 'fibre_routes', 'hall_constructions', 'hall_rows', 'halls', 'interconnects', 'labour', 'land_parcels', 'meta', 'power_feeds', 'racks', 'saved_views', 'scenarios', 'site', 'substations', 'underlays', 'water_supplies']);
    expect(tables.every((t) => t.strict === 1)).toBe(true);
    raw.close();

    const reopened = ProjectService.open(path);
    expect(reopened.load()).toEqual(doc);
    reopened.close();
  });

  it('refuses to create over an existing path', () => {
    const path = tmp.file('a.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    expect(apiError(() => ProjectService.create(path, sampleDocument())).code).toBe('conflict');
  });

  it('persists a diff in one transaction and bumps the revision', () => {
    const doc = sampleDocument();
    const path = tmp.file('a.powerhall');
    const project = ProjectService.create(path, doc);
    const rack = doc.racks[0]!;
    const moved: RackRecord = { ...rack, slot: 8 };
    expect(project.applyDiff(0, { added: [], updated: [[rack, moved]], removed: [] })).toEqual({ revision: 1 });
    project.close();
    const again = ProjectService.open(path);
    expect(again.info().revision).toBe(1);
    expect(again.load().racks.find((r) => r.id === rack.id)).toEqual(moved);
    again.close();
  });

  it('rejects a stale base revision with conflict and writes nothing', () => {
    const doc = sampleDocument();
    const project = ProjectService.create(tmp.file('a.powerhall'), doc);
    const rack = doc.racks[0]!;
    project.applyDiff(0, { added: [], updated: [[rack, { ...rack, label: 'x' }]], removed: [] });
    const error = apiError(() => project.applyDiff(0, { added: [], updated: [[rack, { ...rack, label: 'y' }]], removed: [] }));
    expect(error.code).toBe('conflict');
    expect(project.load().racks[0]!.label).toBe('x');
    project.close();
  });

  it('rejects a diff whose before does not match, or that breaks references, as a whole', () => {
    const doc = sampleDocument();
    const project = ProjectService.create(tmp.file('a.powerhall'), doc);
    const [a, b] = doc.racks as [RackRecord, RackRecord];
    const cases: DocumentDiff[] = [
      { added: [], updated: [[{ ...a, label: 'not stored' }, { ...a, label: 'new' }]], removed: [] },
      { added: [], updated: [[a, { ...a, label: 'ok' }], [b, { ...b, slot: a.slot }]], removed: [] },
      { added: [], updated: [[a, { ...a, slot: 99 }]], removed: [] },
      { added: [{ ...a, id: 'rack-new' as RackRecord['id'], rowId: 'row-missing' as RackRecord['rowId'], slot: 9 }], updated: [], removed: [] },
      { added: [], updated: [], removed: [doc.rows[0]!] },
      { added: [], updated: [], removed: [doc.equipment[0]!] },
      { added: [], updated: [], removed: [doc.site] },
      { added: [], updated: [], removed: [doc.scenarios[1]!] },
      { added: [a], updated: [], removed: [] },
    ];
    const messages = cases.map((diff) => {
      const error = apiError(() => project.applyDiff(0, diff));
      expect(error.code).toBe('bad-request');
      return error.issues[0]!.message;
    });
    expect(messages).toEqual([
      `rack ${a.id} has changed since this edit was made`,
      `slot ${a.slot} of row ${a.rowId} is already taken by rack ${b.id}`,
      `slot 99 is beyond row ${a.rowId}'s 10 slots`,
      'row row-missing does not exist',
      `row ${doc.rows[0]!.id} is still used by rack ${a.id}`,
      `equipment ${doc.equipment[0]!.id} is still used by cooling loop loop-1`,
      'the site record can be changed but not added or removed',
      'scenario scn-1 is still used by hall hall-1',
      `rack ${a.id} already exists`,
    ]);
    expect(project.load()).toEqual(doc);
    expect(project.info().revision).toBe(0);
    project.close();
  });

  it('swaps two racks, and removes a row with its racks, in one diff each', () => {
    const doc = sampleDocument();
    const project = ProjectService.create(tmp.file('a.powerhall'), doc);
    const [a, b] = doc.racks as [RackRecord, RackRecord];
    project.applyDiff(0, { added: [], updated: [[a, { ...a, slot: b.slot }], [b, { ...b, slot: a.slot }]], removed: [] });
    const row = doc.rows[1]!;
    const racks = doc.racks.filter((r) => r.rowId === row.id);
    expect(project.applyDiff(1, { added: [], updated: [], removed: [...racks, row] })).toEqual({ revision: 2 });
    const loaded = project.load();
    expect(loaded.rows.map((r) => r.id)).toEqual([doc.rows[0]!.id]);
    expect(loaded.racks.find((r) => r.id === a.id)!.slot).toBe(b.slot);
    project.close();
  });

  it('keeps scenarios as records: add, rename and delete are diffs', () => {
    const doc = sampleDocument();
    const project = ProjectService.create(tmp.file('a.powerhall'), doc);
    const phase2: ScenarioRecord = { ...doc.scenarios[1]!, id: 'scn-2' as ScenarioRecord['id'], name: 'Phase 2', order: 2 };
    project.applyDiff(0, { added: [phase2], updated: [], removed: [] });
    project.applyDiff(1, { added: [], updated: [[phase2, { ...phase2, name: 'Phase 2 (liquid)' }]], removed: [] });
    expect(project.load().scenarios.map((s) => s.name)).toEqual(['As-is mining', 'Phase 1', 'Phase 2 (liquid)']);
    project.applyDiff(2, { added: [], updated: [], removed: [{ ...phase2, name: 'Phase 2 (liquid)' }] });
    expect(project.load().scenarios).toHaveLength(2);
    project.close();
  });
});
