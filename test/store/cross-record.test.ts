import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/envelope.ts';
import { createProjectFile } from '../../main/store/create-project-file.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import type { EquipmentRecord, HallId, ProjectDocument, ScenarioId } from '../../shared/model/index.ts';
import { equipment, hall, loop, project, scenario } from '../engine/layout-fixture.ts';

// Issue 14, point 12: the meaning across records that the editor keeps, and the server used to accept.
const dir = mkdtempSync(join(tmpdir(), 'powerhall-cross-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OTHER = 'sc-2' as ScenarioId;

function twoScenarios(): ProjectDocument {
  return project({
    scenarios: [scenario, { ...scenario, id: OTHER, name: 'Phase 2', order: 1 }],
    halls: [hall('h1'), { ...hall('h2'), scenarioId: OTHER }],
    equipment: [{ ...equipment('cdu', 'cdu-inrow-600kw', 'h1'), position: { x: 30, y: 20 } }, { ...equipment('ups', 'ups-1250kw'), position: { x: 0, y: 60 } }],
    coolingLoops: [loop('l1', 'h1', ['cdu'])],
  });
}

let n = 0;
function open(doc: ProjectDocument): ProjectService {
  const path = join(dir, `p${(n += 1)}.powerhall`);
  createProjectFile(path, doc, 'test');
  return ProjectService.open(path);
}

function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('cross-record invariants on every diff and on create', () => {
  it('refuses equipment of one scenario placed in another scenario\'s hall, and changes nothing', () => {
    const project = open(twoScenarios());
    const before = project.load();
    const moved: EquipmentRecord = { ...before.equipment[0]!, hallId: 'h2' as HallId };
    const error = refusal(() => project.applyDiff(project.info().revision, { added: [], updated: [[before.equipment[0]!, moved]], removed: [] }));
    expect(error.code).toBe('bad-request');
    expect(error.message).toMatch(/of another scenario/);
    expect(project.load()).toEqual(before);
    project.close();
  });

  it('refuses a loop whose CDU list holds a UPS module', () => {
    const project = open(twoScenarios());
    const before = project.load();
    const bad = { ...before.coolingLoops[0]!, cduIds: [...before.coolingLoops[0]!.cduIds, 'ups' as never] };
    const error = refusal(() => project.applyDiff(project.info().revision, { added: [], updated: [[before.coolingLoops[0]!, bad]], removed: [] }));
    expect(error.message).toMatch(/lists ups \(ups\) among its CDUs/);
    expect(project.load()).toEqual(before);
    project.close();
  });

  it('never creates a file it would refuse to open', () => {
    const doc = twoScenarios();
    const broken = { ...doc, coolingLoops: [{ ...doc.coolingLoops[0]!, cduIds: ['ups' as never] }] };
    const error = refusal(() => createProjectFile(join(dir, 'never.powerhall'), broken, 'test'));
    expect(error.message).toMatch(/^The project was not created: coolingLoop Loop l1 lists ups/);
  });
});
