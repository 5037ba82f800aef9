import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSampleApp, openSampleApp, storedAfterSave, type SampleApp } from './sample-app.ts';

// In the Site panel, Undo of a removal puts the record back where it stood in its list, not at the end, and Redo
// takes it out again; the stored project lists it there too. The sample lists four approvals; the second (the
// interconnection agreement) is removed.
describe('undo of a removal in the Site panel', () => {
  let app: SampleApp;
  let page: Page;
  beforeAll(async () => {
    app = await openSampleApp();
    page = app.page;
  });
  afterAll(() => closeSampleApp(app));

  const approvals = () => page.locator('[data-testid=site-approval] .site-record').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.record!));
  const SAMPLE = ['appr-zoning', 'appr-power', 'appr-air', 'appr-water'];

  it('brings the second approval back second, and Redo removes it again', async () => {
    await page.click('[data-testid=site-tab]');
    expect(await approvals()).toEqual(SAMPLE);
    await page.locator('[data-testid=site-approval]').getByRole('button', { name: 'Remove approval Interconnection agreement, 500 MW firm' }).click();
    await expect.poll(approvals).toEqual(['appr-zoning', 'appr-air', 'appr-water']);
    expect((await storedAfterSave(app)).approvals?.map((a) => a.id)).not.toContain('appr-power');

    await app.ed.key('Control+z');
    await expect.poll(approvals).toEqual(SAMPLE);
    // The file keeps the order too, so the project reopens as the panel shows it.
    expect((await storedAfterSave(app)).approvals?.map((a) => a.id)).toEqual(SAMPLE);

    await app.ed.key('Control+Shift+z');
    await expect.poll(approvals).toEqual(['appr-zoning', 'appr-air', 'appr-water']);
    await app.ed.key('Control+z');
    await expect.poll(approvals).toEqual(SAMPLE);
  });
});
