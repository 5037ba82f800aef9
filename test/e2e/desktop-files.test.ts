import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';
import type { ServeProcess } from '../support/serve.ts';
import { storedProject } from './editor-page.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';

const AI = 'sc-phase1';

/** Waits for the app after a reload (another project served, or the start screen). */
async function loaded(page: Page, what: 'app' | 'start'): Promise<void> {
  await page.waitForSelector(what === 'app' ? '[data-testid=total-it]' : '[data-testid=start-screen]');
}

async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByTestId('project-menu').click();
  await page.getByTestId(item).click();
}

const equipmentNamed = (doc: ProjectDocument, prefix: string) => doc.equipment.filter((e) => e.name.startsWith(prefix)).map((e) => [e.name, e.scenarioId]);

// Each step reloads the app on the full sample; on a shared machine that takes a while, hence the longer limit.
describe('project files in browser mode: New, Open, Open Recent, Save a copy, Import, drop, Close (Chromium, stored project)', { timeout: 90_000 }, () => {
  let serve: ServeProcess;
  let app: SampleApp | undefined;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    app = await openSampleApp();
    ({ serve, page } = app);
    dir = mkdtempSync(join(tmpdir(), 'powerhall-files-e2e-'));
  });
  afterAll(async () => {
    await closeSampleApp(app);
    rmSync(dir, { recursive: true, force: true });
  });

  it('Save a copy downloads a consistent project file that opens as the stored project', async () => {
    const stored = await storedProject(serve);
    const [download] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'file.saveAs')]);
    expect(download.suggestedFilename()).toBe('North Shore sample.powerhall');
    const copy = join(dir, 'copy.powerhall');
    await download.saveAs(copy);
    const reopened = ProjectService.open(copy);
    expect(reopened.load()).toEqual(stored);
    reopened.close();
  });

  it('Import takes a CSV from the file chooser into the open scenario, and a dropped CSV the same way', async () => {
    await page.selectOption('[data-testid=scenario]', AI);
    const csv = join(dir, 'yard.csv');
    writeFileSync(csv, 'catalog,name,x,y\ndrycooler-adiabatic-500kw,DC-chosen-1,150,150\n');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), fileMenu(page, 'file.import')]);
    await Promise.all([page.waitForEvent('load'), chooser.setFiles(csv)]);
    await loaded(page, 'app');
    expect(equipmentNamed(await storedProject(serve), 'DC-chosen-')).toEqual([['DC-chosen-1', AI]]);
    // The scenario shown before the reload is shown again, so the drop goes there too.
    expect(await page.inputValue('[data-testid=scenario]')).toBe(AI);

    const dropped = 'catalog,name,x,y\ndrycooler-adiabatic-500kw,DC-dropped-1,170,150\ndrycooler-adiabatic-500kw,DC-dropped-2,180,150\n';
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return data;
    }, dropped);
    await page.dispatchEvent('[data-testid=viewport]', 'dragover', { dataTransfer: transfer });
    await page.getByTestId('drop-zone').waitFor();
    await Promise.all([page.waitForEvent('load'), page.dispatchEvent('[data-testid=viewport]', 'drop', { dataTransfer: transfer })]);
    await loaded(page, 'app');
    expect(equipmentNamed(await storedProject(serve), 'DC-dropped-')).toEqual([
      ['DC-dropped-1', AI],
      ['DC-dropped-2', AI],
    ]);
  });

  it('New makes an empty project and serves it; Open takes a project file; Open Recent brings the sample back', async () => {
    await fileMenu(page, 'file.new');
    await page.getByTestId('name-dialog-input').fill('E2E site');
    await Promise.all([page.waitForEvent('load'), page.getByTestId('name-dialog-input').press('Enter')]);
    await loaded(page, 'app');
    const fresh = await storedProject(serve);
    expect(fresh.site.name).toBe('E2E site');
    expect([fresh.scenarios.length, fresh.halls.length, fresh.racks.length]).toEqual([1, 0, 0]);
    expect(await page.title()).toContain('E2E site');

    const copy = join(dir, 'copy.powerhall');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), fileMenu(page, 'file.open')]);
    await Promise.all([page.waitForEvent('load'), chooser.setFiles(copy)]);
    await loaded(page, 'app');
    expect((await storedProject(serve)).site.name).toBe('North Shore Mining Campus');
    expect(equipmentNamed(await storedProject(serve), 'DC-')).toEqual([]);

    await page.getByTestId('project-menu').click();
    const recent = page.getByTestId('recent-project');
    await expect.poll(() => recent.allTextContents()).toEqual(['copy', 'E2E site', 'North Shore sample']);
    await Promise.all([page.waitForEvent('load'), recent.filter({ hasText: 'North Shore sample' }).click()]);
    await loaded(page, 'app');
    expect(equipmentNamed(await storedProject(serve), 'DC-dropped-')).toHaveLength(2);
  });

  it('Close leaves the start screen; a recent project opens from it', async () => {
    await Promise.all([page.waitForEvent('load'), fileMenu(page, 'file.close')]);
    await loaded(page, 'start');
    await expect(storedProject(serve)).rejects.toThrow(/No project is open/);
    await Promise.all([page.waitForEvent('load'), page.getByTestId('start-recent').filter({ hasText: 'E2E site' }).click()]);
    await loaded(page, 'app');
    expect((await storedProject(serve)).site.name).toBe('E2E site');
  });
});
