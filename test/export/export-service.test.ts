import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { EXPORT_FORMATS } from '../../main/export/registry.ts';
import { IpcRouter } from '../../main/ipc/router.ts';
import { createPowerhallHandlers } from '../../main/services/powerhall-handlers.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { contract, ExportJobStatus } from '../../shared/contract/services.ts';
import { EXPORT_FORMAT_IDS } from '../../shared/report-views/export-formats.ts';
import { phase1Context } from './export-fixture.ts';

// Each export starts a worker thread, which from the sources loads through tsx: seconds each on a busy machine.
describe('the export service in the contract', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'powerhall-export-service-'));
  let project: ProjectService;
  let router: IpcRouter<typeof contract>;
  beforeAll(() => {
    project = ProjectService.create(join(dir, 'sample.powerhall'), loadSampleDocument());
    router = new IpcRouter(contract, createPowerhallHandlers({ project, catalog: loadCatalog(), restoreBackup: () => Promise.reject(new Error('not in this test')) }), { error: () => {} });
  });
  afterAll(() => {
    project.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One export through the router as the app runs it: start, then status until the job is no longer running. */
  async function exportThroughRouter(request: Record<string, unknown>) {
    const started = await router.dispatch('export', 'start', request);
    if (!started.ok) return started;
    const { jobId } = started.value as { jobId: string };
    for (;;) {
      const status = await router.dispatch('export', 'status', { jobId });
      if (!status.ok || (status.value as { state: string }).state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('answers every format of the registry through the router as a job, validated against the contract', async () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual([...EXPORT_FORMAT_IDS]);
    expect(Object.keys(contract.export)).toEqual(['start', 'status', 'cancel']);
    // All at once, as jobs are: each in its own worker.
    const results = await Promise.all(EXPORT_FORMAT_IDS.map((format) => exportThroughRouter({ scenarioId: 'sc-phase1', format, hidePrices: false })));
    for (const [i, format] of EXPORT_FORMAT_IDS.entries()) {
      const result = results[i]!;
      expect(result.ok, JSON.stringify(result).slice(0, 200)).toBe(true);
      const status = ExportJobStatus.parse(result.ok ? result.value : null);
      if (status.state !== 'done' || !status.file) throw new Error(JSON.stringify(status).slice(0, 200));
      expect(status.file.fileName.endsWith(`.${format}`)).toBe(true);
      expect(Buffer.from(status.file.base64, 'base64').length).toBe(status.file.bytes);
    }
  });

  it('refuses an unknown format, scenario or image scale with a message that says so', async () => {
    const format = await router.dispatch('export', 'start', { scenarioId: 'sc-phase1', format: 'docx', hidePrices: false });
    expect(format.ok).toBe(false);
    if (!format.ok) expect(format.error.code).toBe('bad-request');
    const scenario = await router.dispatch('export', 'start', { scenarioId: 'nope', format: 'csv', hidePrices: false });
    expect(scenario.ok).toBe(false);
    if (!scenario.ok) expect(scenario.error).toMatchObject({ code: 'not-found', message: expect.stringContaining("no scenario 'nope'") });
    const scale = await router.dispatch('export', 'start', { scenarioId: 'sc-phase1', format: 'png', hidePrices: false, scale: 3 });
    expect(scale.ok).toBe(false);
    if (!scale.ok) expect(scale.error.message).toContain('Image scale is 1, 2 or 4.');
  });

  it('reports each writer\'s progress from 0 to 1 in order', async () => {
    const context = phase1Context();
    for (const format of EXPORT_FORMATS) {
      const seen: number[] = [];
      await format.write(context, (done) => seen.push(done));
      expect(seen.at(-1), format.id).toBe(1);
      expect([...seen].sort((a, b) => a - b), format.id).toEqual(seen);
    }
  });
});
