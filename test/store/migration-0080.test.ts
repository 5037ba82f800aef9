import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'store');

function openV7() {
  const path = tmp.file('v7.powerhall');
  copyFileSync(join(fixtures, 'schema-v7.powerhall'), path);
  return { path, project: ProjectService.openUpgrading(path) };
}

describe('migration 0080-phase-inputs (schema 7 → 8)', () => {
  it('upgrades a version-7 file: no hall profile, power-cap preset or delivery date is stored, and every row passes its checksum', async () => {
    const { path, project: opening } = openV7();
    const project = await opening;
    const doc = project.load();
    expect(doc.halls.length).toBeGreaterThan(0);
    expect(doc.halls.every((h) => h.aiProfile === undefined)).toBe(true);
    expect(doc.racks.every((r) => r.powerCapPresetId === undefined)).toBe(true);
    expect(doc.equipment.every((e) => e.deliveryDate === undefined)).toBe(true);
    expect(project.integrityCheck()).toEqual(['ok']);
    project.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(8);
    for (const [table, column] of [['halls', 'ai_profile'], ['racks', 'power_cap_preset_id'], ['equipment', 'delivery_date']]) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${column} IS NOT NULL`).get()).toEqual({ n: 0 });
    }
    db.close();
  });

  it('stores the three new fields across a reopen and refuses a delivery date that is not a calendar day, keeping the stored one', async () => {
    const { path, project: opening } = openV7();
    const project = await opening;
    const doc = project.load();
    const hall = doc.halls[0]!;
    const rack = doc.racks[0]!;
    const unit = doc.equipment[0]!;
    const profile = { kind: 'inference' as const, peakUtilisationPct: 0.9, troughUtilisationPct: 0.5, peakHourOfDay: 14, weekendPct: 0.8 };
    project.applyDiff(project.info().revision, {
      added: [],
      removed: [],
      updated: [
        [hall, { ...hall, aiProfile: profile }],
        [rack, { ...rack, powerCapPresetId: 'max-q' }],
        [unit, { ...unit, deliveryDate: '2027-03-15' }],
      ],
    });
    project.close();
    const again = ProjectService.open(path);
    const stored = again.load();
    expect(stored.halls.find((h) => h.id === hall.id)!.aiProfile).toEqual(profile);
    expect(stored.racks.find((r) => r.id === rack.id)!.powerCapPresetId).toBe('max-q');
    const storedUnit = stored.equipment.find((e) => e.id === unit.id)!;
    expect(storedUnit.deliveryDate).toBe('2027-03-15');
    expect(() => again.applyDiff(again.info().revision, { added: [], removed: [], updated: [[storedUnit, { ...storedUnit, deliveryDate: '2027-02-30' }]] })).toThrow();
    expect(again.load().equipment.find((e) => e.id === unit.id)!.deliveryDate).toBe('2027-03-15');
    again.close();
  });
});
