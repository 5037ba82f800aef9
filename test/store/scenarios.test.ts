import { describe, expect, it } from 'vitest';
import { checkDocumentIntegrity } from '../../shared/model/integrity.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { freshId } from '../../main/services/fresh-id.ts';
import { createScenarioDiff, deleteScenarioDiff, duplicateScenarioDiff, renameScenarioDiff } from '../../shared/model/scenario-diffs.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();

describe('scenarios', () => {
  it('duplicate a full layout under fresh ids with every reference remapped, then rename and delete', () => {
    const project = ProjectService.create(tmp.file('p.powerhall'), sampleDocument());
    let doc = project.load();
    const phase1 = doc.scenarios[1]!;
    project.applyDiff(0, duplicateScenarioDiff(doc, phase1.id, 'Phase 2', freshId));
    doc = project.load();
    expect(checkDocumentIntegrity(doc)).toEqual([]);
    const phase2 = doc.scenarios.find((s) => s.name === 'Phase 2')!;
    expect(phase2.order).toBe(2);
    const hall2 = doc.halls.find((h) => h.scenarioId === phase2.id)!;
    expect(hall2.id).not.toBe('hall-1');
    const rows2 = doc.rows.filter((r) => r.hallId === hall2.id);
    expect(rows2).toHaveLength(2);
    expect(doc.racks.filter((r) => rows2.some((row) => row.id === r.rowId))).toHaveLength(12);
    const loop2 = doc.coolingLoops.find((l) => l.hallId === hall2.id)!;
    expect(rows2[0]!.coolingLoopId).toBe(loop2.id);
    const cdu2 = doc.equipment.find((e) => e.id === loop2.cduIds[0])!;
    expect(cdu2.scenarioId).toBe(phase2.id);
    expect(doc.equipment.filter((e) => e.scenarioId === phase2.id)).toHaveLength(3);
    // Every copy remembers the record it came from; the copy keeps the source's baseline.
    expect(cdu2.originId).toBe('eq-cdu-1');
    expect(hall2.originId).toBe('hall-1');
    expect(rows2.map((r) => r.originId)).toEqual(['row-0', 'row-1']);
    expect(phase2.baselineScenarioId).toBe('scn-0');

    project.applyDiff(1, renameScenarioDiff(doc, phase2.id, 'Phase 2 — liquid'));
    doc = project.load();
    project.applyDiff(2, deleteScenarioDiff(doc, phase1.id));
    doc = project.load();
    expect(doc.scenarios.map((s) => s.name)).toEqual(['As-is mining', 'Phase 2 — liquid']);
    expect(doc.racks).toHaveLength(12);
    expect(doc.halls.map((h) => h.id)).toEqual([hall2.id]);
    project.applyDiff(3, createScenarioDiff(doc, 'Phase 3', phase2, freshId));
    expect(project.load().scenarios.map((s) => [s.name, s.order])).toEqual([
      ['As-is mining', 0],
      ['Phase 2 — liquid', 2],
      ['Phase 3', 3],
    ]);
    project.close();
  });

  it('refuses to delete the last scenario', () => {
    const project = ProjectService.create(tmp.file('p.powerhall'), sampleDocument());
    const doc = project.load();
    project.applyDiff(0, deleteScenarioDiff(doc, doc.scenarios[0]!.id));
    const rest = project.load();
    expect(() => project.applyDiff(1, deleteScenarioDiff(rest, rest.scenarios[0]!.id))).toThrow(/a project needs at least one scenario/);
    project.close();
  });
});
