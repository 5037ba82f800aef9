import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { exportFile } from '../../main/export/export-file.ts';
import { ExportJobs } from '../../main/export/export-jobs.ts';
import { createExportHandlers } from '../../main/export/export-service.ts';
import type { ExportFormat } from '../../main/export/format.ts';
import { exportToFile } from '../../main/export/write-export.ts';
import type { ExportJobStatus } from '../../shared/contract/services.ts';
import { phase1Context } from './export-fixture.ts';
import { pdfImageCount, pdfPagesText } from './pdf-readers.ts';

const ICON = readFileSync(join(import.meta.dirname, '../../resources/icons/png/48x48.png'));

/** Polls a job the way the Export dialog does, until it is no longer running. */
async function settle(read: () => ExportJobStatus | Promise<ExportJobStatus>): Promise<ExportJobStatus> {
  for (;;) {
    const status = await read();
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A writer that reports half way, then waits for `release` before it would finish (or fail). */
function heldWriter(failure?: Error): { format: ExportFormat; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const format: ExportFormat = {
    id: 'csv',
    label: 'Held CSV',
    extension: 'csv',
    mediaType: 'text/csv',
    async write(_context, progress) {
      progress(0.5, 'half way');
      await held;
      if (failure) throw failure;
      progress(1, 'written');
      return new TextEncoder().encode('a,b\n');
    },
  };
  return { format, release: () => release() };
}

describe('export jobs (issue 12, point 1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'powerhall-export-jobs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers start at once, reports progress while the writer runs, then hands back the same file as a direct export', async () => {
    const document = loadSampleDocument();
    const catalog = loadCatalog();
    const handlers = createExportHandlers({ project: { load: () => document }, catalog });
    const { jobId } = await handlers.start({ scenarioId: 'sc-phase1' as never, format: 'csv', hidePrices: true });
    expect(jobId).not.toBeNull();
    expect(await handlers.status({ jobId: jobId! })).toMatchObject({ state: 'running' });
    const status = await settle(() => handlers.status({ jobId: jobId! }));
    if (status.state !== 'done') throw new Error(JSON.stringify(status));
    // CSV, whose bytes depend on nothing but the report (a workbook stamps the time it was made).
    const direct = await exportFile(document, catalog, { scenarioId: 'sc-phase1', format: 'csv', hidePrices: true });
    expect(status.fileName).toBe(direct.fileName);
    expect(status.file?.base64).toBe(direct.base64);
    // A finished job is answered once.
    await expect(Promise.resolve().then(() => handlers.status({ jobId: jobId! }))).rejects.toThrow(/no longer known/);
  });

  it('cancelled half way: the job says cancelled and the target file is never created', async () => {
    const jobs = new ExportJobs();
    const { format, release } = heldWriter();
    const target = join(dir, 'cancelled.csv');
    const id = jobs.start(async (progress) => {
      await exportToFile(format, phase1Context(), target, progress);
      return { fileName: 'cancelled.csv', file: null, savedTo: target };
    });
    await settle(async () => {
      const s = jobs.status(id);
      return s.state === 'running' && s.stage === 'half way' ? { state: 'cancelled' } : s;
    });
    expect(jobs.cancel(id)).toBe(true);
    release();
    expect(await settle(() => jobs.status(id))).toEqual({ state: 'cancelled' });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('cancelled'))).toEqual([]);
  });

  it('a writer that fails says why and leaves no file, not even a temporary one', async () => {
    const jobs = new ExportJobs();
    const { format, release } = heldWriter(new Error('the bill has no lines to write'));
    const target = join(dir, 'failed.csv');
    const id = jobs.start(async (progress) => {
      await exportToFile(format, phase1Context(), target, progress);
      return { fileName: 'failed.csv', file: null, savedTo: target };
    });
    release();
    const status = await settle(() => jobs.status(id));
    expect(status).toEqual({ state: 'failed', message: expect.stringContaining('The Held CSV could not be made: the bill has no lines to write. Nothing was written to') });
    expect(readdirSync(dir).filter((f) => f.includes('failed'))).toEqual([]);
  });

  it('on the desktop the save dialog comes first: cancelling it starts nothing; a chosen path gets the whole file', async () => {
    const document = loadSampleDocument();
    const asked: string[] = [];
    let answer: string | null = null;
    const handlers = createExportHandlers({
      project: { load: () => document },
      catalog: loadCatalog(),
      chooseExportPath: async (name) => {
        asked.push(name);
        return answer;
      },
    });
    expect(await handlers.start({ scenarioId: 'sc-phase1' as never, format: 'csv', hidePrices: true })).toEqual({ jobId: null });
    answer = join(dir, 'chosen.csv');
    const { jobId } = await handlers.start({ scenarioId: 'sc-phase1' as never, format: 'csv', hidePrices: true });
    expect(asked).toEqual(['North Shore Mining Campus - Phase 1 AI hall (tenant copy).csv', 'North Shore Mining Campus - Phase 1 AI hall (tenant copy).csv']);
    expect(await settle(() => handlers.status({ jobId: jobId! }))).toEqual({ state: 'done', fileName: 'chosen.csv', file: null, savedTo: answer });
    expect(readFileSync(answer, 'utf8')).toContain('UPS frame 1,000 kW');
  });

  it('puts the app\'s 3D view in the PDF brief as its one raster image (with its alpha mask), on a page of its own; without it the brief has none', async () => {
    const document = loadSampleDocument();
    const catalog = loadCatalog();
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
