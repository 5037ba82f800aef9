/*
 * One engineering core: the CLI's `bill --format json`, the contract's bill.compute and the editor's live report
 * are one computation, and the two divergences of the issue are gone. Figures of the fixture, by hand
 * (test/fixtures/analysis/one-core-project.ts; catalog factors water-cp 4.18, water-density 0.997, pg25-cp-ratio 0.9):
 * - liquid heat on Loop A: 36 racks × 132 kW × 0.85 = 4,039.2 kWt;
 * - PG25 flow: 4,039.2 kW × 60 / (0.997 × 4.18 × 0.9 × 10 K) = 4,039.2 × 1.59970 = 6,461.5 L/min (the renderer used
 *   to show water's 4,039.2 × 60 / (0.997 × 4.18 × 10) = 5,815.2 L/min);
 * - CDUs 2,500 + 600 + 600 kWt at N+1: 3 installed, 2 carry load, counted as the two smallest: 600 + 600 =
 *   1,200 kWt and 900 + 900 = 1,800 L/min, so both the heat and the flow limits are exceeded (the label used to say
 *   "4,039 / 5,000 kWt", three times the 2,500 kWt unit less one);
 * - row 1 ends at y = 4 + 1.068 = 5.068 m and row 2 starts at 5.8 m: 0.732 m < the 1.0 m front clearance.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjectFile } from '../../main/store/create-project-file.ts';
import { createPowerhallHandlers } from '../../main/services/powerhall-handlers.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { createEditor } from '../../renderer/editor/editor.ts';
import { groupLabels } from '../../renderer/viewport/group-labels.ts';
import { BillJson } from '../../shared/report-views/bill-formats.ts';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import type { ProjectDocument, ScenarioId } from '../../shared/model/index.ts';
import { catalog } from '../engine/fixtures.ts';
import { oneCoreProject } from '../fixtures/analysis/one-core-project.ts';
import { runCli } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'powerhall-one-core-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Checks and groups as the CLI prints them for a project file. */
async function fromCli(path: string, scenarioId: string) {
  const { code, out, err } = await runCli(['bill', path, '--scenario', scenarioId, '--format', 'json']);
  expect(err).toBe('');
  expect(code).toBe(0);
  const json = BillJson.parse(JSON.parse(out));
  return { checks: json.checks, groups: json.groups, summary: json.summary };
}

/** The same through the contract's handler over a real .powerhall file. */
async function fromContract(doc: ProjectDocument, scenarioId: string) {
  const path = join(dir, `${scenarioId}-${Math.random().toString(36).slice(2)}.powerhall`);
  createProjectFile(path, doc, 'test');
  const project = ProjectService.open(path, { readOnly: true });
  try {
    const handlers = createPowerhallHandlers({ project, catalog, restoreBackup: () => Promise.reject(new Error('not in this test')) });
    const report = await handlers.bill.compute({ scenarioId: scenarioId as ScenarioId });
    return { checks: report.checks, groups: report.groups, summary: report.summary };
  } finally {
    project.close();
  }
}

/** And from the editor's live report, as the app holds it. */
function fromEditor(doc: ProjectDocument, scenarioId: string) {
  const editor = createEditor(doc, catalog);
  editor.session.set({ scenarioId: scenarioId as ScenarioId });
  const report = editor.live.current;
  editor.dispose();
  return { checks: report.checks, groups: report.groups, summary: report.summary, report, editor };
}

describe('one engineering core', () => {
  const doc = oneCoreProject();
  const jsonPath = join(dir, 'one-core.json');
  writeFileSync(jsonPath, JSON.stringify(doc));
  const scenarioId = doc.scenarios[0]!.id;

  it('gives the same checks and group figures from the CLI, the contract and the live report', async () => {
    const cli = await fromCli(jsonPath, scenarioId);
    const contract = await fromContract(doc, scenarioId);
    const { report: _report, editor: _editor, ...live } = fromEditor(doc, scenarioId);
    expect(contract).toEqual(cli);
    expect(live).toEqual(cli);
  });

  it('does the same for every scenario of the sample', async () => {
    const sample = loadSampleDocument();
    const samplePath = join(dir, 'sample.json');
    writeFileSync(samplePath, JSON.stringify(sample));
    for (const s of sample.scenarios) {
      const cli = await fromCli(samplePath, s.id);
      const { report: _report, editor: _editor, ...live } = fromEditor(sample, s.id);
      expect(live).toEqual(cli);
      expect(await fromContract(sample, s.id)).toEqual(cli);
    }
  });

  it('labels a PG25 loop with the flow the bill uses (regression: the label assumed water)', () => {
    const { report, editor } = fromEditor(doc, scenarioId);
    const loop = report.groups.find((g) => g.id === 'l1')!;
    expect(loop.flowLpm).toBeCloseTo(6461.5, 1);
    expect(report.summary.cooling.loops.find((l) => l.id === 'l1')!.flowLpm).toBe(loop.flowLpm);
    const label = groupLabels(report, 'loop', editor.store).find((l) => l.id === 'l1')!;
    expect(label.text).toContain('6,462 / 1,800 L/min');
  });

  it('counts mixed CDUs at N+1 as the two smallest, in the label and in the checks alike (regression)', () => {
    const { report, editor } = fromEditor(doc, scenarioId);
    const loop = report.groups.find((g) => g.id === 'l1')!;
    expect(loop).toMatchObject({ units: 3, usableUnits: 2, usableCapacity: 1200, usableFlowLpm: 1800, load: 4039.2, redundancy: 'N+1' });
    const label = groupLabels(report, 'loop', editor.store).find((l) => l.id === 'l1')!;
    expect(label.text).toBe('Loop A 4,039 / 1,200 kWt · 6,462 / 1,800 L/min');
    expect(label.over).toBe(true);
    const onLoop = report.checks.filter((c) => c.subject?.id === 'l1').map((c) => c.code);
    expect(onLoop).toEqual(expect.arrayContaining(['cdu-over-capacity', 'loop-over-capacity']));
  });

  it('reports the blocked aisle in every reader, not only in the app', async () => {
    const cli = await fromCli(jsonPath, scenarioId);
    const aisle = cli.checks.filter((c) => c.code === 'aisle-clearance');
    expect(aisle.map((c) => [c.subject?.id, /in front/.test(c.message)])).toEqual([['r1', true]]);
    expect(aisle[0]!.message).toContain('row 2 is closer');
  });
});
