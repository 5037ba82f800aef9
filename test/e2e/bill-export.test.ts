import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { billToCsv } from '../../shared/report-views/bill-formats.ts';
import { UTF8_BOM } from '../../shared/report-views/csv.ts';
import { analyze } from '../../shared/analysis/index.ts';
import { launchChromium } from '../support/browser.ts';
import { startServe, type ServeProcess } from '../support/serve.ts';

describe('exporting the bill from the app', () => {
  let serve: ServeProcess;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    serve = await startServe();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await serve?.stop();
  });

  it("saves the scenario's bill as the same CSV the CLI prints, named after the site and scenario", async () => {
    const sample = loadSampleDocument();
    const phase1 = sample.scenarios.find((s) => s.name === 'Phase 1 AI hall')!;
    const page = await chromium.browser.newPage({ acceptDownloads: true, viewport: { width: 1600, height: 900 } });
    await page.goto(serve.url);
    await page.waitForSelector('[data-testid=total-it]');
    await page.selectOption('[data-testid=scenario]', phase1.id);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=bill-export-csv]')]);
    expect(download.suggestedFilename()).toBe('North Shore Mining Campus - Phase 1 AI hall - bill.csv');
    const saved = readFileSync((await download.path())!, 'utf8');
    // UTF-8 with a byte-order mark, so that a spreadsheet reads the names as UTF-8.
    expect(saved).toBe(UTF8_BOM + billToCsv(analyze(sample, loadCatalog(), phase1.id)));
    await page.close();
  });
});
