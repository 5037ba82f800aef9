import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/contract/envelope.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { CURRENT_SCHEMA_VERSION } from '../../main/store/migrations/index.ts';
import type { ProjectDocument, RecordOfType } from '../../shared/model/index.ts';
import { UNDERLAY_MAX_BYTES, underlayTooLarge } from '../../shared/model/underlay-records.ts';
import { drawingPng } from '../support/underlay-png.ts';
import { useTempDir } from './temp-dir.ts';

type UnderlayRecord = RecordOfType<'underlay'>;
const tmp = useTempDir();
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'store');

function underlay(doc: ProjectDocument, overrides: Partial<UnderlayRecord> = {}): UnderlayRecord {
  return {
    type: 'underlay',
    id: 'underlay-1' as UnderlayRecord['id'],
    hallId: doc.halls[0]!.id,
    name: 'Ground floor as built',
    source: 'png',
    data: drawingPng().toString('base64'),
    widthUnits: 64,
    heightUnits: 48,
    origin: { x: 1.5, y: -2 },
    rotationDeg: 0,
    metresPerUnit: 0.25,
    opacity: 0.6,
    locked: true,
    ...overrides,
  };
}

async function upgradedV5(): Promise<{ path: string; project: ProjectService }> {
  const path = tmp.file('v5.powerhall');
  copyFileSync(join(fixtures, 'schema-v5.powerhall'), path);
  return { path, project: await ProjectService.openUpgrading(path) };
}

describe('migration 0060-underlays (schema 5 → 6)', () => {
  it('upgrades the version 5 fixture through 6 to the current version: its records unchanged, the underlays table empty', async () => {
    const copy = tmp.file('v5-as-shipped.powerhall');
    copyFileSync(join(fixtures, 'schema-v5.powerhall'), copy);
    const before = new Database(copy, { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(5);
    before.close();
    const { path, project } = await upgradedV5();
    const doc = project.load();
    expect(doc.underlays).toBeUndefined();
    expect(doc.savedViews?.length).toBeGreaterThan(0);
    project.close();
    const db = new Database(path, { readonly: true });
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(6);
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) AS n FROM underlays').get()).toEqual({ n: 0 });
    db.close();
  });

  it('keeps an underlay and its bytes across a reopen, byte for byte', async () => {
    const { path, project } = await upgradedV5();
    const first = underlay(project.load());
    project.applyDiff(project.info().revision, { added: [first], updated: [], removed: [] });
    project.close();
    const again = ProjectService.open(path);
    const [read] = again.load().underlays ?? [];
    expect(read).toEqual(first);
    expect(Buffer.from(read!.data, 'base64').equals(drawingPng())).toBe(true);
    again.close();
  });

  it('refuses a drawing over the size limit in words and writes nothing', async () => {
    const { path, project } = await upgradedV5();
    const doc = project.load();
    const revision = project.info().revision;
    const big = underlay(doc, { data: Buffer.alloc(UNDERLAY_MAX_BYTES + 3, 7).toString('base64') });
    const refusal = (() => {
      try {
        project.applyDiff(revision, { added: [big], updated: [], removed: [] });
        return null;
      } catch (e) {
        return e as ApiError;
      }
    })();
    expect(refusal?.issues?.map((i) => i.message)).toEqual([underlayTooLarge()]);
    expect(underlayTooLarge()).toBe('The drawing is larger than the 2 MB an underlay holds. Save a smaller copy (fewer pixels, or the DXF without hatching and text) and import that.');
    expect(project.info().revision).toBe(revision);
    project.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM underlays').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses an underlay under a missing hall, in words', async () => {
    const { project } = await upgradedV5();
    const stray = underlay(project.load(), { hallId: 'gone' as UnderlayRecord['hallId'] });
    expect(() => project.applyDiff(project.info().revision, { added: [stray], updated: [], removed: [] })).toThrow(/hall gone does not exist/);
    project.close();
  });
});
