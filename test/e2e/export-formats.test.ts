import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { exportFile } from '../../main/export/export-file.ts';
import { EXPORT_FORMAT_IDS, type ExportFormatId } from '../../shared/report-views/export-formats.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';
import { pdfImageCount, pdfPagesText } from '../export/pdf-readers.ts';

/** How each format's file begins: enough to know the browser saved the whole file of the right kind. */
const MAGIC: Record<ExportFormatId, (bytes: Buffer) => boolean> = {
  json: (b) => JSON.parse(b.toString('utf8')).format === 'powerhall-project',
  csv: (b) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf,
  xlsx: (b) => b.subarray(0, 2).toString('latin1') === 'PK',
  pdf: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' && b.subarray(-6).toString('latin1').includes('%%EOF'),
  glb: (b) => b.readUInt32LE(0) === 0x46546c67 && b.readUInt32LE(8) === b.length,
  dxf: (b) => b.toString('utf8').includes('SECTION') && b.toString('utf8').trimEnd().endsWith('EOF'),
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

describe('exporting every format from the app (browser mode)', () => {
  let app: SampleApp | undefined;

  beforeAll(async () => {
    app = await openSampleApp();
  });
  afterAll(() => closeSampleApp(app));

  it('downloads each format of the scenario on screen, named after the site and scenario', async () => {
    const sample = loadSampleDocument();
    const phase1 = sample.scenarios.find((s) => s.name === 'Phase 1 AI hall')!;
    const { page } = app!;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.selectOption('[data-testid=scenario]', phase1.id);
    await page.click('[data-testid=export-open]');
    await page.waitForSelector('[data-testid=export-dialog]');
    await page.screenshot({ path: 'test-results/export-dialog.png' });
    for (const format of EXPORT_FORMAT_IDS) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=export-${format}]`)]);
      expect(download.suggestedFilename()).toBe(`North Shore Mining Campus - Phase 1 AI hall.${format}`);
      const bytes = readFileSync((await download.path())!);
      expect(MAGIC[format](bytes), format).toBe(true);
      if (format === 'pdf') {
        // The app sends its 3D view: the brief's one raster image (with its alpha mask), on a page of its own.
        expect(pdfImageCount(bytes)).toBe(2);
        expect(pdfPagesText(bytes)[2]).toContain('3D view');
      }
      await page.waitForSelector(`[data-testid=export-status]:has-text("Saved")`);
    }
    const expected = await exportFile(sample, loadCatalog(), { scenarioId: phase1.id, format: 'csv', hidePrices: true });
    await page.check('[data-testid=export-hide-prices]');
    expect(await page.isDisabled('[data-testid=export-json]')).toBe(true);
    const [tenant] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    expect(tenant.suggestedFilename()).toBe(expected.fileName);
    expect(readFileSync((await tenant.path())!).toString('base64')).toBe(expected.base64);
    await page.screenshot({ path: 'test-results/export-dialog-done.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/export-dialog-1920.png' });
  });
});
