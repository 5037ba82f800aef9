import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultEconomicsInputs } from '../../shared/analysis/economics/index.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { deleteScenarioDiff, type EconomicsRecord, type ProjectDocument } from '../../shared/model/index.ts';
import { useTempDir } from './temp-dir.ts';
import type { ApiError } from '../../shared/contract/envelope.ts';

const tmp = useTempDir();
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'store');

async function upgradedV2() {
  const path = tmp.file('v2.powerhall');
  copyFileSync(join(fixtures, 'schema-v2.powerhall'), path);
  return { path, project: await ProjectService.openUpgrading(path) };
}

/** The messages a refused edit carries, field by field. */
function refusal(edit: () => unknown): string {
  try {
    edit();
  } catch (error) {
    return [(error as ApiError).message, ...((error as ApiError).issues ?? []).map((i) => i.message)].join(' | ');
  }
  throw new Error('the edit was not refused');
}

const recordFor = (doc: ProjectDocument, id = 'econ-1'): EconomicsRecord => ({
  type: 'economics',
  id: id as EconomicsRecord['id'],
  scenarioId: doc.scenarios[0]!.id,
  inputs: { ...defaultEconomicsInputs(), power: { kind: 'flat', usdPerKwh: 0.052 } },
});

describe('migration 0040-economics-inputs (schema version 4)', () => {
  it('upgrades the version-2 fixture through version 4: an empty economics_inputs table, the document unchanged', async () => {
    const { path, project } = await upgradedV2();
    const doc = project.load();
    expect(doc.economics).toBeUndefined();
    project.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
    expect(db.prepare('SELECT count(*) AS n FROM economics_inputs').get()).toEqual({ n: 0 });
    db.close();
  });

  it("keeps a scenario's inputs across a reopen, refuses bad ones in words and a second set for one scenario, and deletes them with the scenario", async () => {
    const { path, project } = await upgradedV2();
    const doc = project.load();
    const record = recordFor(doc);
    project.applyDiff(project.info().revision, { added: [record], updated: [], removed: [] });
    project.close();
    const again = ProjectService.open(path);
    const reopened = again.load();
    expect(reopened.economics).toEqual([record]);
    const negative = { ...record, inputs: { ...record.inputs, power: { kind: 'flat' as const, usdPerKwh: -0.01 } } };
    expect(refusal(() => again.applyDiff(again.info().revision, { added: [], updated: [[record, negative]], removed: [] }))).toMatch(/Power price \(\$\/kWh\) must be between 0 and 10; got -0\.01/);
    const longTenor = { ...record, inputs: { ...record.inputs, revenue: { ...record.inputs.revenue, leaseTermYears: 5 } } };
    expect(refusal(() => again.applyDiff(again.info().revision, { added: [], updated: [[record, longTenor]], removed: [] }))).toMatch(/Debt tenor \(years\) must not be longer than the lease term \(5 years\)/);
    expect(refusal(() => again.applyDiff(again.info().revision, { added: [recordFor(reopened, 'econ-2')], updated: [], removed: [] }))).toMatch(/already has economics inputs/);
    expect(again.load().economics).toEqual([record]);
    // The fixture has a second scenario, so the first may go, and its inputs with it (the relation cascades).
    expect(reopened.scenarios.length).toBeGreaterThan(1);
    again.applyDiff(again.info().revision, deleteScenarioDiff(again.load(), reopened.scenarios[0]!.id));
    expect(again.load().economics).toBeUndefined();
    again.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM economics_inputs').get()).toEqual({ n: 0 });
    db.close();
  });
});
