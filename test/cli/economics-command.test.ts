import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSampleDocument, sampleDocumentPath } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { analyze } from '../../shared/analysis/index.ts';
import { compareScenarios } from '../../shared/analysis/retrofit/index.ts';
import { runCli } from '../support/run-cli.ts';

// The economics and the hourly load of a phase come from the same report the bill does.
describe('powerhall economics and load-profile', () => {
  const sample = loadSampleDocument();
  const phase1 = sample.scenarios.find((s) => s.name === 'Phase 1 AI hall')!;

  it('prints the issue\'s JSON, its cash-flow table adding up to the headline capex, from the landlord bill', async () => {
    const { code, out, err } = await runCli(['economics', sampleDocumentPath(), '--scenario', phase1.id, '--format', 'json', '--as-of', '2026-12-01']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json).sort()).toEqual(['cashFlows', 'scenario', 'sensitivity', 'summary', 'valuationBridge']);
    for (const key of ['capexUsd', 'irrUnlevered', 'irrLevered', 'npvUsd', 'discountRate', 'paybackYears', 'ebitdaYear1Usd', 'valuationBeforeUsd', 'valuationAfterUsd']) {
      expect(json.summary).toHaveProperty(key);
    }
    // Capex is the landlord scope of the upgrade bill against the phase's baseline, or of the bill built new.
    const baseline = phase1.baselineScenarioId;
    const landlord = baseline
      ? compareScenarios(sample, loadCatalog(), baseline, phase1.id, { asOf: '2026-12-01' }).lines.filter((l) => l.scope === 'landlord').reduce((s, l) => s + l.totalUsd, 0)
      : analyze(sample, loadCatalog(), phase1.id).summary.capexByScope.landlord;
    expect(json.summary.capexUsd).toBe(Math.round(landlord));
    const capex = json.cashFlows.reduce((s: number, y: { capexUsd: number }) => s + y.capexUsd, 0);
    expect(Math.abs(capex - json.summary.capexUsd)).toBeLessThanOrEqual(json.cashFlows.length);
    for (const y of json.cashFlows) expect(y.ebitdaUsd).toBeCloseTo(y.revenueUsd - y.opexUsd, -1);
    expect(json.sensitivity.length).toBeGreaterThan(0);
  });

  it("costs the phase on the scenario's stored inputs, and --inputs still overrides them", async () => {
    const stored = sample.economics!.find((e) => e.scenarioId === phase1.id)!;
    expect(stored.inputs.revenue).toMatchObject({ kind: 'lease', leaseUsdPerKwMonth: 131.72 });
    const npvOf = async (path: string, extra: string[] = []) => {
      const { code, out, err } = await runCli(['economics', path, '--scenario', phase1.id, '--format', 'json', '--as-of', '2026-12-01', ...extra]);
      expect(err).toBe('');
      expect(code).toBe(0);
      return JSON.parse(out).summary.npvUsd as number;
    };
    const asSampled = await npvOf(sampleDocumentPath());
    // The same project with the stored power price raised: the NPV falls, and equals the sample run with that price given by --inputs.
    const dearer = { ...sample, economics: sample.economics!.map((e) => (e.id === stored.id ? { ...e, inputs: { ...e.inputs, power: { kind: 'flat' as const, usdPerKwh: 0.06 } } } : e)) };
    const file = join(tmpdir(), `powerhall-econ-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(dearer));
    const inputs = join(tmpdir(), `powerhall-econ-inputs-${process.pid}.json`);
    writeFileSync(inputs, JSON.stringify({ power: { kind: 'flat', usdPerKwh: 0.06 } }));
    const edited = await npvOf(file);
    expect(edited).toBeLessThan(asSampled);
    expect(await npvOf(sampleDocumentPath(), ['--inputs', inputs])).toBe(edited);
  });

  it('names the field of a bad input: a negative price, a ramp of zero, a debt tenor longer than the lease', async () => {
    const cases: [unknown, RegExp][] = [
      [{ power: { kind: 'flat', usdPerKwh: -0.01 } }, /Power price \(\$\/kWh\) must be between 0 and 10; got -0\.01/],
      [{ mining: { fleetHashratePhPerS: null, efficiencyJPerTh: 16, hashpriceUsdPerPhDay: 45, poolFeePct: 0.02, rampPctOfFleetPerHour: 0, minRunHours: 1 } }, /Mining ramp rate \(fraction of the fleet per hour\) must be more than 0 and at most 1; got 0/],
      [{ revenue: { kind: 'lease', leaseUsdPerKwMonth: 131.72, leaseEscalatorPct: 0.03, leaseTermYears: 5, leaseRampMonths: 1 } }, /Debt tenor \(years\) must not be longer than the lease term \(5 years\)/],
    ];
    for (const [given, message] of cases) {
      const file = join(tmpdir(), `powerhall-bad-inputs-${process.pid}.json`);
      writeFileSync(file, JSON.stringify(given));
      const { code, err } = await runCli(['economics', sampleDocumentPath(), '--scenario', phase1.id, '--inputs', file]);
      expect(code).toBe(2);
      expect(err).toMatch(message);
    }
  });

  it('refuses a bad inputs file in the field\'s words', async () => {
    const { code, err } = await runCli(['economics', sampleDocumentPath(), '--inputs', '/nonexistent/inputs.json']);
    expect(code).toBe(2);
    expect(err).toMatch(/--inputs \/nonexistent\/inputs\.json: cannot be read/);
  });

  it('prints one CSV row per hour of the year, the AI and mining load under the firm limit', async () => {
    const { code, out } = await runCli(['load-profile', sampleDocumentPath(), '--scenario', phase1.id]);
    expect(code).toBe(0);
    const rows = out.trimEnd().split('\r\n');
    expect(rows[0]).toBe('hour,ai_mw,mining_mw,limit_mw,price_usd_per_mwh');
    expect(rows).toHaveLength(8761);
    for (const row of rows.slice(1)) {
      const [, ai, mining, limit] = row.split(',').map(Number);
      expect(ai! + mining!).toBeLessThanOrEqual(limit! + 1e-6);
    }
  });
});
