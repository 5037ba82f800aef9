// The hybrid load and the revenue of a phase read the project's own data: each AI hall's profile (its record's
// aiProfile, absent = the assumed training tenant), the demand-response events of the economics record (absent in older
// files = none) and self-operated GPU hours, whose fields without a public default are asked for, not invented.
//
// By hand, on the sample's Phase 1 (one AI hall, Building 3: 19.808 MW of IT at PUE 1.173; 13.824 MW of mining kept,
// running every hour under a 500 MW firm limit, ramping its whole fleet within an hour):
//   a flat inference profile (peak = trough = 50%, weekends as weekdays) → AI energy = 19.808 × 1.173 × 0.5 × 8,760 h
//     = 101,768.4 MWh
//   one 10-hour event with no mining allowed → mining curtailed for demand response = 13.824 MW × 10 h = 138.24 MWh,
//     and the mining energy falls by as much
//   GPU hours at $2.50 × 545.45 GPUs/MW (72 per 132 kW) × 19.808 MW × 70% sold × 8,760 h = $165,630,895 a year
import { describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../../main/app/sample-project.ts';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { analysePhaseEconomics, defaultOf, type StoredEconomicsInputs } from '../../../shared/analysis/economics/index.ts';
import { defaultAiProfile, type AiProfile } from '../../../shared/analysis/load-profile/index.ts';
import { phaseEconomicsCase, scenarioEconomicsInputs } from '../../../shared/analysis/phase-economics.ts';
import { EconomicsRecord, type ProjectDocument, type ScenarioId } from '../../../shared/model/index.ts';
import { economicsInputsTable } from '../../../shared/report-views/phase-tables.ts';

const PHASE = 'sc-phase1' as ScenarioId;
const AI_HALL = 'hall-b3-ai';
const AS_OF = '2026-12-01';
const catalog = loadCatalog();
const sample = loadSampleDocument();

const withHallProfile = (doc: ProjectDocument, profile: AiProfile): ProjectDocument => ({ ...doc, halls: doc.halls.map((h) => (h.id === AI_HALL ? { ...h, aiProfile: profile } : h)) });
const withInputs = (doc: ProjectDocument, inputs: StoredEconomicsInputs): ProjectDocument => ({
  ...doc,
  economics: (doc.economics ?? []).map((e) => (e.scenarioId === PHASE ? { ...e, inputs } : e)),
});

function costed(doc: ProjectDocument) {
  const built = phaseEconomicsCase(doc, catalog, PHASE, scenarioEconomicsInputs(doc, PHASE), AS_OF);
  if (!built.ok) throw new Error(built.issues.map((i) => i.message).join('; '));
  return { case: built.value, economics: analysePhaseEconomics(built.value, { sensitivity: [] }) };
}

describe("a phase's load and revenue from the project's data", () => {
  const base = costed(sample);

  it('runs a hall without a profile on the assumed training tenant, and one with a profile on its own', () => {
    expect(sample.halls.find((h) => h.id === AI_HALL)!.aiProfile).toBeUndefined();
    expect(base.case.site.halls.map((h) => h.profile)).toEqual([defaultAiProfile('training')]);
    expect(base.case.phase.itMw).toBeCloseTo(19.808, 6);
    expect(base.case.phase.pue).toBeCloseTo(1.173, 6);

    const flat: AiProfile = { kind: 'inference', peakUtilisationPct: 0.5, troughUtilisationPct: 0.5, peakHourOfDay: 14, weekendPct: 1 };
    const edited = costed(withHallProfile(sample, flat));
    expect(edited.case.site.halls[0]!.profile).toEqual(flat);
    expect(edited.economics.loadAfter.totals.aiMwh).toBeCloseTo(19.808 * 1.173 * 0.5 * 8760, 3);
    expect(edited.economics.summary.npvUsd).not.toBe(base.economics.summary.npvUsd);
  });

  it("curtails the mining kept for the economics record's demand-response events", () => {
    const inputs = scenarioEconomicsInputs(sample, PHASE);
    expect(inputs.demandResponse).toBeUndefined();
    expect(base.case.site.demandResponse).toEqual([]);
    expect(base.economics.loadAfter.totals.miningMwh).toBeCloseTo(13.824 * 8760, 3);

    const edited = costed(withInputs(sample, { ...inputs, demandResponse: [{ startHour: 100, hours: 10, miningMaxMw: 0 }] }));
    expect(edited.case.site.demandResponse).toEqual([{ startHour: 100, hours: 10, miningMaxMw: 0 }]);
    expect(edited.economics.loadAfter.totals.curtailedForDemandResponseMwh).toBeCloseTo(138.24, 6);
    expect(edited.economics.loadAfter.totals.miningMwh).toBeCloseTo(13.824 * 8760 - 138.24, 3);
    // The export's inputs sheet lists the event beside the other inputs.
    const rows = economicsInputsTable(edited.case.economics).rows.filter((r) => String(r[0]).startsWith('Demand-response event 1'));
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Demand-response event 1: Demand-response start', 100, 'hour of the year, 0–8759'],
      ['Demand-response event 1: Demand-response length', 10, 'hours'],
      ['Demand-response event 1: Mining allowed during demand response', 0, 'MW'],
    ]);
  });

  it('reads an economics record without demand-response events (an older file) as none', () => {
    const stored = sample.economics!.find((e) => e.scenarioId === PHASE)!;
    const { demandResponse: _none, ...older } = stored.inputs;
    expect(EconomicsRecord.parse({ ...stored, inputs: older }).inputs.demandResponse).toBeUndefined();
  });

  it('refuses a demand-response event in the field’s words', () => {
    const stored = sample.economics!.find((e) => e.scenarioId === PHASE)!;
    const bad = (event: unknown) => EconomicsRecord.safeParse({ ...stored, inputs: { ...stored.inputs, demandResponse: [event] } }).error?.issues[0]?.message;
    expect(bad({ startHour: -1, hours: 4, miningMaxMw: 0 })).toBe('Demand-response start (hour of the year, 0–8759) must be a whole number between 0 and 8,759; got -1');
    expect(bad({ startHour: 0, hours: 0, miningMaxMw: 0 })).toBe('Demand-response length (hours) must be a whole number between 1 and 8,760; got 0');
    const late = phaseEconomicsCase(withInputs(sample, { ...stored.inputs, demandResponse: [{ startHour: 8758, hours: 4, miningMaxMw: 0 }] }), catalog, PHASE, { ...stored.inputs, demandResponse: [{ startHour: 8758, hours: 4, miningMaxMw: 0 }] }, AS_OF);
    expect(late.ok ? [] : late.issues.map((i) => i.message)).toContain('Demand-response event 1 starting at hour 8758 must end within the year (hour 8,760); it is 4 hours long');
  });

  it('stores GPU hours with their unknown fields empty and asks for each by name before costing', () => {
    const inputs = scenarioEconomicsInputs(sample, PHASE);
    const waiting: StoredEconomicsInputs = {
      ...inputs,
      revenue: { kind: 'gpu-hours', usdPerGpuHour: null, gpusPerMwIt: defaultOf('gpusPerMwIt'), gpuUtilisationPct: null, gpuCapexUsdPerGpu: null, gpuDepreciationYears: null, operatingYears: null },
    };
    const stored = sample.economics!.find((e) => e.scenarioId === PHASE)!;
    expect(EconomicsRecord.safeParse({ ...stored, inputs: waiting }).success).toBe(true);
    const asked = phaseEconomicsCase(withInputs(sample, waiting), catalog, PHASE, waiting, AS_OF);
    expect(asked.ok).toBe(false);
    if (!asked.ok) {
      expect(asked.issues.map((i) => i.path.join('.'))).toEqual(['revenue.usdPerGpuHour', 'revenue.gpuUtilisationPct', 'revenue.gpuCapexUsdPerGpu', 'revenue.gpuDepreciationYears', 'revenue.operatingYears']);
      expect(asked.issues[0]!.message).toMatch(/^GPU-hour price \(\$\/GPU-hour\) is to be entered for self-operated GPU hours: no public figure/);
    }
    const entered: StoredEconomicsInputs = {
      ...waiting,
      revenue: { kind: 'gpu-hours', usdPerGpuHour: 2.5, gpusPerMwIt: defaultOf('gpusPerMwIt'), gpuUtilisationPct: 0.7, gpuCapexUsdPerGpu: 40_000, gpuDepreciationYears: 5, operatingYears: 10 },
    };
    const gpu = costed(withInputs(sample, entered));
    expect(gpu.economics.stabilisedYear.dataCenterRevenueUsd).toBeCloseTo(2.5 * (72 / 0.132) * 19.808 * 0.7 * 8760, 0);
  });
});
