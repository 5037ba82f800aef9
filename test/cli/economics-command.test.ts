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
    expect(Object.keys(json).sort()).toEqual(['cashFlows', 'scenario', 'sensitivity', 'summary']);
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
