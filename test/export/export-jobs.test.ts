import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { exportBytes, exportFile } from '../../main/export/export-file.ts';
import { createExportHandlers, type ChooseExportPath } from '../../main/export/export-service.ts';
import { exportInWorker } from '../../main/export/export-worker-run.ts';
import { ExportCancelled } from '../../main/export/format.ts';
import type { ExportJobStatus } from '../../shared/contract/services.ts';
import { pdfImageCount, pdfPagesText } from './pdf-readers.ts';

const ICON = readFileSync(join(import.meta.dirname, '../../resources/icons/png/48x48.png'));
/** A PNG signature and the start of a header, then nothing: it passes the contract's check, and pdfkit refuses it. */
const BROKEN_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB';

/** Polls a job the way the Export dialog does, until `until` holds (by default: it is no longer running). */
async function settle(read: () => ExportJobStatus | Promise<ExportJobStatus>, until: (s: ExportJobStatus) => boolean = (s) => s.state !== 'running'): Promise<ExportJobStatus> {
  for (;;) {
    const status = await read();
    if (until(status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

// Exports run in a worker thread (main/export/export-worker.ts, from the sources here through tsx; the bundles' own
// export-worker.mjs in test/main/electron-export.test.ts): progress comes as its messages, cancel terminates it.
describe('export jobs in the export worker (issue 12, point 1)', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'powerhall-export-jobs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const document = loadSampleDocument();
  const catalog = loadCatalog();
  const desktop = (choose: ChooseExportPath) => createExportHandlers({ project: { load: () => document }, catalog, chooseExportPath: choose });

  it("reports the writer's progress from the worker, in order, and hands back the same bytes as the writer run in this thread", async () => {
    const seen: [number, string][] = [];
    const choice = { scenarioId: 'sc-phase1', format: 'csv', hidePrices: true } as const;
    const bytes = await exportInWorker({ document, catalog, choice }, (done, stage) => seen.push([done, stage]));
    expect(Buffer.from(bytes).equals(Buffer.from(await exportBytes(document, catalog, choice)))).toBe(true);
    expect(seen).toEqual([
      [0, 'analysing the scenario'],
      [1, 'written'],
    ]);
    const pdfStages: [number, string][] = [];
    await exportInWorker({ document, catalog, choice: { ...choice, format: 'pdf' } }, (done, stage) => pdfStages.push([done, stage]));
    expect(pdfStages.map(([, stage]) => stage)).toEqual(['analysing the scenario', 'plan', 'single-line diagram', 'cooling schematic', 'schedule and economics', 'bill, checks and sources', 'written']);
    expect(pdfStages.map(([done]) => done)).toEqual([...pdfStages.map(([done]) => done)].sort((a, b) => a - b));
  });

  it('browser mode: start answers at once, the status polls see the worker\'s stages, and the file comes back once', async () => {
    const handlers = createExportHandlers({ project: { load: () => document }, catalog });
    const { jobId } = await handlers.start({ scenarioId: 'sc-phase1' as never, format: 'xlsx', hidePrices: false });
    expect(await handlers.status({ jobId: jobId! })).toEqual({ state: 'running', done: 0, stage: 'starting' });
    const stages = new Set<string>();
    const status = await settle(() => handlers.status({ jobId: jobId! }), (s) => (s.state === 'running' && stages.add(s.stage), s.state !== 'running'));
    if (status.state !== 'done') throw new Error(JSON.stringify(status));
    expect(status.file?.fileName).toBe('North Shore Mining Campus - Phase 1 AI hall.xlsx');
    expect(Buffer.from(status.file!.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    expect([...stages].some((s) => s.endsWith(' sheet'))).toBe(true);
    await expect(Promise.resolve().then(() => handlers.status({ jobId: jobId! }))).rejects.toThrow(/no longer known/);
  });

  it('cancel terminates the worker half way: the job says cancelled and neither the file nor a temporary one is there', async () => {
    const target = join(dir, 'cancelled.pdf');
    const handlers = desktop(async () => target);
    const { jobId } = await handlers.start({ scenarioId: 'sc-phase1' as never, format: 'pdf', hidePrices: false });
    // Cancelled once the worker has said it is drawing the plan: the writer is running, in the other thread.
    await settle(() => handlers.status({ jobId: jobId! }), (s) => s.state !== 'running' || s.stage === 'plan');
    expect(handlers.cancel({ jobId: jobId! })).toEqual({ cancelled: true });
    expect(await settle(() => handlers.status({ jobId: jobId! }))).toEqual({ state: 'cancelled' });
    // A worker that kept going would have written the file by now; give it the time a whole brief takes.
    await exportBytes(document, catalog, { scenarioId: 'sc-phase1', format: 'pdf', hidePrices: false });
    expect(readdirSync(dir).filter((f) => f.includes('cancelled'))).toEqual([]);

    const signal = AbortSignal.abort();
    await expect(exportInWorker({ document, catalog, choice: { scenarioId: 'sc-phase1', format: 'csv', hidePrices: false } }, () => {}, signal)).rejects.toBeInstanceOf(ExportCancelled);
  });

  it('a writer that fails in the worker says why and leaves no file, not even a temporary one', async () => {
    const target = join(dir, 'failed.pdf');
    const handlers = desktop(async () => target);
    const { jobId } = await handlers.start({ scenarioId: 'sc-phase1' as never, format: 'pdf', hidePrices: false, viewportPng: BROKEN_PNG });
    expect(await settle(() => handlers.status({ jobId: jobId! }))).toEqual({
      state: 'failed',
      message: `The Tenant brief (PDF) could not be made: Incomplete or corrupt PNG file. Nothing was written to ${target}.`,
    });
    expect(readdirSync(dir).filter((f) => f.includes('failed'))).toEqual([]);
    // Browser mode: the same reason, and no file handed back.
    const browser = createExportHandlers({ project: { load: () => document }, catalog });
    const started = await browser.start({ scenarioId: 'sc-phase1' as never, format: 'pdf', hidePrices: false, viewportPng: BROKEN_PNG });
    expect(await settle(() => browser.status({ jobId: started.jobId! }))).toEqual({ state: 'failed', message: 'The Tenant brief (PDF) could not be made: Incomplete or corrupt PNG file.' });
  });

  it('on the desktop the save dialog comes first: cancelling it starts nothing; a chosen path gets the whole file', async () => {
    const asked: string[] = [];
    let answer: string | null = null;
    const handlers = desktop(async (name) => {
      asked.push(name);
      return answer;
    });
    expect(await handlers.start({ scenarioId: 'sc-phase1' as never, format: 'csv', hidePrices: true })).toEqual({ jobId: null });
    answer = join(dir, 'chosen.csv');
    const { jobId } = await handlers.start({ scenarioId: 'sc-phase1' as never, format: 'csv', hidePrices: true });
    expect(asked).toEqual(['North Shore Mining Campus - Phase 1 AI hall (tenant copy).csv', 'North Shore Mining Campus - Phase 1 AI hall (tenant copy).csv']);
    expect(await settle(() => handlers.status({ jobId: jobId! }))).toEqual({ state: 'done', fileName: 'chosen.csv', file: null, savedTo: answer });
    expect(readFileSync(answer, 'utf8')).toContain('UPS frame 1,000 kW');
  });

  it("puts the app's 3D view in the PDF brief as its one raster image (with its alpha mask), on a page of its own; without it the brief has none", async () => {
    const withView = await exportFile(document, catalog, { scenarioId: 'sc-phase1', format: 'pdf', hidePrices: false, viewportPng: new Uint8Array(ICON) });
    const without = await exportFile(document, catalog, { scenarioId: 'sc-phase1', format: 'pdf', hidePrices: false });
    const a = Buffer.from(withView.base64, 'base64');
    const b = Buffer.from(without.base64, 'base64');
    // The icon is RGBA, as the canvas's PNG is: the image and its alpha mask.
    expect(pdfImageCount(a)).toBe(2);
    expect(pdfImageCount(b)).toBe(0);
    const pages = pdfPagesText(a);
    expect(pages.length).toBe(pdfPagesText(b).length + 1);
    expect(pages[2]).toContain('3D view');
    expect(pages[2]).toContain('Phase 1 AI hall as the app showed it');
  });
});
