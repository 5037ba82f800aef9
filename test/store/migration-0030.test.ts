import Database from 'better-sqlite3';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import { readInterchange } from '../../shared/interchange/interchange-json.ts';
import type { HallConstructionRecord, ProjectDocument, WaterSupplyRecord } from '../../shared/model/index.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'store');
const json = (version: number) => JSON.parse(readFileSync(join(fixtures, `schema-v${version}.expected.json`), 'utf8')) as Record<string, unknown>;
const SITE_LISTS = ['waterSupplies', 'fibreRoutes', 'landParcels', 'approvals', 'labour', 'hallConstructions'] as const;

describe('migration 0030-site-as-built (schema 2 → 3); interchange stays at version 2', () => {
  it('upgrades the version-2 fixture: its records unchanged, the new tables empty, checksums valid', async () => {
    const path = tmp.file('v2.powerhall');
    copyFileSync(join(fixtures, 'schema-v2.powerhall'), path);
    const project = await ProjectService.openUpgrading(path);
    const doc = project.load();
    const read = readInterchange(json(2));
    expect(read.ok && read.document).toEqual(doc);
    for (const list of SITE_LISTS) expect(doc[list]).toBeUndefined();
    project.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(3);
    for (const table of ['water_supplies', 'fibre_routes', 'land_parcels', 'approvals', 'labour', 'hall_constructions']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    db.close();
  });

  it('takes the site-as-built records after the upgrade, keeps them across a reopen and refuses broken ones in words', async () => {
    const path = tmp.file('v2.powerhall');
    copyFileSync(join(fixtures, 'schema-v2.powerhall'), path);
    const project = await ProjectService.openUpgrading(path);
    const doc: ProjectDocument = project.load();
    const water: WaterSupplyRecord = { type: 'waterSupply', id: 'w-1' as WaterSupplyRecord['id'], siteId: doc.site.id, name: 'Well field', source: 'groundwater', rightsM3PerDay: 950, heatRejection: 'cooling-towers' };
    const construction: HallConstructionRecord = {
      type: 'hallConstruction', id: 'hc-9' as HallConstructionRecord['id'], hallId: doc.halls[0]!.id, name: 'Hall building', roofLoadKgPerM2: 30, envelope: 'insulated', fireRatingHours: 2, occupancy: 'S-1', yearBuilt: null,
    };
    project.applyDiff(project.info().revision, { added: [water, construction], updated: [], removed: [] });
    project.close();
    const again = ProjectService.open(path);
    const reopened = again.load();
    expect(reopened.waterSupplies).toEqual([water]);
    expect(reopened.hallConstructions).toEqual([construction]);
    expect(() => again.applyDiff(again.info().revision, { added: [{ ...construction, id: 'hc-10' as HallConstructionRecord['id'], hallId: 'nowhere' as HallConstructionRecord['hallId'] }], updated: [], removed: [] })).toThrow(
      /hall nowhere does not exist/,
    );
    expect(() => again.applyDiff(again.info().revision, { added: [{ ...construction, id: 'hc-11' as HallConstructionRecord['id'] }], updated: [], removed: [] })).toThrow();
    expect(again.load().hallConstructions).toEqual([construction]);
    // Deleting the hall deletes its construction (the relations table's cascade).
    const hall = reopened.halls[0]!;
    const inHall = [...reopened.rows.filter((r) => r.hallId === hall.id), ...reopened.coolingLoops.filter((l) => l.hallId === hall.id), ...reopened.powerFeeds.filter((f) => f.hallId === hall.id), ...reopened.equipment.filter((e) => e.hallId === hall.id)];
    const rowIds = new Set(inHall.filter((r) => r.type === 'row').map((r) => r.id));
    const racks = reopened.racks.filter((r) => rowIds.has(r.rowId));
    again.applyDiff(again.info().revision, { added: [], updated: [], removed: [hall, ...inHall, ...racks, construction] });
    expect(again.load().hallConstructions).toBeUndefined();
    again.close();
  });

  it('reads a version-2 interchange file written before the site-as-built lists unchanged, and one with them', () => {
    const before = readInterchange(json(2));
    expect(before.ok).toBe(true);
    if (!before.ok) return;
    expect(before.document.version).toBe(2);
    for (const list of SITE_LISTS) expect(before.document[list]).toBeUndefined();
    const withLists = readInterchange(json(3));
    expect(withLists.ok).toBe(true);
    if (!withLists.ok) return;
    expect(withLists.document.version).toBe(2);
    expect(withLists.document.fibreRoutes?.[0]?.darkPairs).toBe(24);
    expect(withLists.document.hallConstructions?.[0]?.occupancy).toBe('F-1');
  });

  it('refuses a site-as-built record out of its limits, naming the field', () => {
    const value = json(3);
    const fibre = (value.fibreRoutes as Record<string, unknown>[])[0]!;
    const read = readInterchange({ ...value, fibreRoutes: [{ ...fibre, darkPairs: -2 }] });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toMatch(/fibreRoutes\.0\.darkPairs/);
  });
});
