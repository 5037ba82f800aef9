import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import type { ProjectDocument, SavedViewRecord } from '../../shared/model/index.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'store');

function view(doc: ProjectDocument, overrides: Partial<SavedViewRecord> = {}): SavedViewRecord {
  return {
    type: 'savedView',
    id: 'view-1' as SavedViewRecord['id'],
    siteId: doc.site.id,
    name: 'Yard from the north',
    order: 0,
    scenarioId: doc.scenarios[0]!.id,
    caption: 'The yard as built: substation, then the new halls.',
    projection: 'perspective',
    position: { x: 40, y: 60, z: 90 },
    target: { x: 0, y: 0, z: 0 },
    planHalfHeightM: 55,
    ...overrides,
  };
}

describe('migration 0050-saved-views (schema 4 → 5)', () => {
  it('upgrades an older fixture through every step to version 5: its records unchanged, the saved views table empty', async () => {
    const path = tmp.file('v3.powerhall');
    copyFileSync(join(fixtures, 'schema-v3.powerhall'), path);
    const before = new Database(path, { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(3);
    before.close();
    const project = await ProjectService.openUpgrading(path);
    const doc = project.load();
    expect(doc.savedViews).toBeUndefined();
    expect(doc.halls.length).toBeGreaterThan(0);
    project.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
    expect(db.prepare('SELECT count(*) AS n FROM saved_views').get()).toEqual({ n: 0 });
    db.close();
  });

  it('keeps saved views across a reopen, in every field, and refuses one that names a missing scenario, in words', async () => {
    const path = tmp.file('v3.powerhall');
    copyFileSync(join(fixtures, 'schema-v3.powerhall'), path);
    const project = await ProjectService.openUpgrading(path);
    const doc = project.load();
    const first = view(doc);
    const second = view(doc, { id: 'view-2' as SavedViewRecord['id'], order: 1, scenarioId: null, projection: 'plan', caption: '', name: 'Plan' });
    project.applyDiff(project.info().revision, { added: [first, second], updated: [], removed: [] });
    project.close();
    const again = ProjectService.open(path);
    expect(again.load().savedViews).toEqual([first, second]);
    const stray = view(doc, { id: 'view-3' as SavedViewRecord['id'], scenarioId: 'gone' as SavedViewRecord['scenarioId'] });
    expect(() => again.applyDiff(again.info().revision, { added: [stray], updated: [], removed: [] })).toThrow(/scenario gone does not exist/);
    expect(again.load().savedViews).toEqual([first, second]);
    again.close();
  });
});
