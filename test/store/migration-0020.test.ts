import Database from 'better-sqlite3';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import { CURRENT_SCHEMA_VERSION } from '../../main/store/migrations/index.ts';
import { readInterchange } from '../../shared/interchange/interchange-json.ts';
import type { EquipmentRecord, InterconnectRecord, ProjectDocument, SubstationRecord } from '../../shared/model/index.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'store');
const v1Json = () => JSON.parse(readFileSync(join(fixtures, 'schema-v1.expected.json'), 'utf8')) as Record<string, unknown>;

describe('migration 0020-retrofit (schema 1 → 2) and interchange 1 → 2', () => {
  it('upgrades the version-1 fixture: every unit new, no lineage or baseline, no site records, checksums valid', async () => {
    const path = tmp.file('v1.powerhall');
    copyFileSync(join(fixtures, 'schema-v1.powerhall'), path);
    const project = await ProjectService.openUpgrading(path);
    const doc = project.load();
    expect(doc.version).toBe(2);
    expect(doc.equipment.length).toBeGreaterThan(0);
    expect(doc.equipment.every((e) => e.disposition === 'new' && e.originId === undefined && e.nameplate === undefined)).toBe(true);
    expect(doc.scenarios.every((s) => s.baselineScenarioId === undefined)).toBe(true);
    expect(doc.halls.every((h) => h.originId === undefined)).toBe(true);
    expect(doc.substations).toEqual([]);
    expect(doc.interconnects).toEqual([]);
    // The same document as the version-1 JSON export of the fixture, read through the interchange step.
    const read = readInterchange(v1Json());
    expect(read.ok && read.document).toEqual(doc);
    project.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM equipment WHERE disposition = 'new'").get()).toEqual({ n: doc.equipment.length });
    db.close();
  });

  it('takes the new records and fields after the upgrade and keeps them across a reopen', async () => {
    const path = tmp.file('v1.powerhall');
    copyFileSync(join(fixtures, 'schema-v1.powerhall'), path);
    const project = await ProjectService.openUpgrading(path);
    const doc: ProjectDocument = project.load();
    const site = doc.site;
    const substation: SubstationRecord = {
      type: 'substation', id: 'sub-9' as SubstationRecord['id'], siteId: site.id, name: 'Main substation', hvKv: 138, mvKv: 34.5,
      transformerCount: 2, transformerMva: 75, redundancy: 'N+1', ageYears: 12, condition: 'fair',
    };
    const interconnect: InterconnectRecord = {
      type: 'interconnect', id: 'ic-9' as InterconnectRecord['id'], siteId: site.id, name: 'Firm service', firmMw: 150, voltageKv: 138, status: 'queued', date: '2028-01-15',
    };
    const before = doc.equipment[0]!;
    const after: EquipmentRecord = {
      ...before,
      disposition: 'existing',
      nameplate: { kind: 'cdu', rating: { value: 1200, unit: 'kWt', conditions: '35 °C supply, 10 K ΔT' }, flowLpm: 1700, voltageKv: null, supplyC: 35, paths: 1, year: 2020, condition: 'good' },
    };
    const baseline = { ...doc.scenarios[1]!, baselineScenarioId: doc.scenarios[0]!.id };
    project.applyDiff(project.info().revision, { added: [substation, interconnect], updated: [[before, after], [doc.scenarios[1]!, baseline]], removed: [] });
    project.close();
    const again = ProjectService.open(path);
    const reopened = again.load();
    expect(reopened.substations).toEqual([substation]);
    expect(reopened.interconnects).toEqual([interconnect]);
    expect(reopened.equipment[0]).toEqual(after);
    expect(reopened.scenarios[1]!.baselineScenarioId).toBe(doc.scenarios[0]!.id);
    // A reference to a site record that is not there is refused in words.
    expect(() => again.applyDiff(again.info().revision, { added: [{ ...substation, id: 'sub-10' as SubstationRecord['id'], siteId: 'nowhere' as SubstationRecord['siteId'] }], updated: [], removed: [] })).toThrow(
      /site nowhere does not exist/,
    );
    again.close();
  });

  it('reads a version-1 interchange file: units new, empty site records, version 2', () => {
    const read = readInterchange(v1Json());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.document.version).toBe(2);
    expect(read.document.equipment.every((e) => e.disposition === 'new')).toBe(true);
    expect(read.document.substations).toEqual([]);
  });
});
