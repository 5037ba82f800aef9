import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { analysePhaseEconomics, defaultRevenue, loadInputs, type StoredRevenue } from '../../shared/analysis/economics/index.ts';
import { simulateLoadProfile } from '../../shared/analysis/load-profile/index.ts';
import { phaseEconomicsCase, scenarioEconomicsInputs } from '../../shared/analysis/phase-economics.ts';
import { economicsJson, loadProfileCsv } from '../../shared/report-views/economics-views.ts';
import { runCli } from '../support/run-cli.ts';

// A project file whose Phase 1 earns on self-operated GPU hours, switched the way the panel's revenue switch does it
// (the economics record's revenue replaced by defaultRevenue('gpu-hours'), one stored edit). GPU hours have five
// fields with no public default: until each is entered, the CLI refuses to cost the phase and names every one.
describe('powerhall economics and load-profile on self-operated GPU hours', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'powerhall-gpu-hours-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sample = loadSampleDocument();
  const phase1 = sample.scenarios.find((s) => s.name === 'Phase 1 AI hall')!;
  const asOf = '2026-12-01';

  /** The sample as a project file with Phase 1's stored revenue set to `revenue` through the project service. */
  function projectWithRevenue(name: string, revenue: StoredRevenue): string {
    const file = join(dir, name);
    const project = ProjectService.create(file, sample);
    try {
      const record = project.load().economics!.find((e) => e.scenarioId === phase1.id)!;
      project.applyDiff(project.info().revision, { added: [], updated: [[record, { ...record, inputs: { ...record.inputs, revenue } }]], removed: [] });
    } finally {
      project.close();
    }
    return file;
  }

  const toEnter = [/GPU-hour price/, /GPU hours sold/, /GPU server capex/, /GPU depreciation/, /Operating period/];

  it('refuses to cost or simulate the phase while fields are still to enter, naming each, and prints no result', async () => {
    const file = projectWithRevenue('to-enter.powerhall', defaultRevenue('gpu-hours'));
    for (const args of [
      ['economics', file, '--scenario', phase1.id, '--as-of', asOf],
      ['economics', file, '--scenario', phase1.id, '--as-of', asOf, '--format', 'json'],
      ['load-profile', file, '--scenario', phase1.id],
    ]) {
      const { code, out, err } = await runCli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(phase1.name);
      for (const field of toEnter) expect(err).toMatch(new RegExp(`${field.source}[^;]* is to be entered for self-operated GPU hours`));
      expect(err.match(/is to be entered/g)).toHaveLength(toEnter.length);
    }
  });

  it('names only the fields still empty once some are entered', async () => {
    const partly = { ...defaultRevenue('gpu-hours'), usdPerGpuHour: 2.4, operatingYears: 10 } as StoredRevenue;
    const { code, out, err } = await runCli(['economics', projectWithRevenue('partly.powerhall', partly), '--scenario', phase1.id, '--as-of', asOf]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).not.toMatch(/GPU-hour price|Operating period/);
    for (const field of [/GPU hours sold/, /GPU server capex/, /GPU depreciation/]) expect(err).toMatch(field);
  });

  it('prints, once every field is entered, the figures the shared economics compute from the stored inputs', async () => {
    const entered: StoredRevenue = { ...defaultRevenue('gpu-hours'), usdPerGpuHour: 2.4, gpuUtilisationPct: 0.7, gpuCapexUsdPerGpu: 40_000, gpuDepreciationYears: 5, operatingYears: 10 } as StoredRevenue;
    const file = projectWithRevenue('entered.powerhall', entered);
    const stored = ProjectService.open(file, { readOnly: true });
    const doc = stored.load();
    stored.close();
    const inputs = scenarioEconomicsInputs(doc, phase1.id);
    expect(inputs.revenue).toEqual(entered);
    const built = phaseEconomicsCase(doc, loadCatalog(), phase1.id, inputs, asOf);
    if (!built.ok) throw new Error(built.issues.map((i) => i.message).join('; '));
    const expected = economicsJson(phase1, built.basis, analysePhaseEconomics(built.value));

    const economics = await runCli(['economics', file, '--scenario', phase1.id, '--as-of', asOf, '--format', 'json']);
    expect(economics.err).toBe('');
    expect(economics.code).toBe(0);
    const printed = JSON.parse(economics.out);
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    // Costed on GPU hours, not on the sample's lease: the lease's year-one revenue is not what is printed.
    const lease = await runCli(['economics', projectWithRevenue('lease.powerhall', sample.economics!.find((e) => e.scenarioId === phase1.id)!.inputs.revenue), '--scenario', phase1.id, '--as-of', asOf, '--format', 'json']);
    expect(JSON.parse(lease.out).summary.ebitdaYear1Usd).not.toBe(printed.summary.ebitdaYear1Usd);

    const load = await runCli(['load-profile', file, '--scenario', phase1.id]);
    expect(load.err).toBe('');
    expect(load.code).toBe(0);
    const c = built.value;
    expect(load.out).toBe(loadProfileCsv(simulateLoadProfile(loadInputs(c, 'after', { pue: c.phase.pue, priceFactor: 1 }))));
  });
});
