import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { billToCsv } from '../../shared/report-views/bill-formats.ts';
import { UTF8_BOM } from '../../shared/report-views/csv.ts';
import { analyze } from '../../shared/analysis/index.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';

describe('exporting the bill from the app', () => {
  let app: SampleApp | undefined;

  beforeAll(async () => {
    app = await openSampleApp();
  });
  afterAll(() => closeSampleApp(app));

  it("saves the scenario's bill as the same CSV the CLI prints, named after the site and scenario", async () => {
    const sample = loadSampleDocument();
    const phase1 = sample.scenarios.find((s) => s.name === 'Phase 1 AI hall')!;
    const { page } = app!;
    await page.selectOption('[data-testid=scenario]', phase1.id);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=bill-export-csv]')]);
    expect(download.suggestedFilename()).toBe('North Shore Mining Campus - Phase 1 AI hall - bill.csv');
    const saved = readFileSync((await download.path())!, 'utf8');
    // UTF-8 with a byte-order mark, so that a spreadsheet reads the names as UTF-8.
    expect(saved).toBe(UTF8_BOM + billToCsv(analyze(sample, loadCatalog(), phase1.id)));
  });
});
