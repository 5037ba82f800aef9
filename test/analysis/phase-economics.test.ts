import { describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { analyze } from '../../shared/analysis/index.ts';
import { phaseEconomicsCase, scenarioEconomicsInputs } from '../../shared/analysis/phase-economics.ts';
import type { ScenarioId } from '../../shared/model/index.ts';

const catalog = loadCatalog();
const doc = loadSampleDocument();
const asOf = '2026-12-01';
const itMwOf = (scenario: string, hallId: string) => analyze(doc, catalog, scenario as ScenarioId).summary.halls.find((h) => h.id === hallId)!.itKw / 1000;

/*
 * A phase is costed on its upgrade bill, what it buys over its baseline, so it earns on the AI IT it adds:
 *   Phase 1 (baseline As-is mining): Building 3 becomes an AI hall from a mining hall, all of its IT is added.
 *   Phase 2 (baseline Phase 1): Building 3 continues Phase 1's AI hall unchanged (adds 0) and Building 4 is new,
 *   so the phase's IT is Building 4's alone, not the 29.3 MW of AI IT the whole scenario holds.
 */
describe("a phase's economics stand on the AI load it adds", () => {
  it('Phase 1 earns on all of converted Building 3', () => {
    const c = phaseEconomicsCase(doc, catalog, 'sc-phase1' as ScenarioId, scenarioEconomicsInputs(doc, 'sc-phase1' as ScenarioId), asOf);
    if (!c.ok) throw new Error(JSON.stringify(c.issues));
    expect(c.value.phase.itMw).toBeCloseTo(itMwOf('sc-phase1', 'hall-b3-ai'), 9);
  });

  it('Phase 2 earns on Building 4 only, the hall it adds', () => {
    const phase2 = doc.scenarios.find((s) => s.baselineScenarioId === 'sc-phase1')!.id;
    const b4 = doc.halls.find((h) => h.scenarioId === phase2 && h.kind === 'new-build')!;
    const c = phaseEconomicsCase(doc, catalog, phase2, scenarioEconomicsInputs(doc, phase2), asOf);
    if (!c.ok) throw new Error(JSON.stringify(c.issues));
    expect(c.value.phase.itMw).toBeCloseTo(itMwOf(phase2, b4.id), 9);
    expect(c.value.site.halls.map((h) => h.name)).toEqual([b4.name]);
    expect(c.value.phase.itMw).toBeLessThan(analyze(doc, catalog, phase2).summary.aiItKw / 1000 - 1);
  });
});
