import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'store');

describe('migration 0070-dc-distribution (schema 6 → 7)', () => {
  it('upgrades a version-6 file: its scenarios keep the threshold rule (no choice stored) and pass their checksums', async () => {
    const path = tmp.file('v6.powerhall');
    copyFileSync(join(fixtures, 'schema-v6.powerhall'), path);
    const project = await ProjectService.openUpgrading(path);
    expect(project.load().scenarios.every((s) => s.dcDistribution === undefined)).toBe(true);
    expect(project.integrityCheck()).toEqual(['ok']);
    project.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7);
    expect(db.prepare('SELECT count(*) AS n FROM scenarios WHERE dc_distribution IS NOT NULL').get()).toEqual({ n: 0 });
    db.close();
  });

  it("stores a scenario's 800 VDC choice across a reopen and refuses one it does not know, naming the field", async () => {
    const path = tmp.file('v6.powerhall');
    copyFileSync(join(fixtures, 'schema-v6.powerhall'), path);
    const project = await ProjectService.openUpgrading(path);
    const scenario = project.load().scenarios[0]!;
    project.applyDiff(project.info().revision, { added: [], removed: [], updated: [[scenario, { ...scenario, dcDistribution: 'sidecar' }]] });
    project.close();
    const again = ProjectService.open(path);
    const stored = again.load().scenarios[0]!;
    expect(stored.dcDistribution).toBe('sidecar');
    expect(() => again.applyDiff(again.info().revision, { added: [], removed: [], updated: [[stored, { ...stored, dcDistribution: '1500vdc' as never }]] })).toThrow();
    expect(again.load().scenarios[0]!.dcDistribution).toBe('sidecar');
    again.close();
  });
});
