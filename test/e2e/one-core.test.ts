import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectFile } from '../../main/store/create-project-file.ts';
import { createApiClient } from '../../shared/contract/client.ts';
import type { ScenarioId } from '../../shared/model/index.ts';
import { ScenarioReport } from '../../shared/analysis/index.ts';
import { BillJson } from '../../shared/report-views/bill-formats.ts';
import { oneCoreProject } from '../fixtures/analysis/one-core-project.ts';
import { launchChromium } from '../support/browser.ts';
import { runCli } from '../support/run-cli.ts';
import { startServe, type ServeProcess } from '../support/serve.ts';

// The app in Chromium, the contract over HTTP and the CLI, on one .powerhall file: one report.
describe('the app, the contract and the CLI read one report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'powerhall-e2e-core-'));
  const path = join(dir, 'one-core.powerhall');
  const doc = oneCoreProject();
  let serve: ServeProcess;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    createProjectFile(path, doc, 'test');
    serve = await startServe({ project: path });
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await serve?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows in the app the checks and group figures that bill.compute and powerhall bill give', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(serve.url);
    await page.waitForSelector('[data-testid=total-it]');
    const live = ScenarioReport.parse(JSON.parse(await page.evaluate(() => (window as unknown as { powerhallReport: () => string }).powerhallReport())));
    await page.close();

    const api = createApiClient(async (service, method, request) => {
      const response = await fetch(`${serve.origin}/api/${service}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-powerhall-token': serve.token, origin: serve.origin },
        body: JSON.stringify(request),
      });
      return response.json();
    });
    const contract = await api.bill.compute({ scenarioId: doc.scenarios[0]!.id as ScenarioId });
    const cli = BillJson.parse(JSON.parse((await runCli(['bill', path, '--format', 'json'])).out));

    expect(live.checks.map((c) => c.code)).toEqual(expect.arrayContaining(['aisle-clearance', 'cdu-over-capacity', 'loop-over-capacity']));
    for (const other of [contract, cli]) {
      expect(other.checks).toEqual(live.checks);
      expect(other.groups).toEqual(live.groups);
      expect(other.summary).toEqual(live.summary);
    }
    expect(contract.placement).toEqual(live.placement);
  });
});
