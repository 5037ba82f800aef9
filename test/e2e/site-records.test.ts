import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/serve.ts';
import { closeSampleApp, openSampleApp, storedAfterSave, type SampleApp } from './sample-app.ts';

// The Site panel adds and removes site-as-built records in the real renderer: each change reaches the stored project
// (read through the API, not from the screen), Undo takes it back, and the readiness scorecard of the Compare tab,
// read from the live report, follows. The sample holds two fibre routes with dark pairs (dark fibre 1.00) and zoning
// and power held with the environmental permit applied for (approvals (1 + 1 + 0.5) / 3 = 0.83).
describe('site-as-built records in the Site panel', () => {
  let app: SampleApp;
  let page: Page;
  beforeAll(async () => {
    app = await openSampleApp();
    page = app.page;
  });
  afterAll(() => closeSampleApp(app));

  const stored = () => storedAfterSave(app!);
  const section = (type: string) => page.locator(`[data-testid=site-${type}]`);
  const recordIds = (type: string) => section(type).locator('.site-record').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.record!));
  const siteTab = () => page.click('[data-testid=site-tab]');
  /** The scorecard's score and evidence of one factor, as the Compare tab shows them. */
  const readiness = async (factor: string) => {
    await page.click('[data-testid=compare-tab]');
    await page.click('[data-testid=compare-view-readiness]');
    const row = page.locator('[data-testid=readiness-row]', { has: page.locator('td.factor', { hasText: factor }) });
    const out = { score: (await row.locator('td.num').textContent())?.trim(), evidence: await row.locator('td.evidence').textContent() };
    await siteTab();
    return out;
  };
  /** Ctrl+Z as the user presses it, with the keyboard on the 3D view. */
  const undo = () => app.ed.key('Control+z');

  it('adds a fibre route and an approval, edits them, stores them, and the scorecard follows', async () => {
    expect(await readiness('dark fibre')).toMatchObject({ score: '1.00' });
    expect(await readiness('approvals')).toMatchObject({ score: '0.83' });
    await siteTab();
    const routesBefore = await recordIds('fibreRoute');
    expect(routesBefore).toEqual(['fibre-thruway', 'fibre-rail']);

    await section('fibreRoute').locator('.site-add').click();
    const [routeId] = (await recordIds('fibreRoute')).filter((id) => !routesBefore.includes(id));
    const route = section('fibreRoute').locator(`[data-record="${routeId}"]`);
    // The new record takes the keyboard at its name, numbered after the two routes there.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Fibre route 3');
    expect(await page.textContent('[data-testid=status]')).toContain('Fibre route 3 added: no dark pairs counted until surveyed');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Lakeshore diverse route');
    await route.locator('input[data-field=routeKm]').fill('36');
    await route.locator('input[data-field=routeKm]').press('Enter');
    // A value outside the record's limits is refused in the field's words and never stored.
    await route.locator('input[data-field=darkPairs]').fill('-2');
    await route.locator('input[data-field=darkPairs]').press('Enter');
    expect(await route.locator('[role=alert]').textContent()).toContain('Dark pairs');
    await route.locator('input[data-field=darkPairs]').press('Escape');
    let doc = await stored();
    expect(doc.fibreRoutes?.find((r) => r.id === routeId)).toMatchObject({ siteId: 'site-north-shore', name: 'Lakeshore diverse route', routeKm: 36, darkPairs: 0 });
    // Scored from the new record too: listed in the evidence, no credit without dark pairs.
    const fibre = await readiness('dark fibre');
    expect(fibre.score).toBe('1.00');
    expect(fibre.evidence).toContain('Lakeshore diverse route: 0 dark pairs, 36 km to unsurveyed carrier hotel, 0.1 ms round trip');

    // The approval from the keyboard: Enter on its Add button.
    await section('approval').locator('.site-add').focus();
    await page.keyboard.press('Enter');
    const approvalIds = await recordIds('approval');
    const approvalId = approvalIds[approvalIds.length - 1]!;
    expect(approvalIds).toHaveLength(5);
    const approval = section('approval').locator(`[data-record="${approvalId}"]`);
    expect(await approval.locator('input[data-field=name]').inputValue()).toBe('Building approval');
    await approval.locator('select[data-field=kind]').selectOption('environmental');
    await approval.locator('select[data-field=status]').selectOption('held');
    doc = await stored();
    expect(doc.approvals?.find((a) => a.id === approvalId)).toMatchObject({ kind: 'environmental', status: 'held', date: null });
    expect(await readiness('approvals')).toMatchObject({ score: '1.00' });

    // Undo takes back the two choices, then the approval itself.
    for (let i = 0; i < 3; i++) await undo();
    await approval.waitFor({ state: 'detached' });
    doc = await stored();
    expect(doc.approvals?.map((a) => a.id)).toEqual(['appr-zoning', 'appr-power', 'appr-air', 'appr-water']);
    expect(doc.fibreRoutes?.map((r) => r.id)).toEqual([...routesBefore, routeId]);
    expect(await readiness('approvals')).toMatchObject({ score: '0.83' });
  });

  it('removes a route with its button, the score drops to one diverse route, and Undo brings it back', async () => {
    await siteTab();
    await section('fibreRoute').getByRole('button', { name: 'Remove fibre route Rail corridor route' }).click();
    expect(await recordIds('fibreRoute')).not.toContain('fibre-rail');
    expect(await page.textContent('[data-testid=status]')).toBe('Fibre route Rail corridor route removed; Undo brings it back');
    expect((await stored()).fibreRoutes?.map((r) => r.id)).not.toContain('fibre-rail');
    // Thruway (48 pairs) is the one route left with dark pairs: 1 / 2 diverse routes.
    expect(await readiness('dark fibre')).toMatchObject({ score: '0.50' });
    await undo();
    expect((await stored()).fibreRoutes?.find((r) => r.id === 'fibre-rail')).toMatchObject({ name: 'Rail corridor route', darkPairs: 12 });
    expect(await readiness('dark fibre')).toMatchObject({ score: '1.00' });
  });

  it("offers an Add for a hall of the open scenario whose construction record was removed, named after the hall", async () => {
    await siteTab();
    const construction = section('hallConstruction');
    await construction.getByRole('button', { name: 'Remove hall construction Building 1 (steel portal frame, 2021)' }).click();
    const missing = construction.locator('.site-missing li[data-hall=hall-b1-mining]');
    expect(await missing.textContent()).toBe('Building 1 (hydro mining)no construction recordAdd');
    expect((await stored()).hallConstructions?.map((c) => c.id)).not.toContain('hc-b1');
    await missing.getByRole('button', { name: 'Add' }).click();
    await missing.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Building 1 (hydro mining)');
    const added = (await stored()).hallConstructions?.find((c) => c.hallId === 'hall-b1-mining');
    expect(added).toMatchObject({ name: 'Building 1 (hydro mining)', roofLoadKgPerM2: 0, fireRatingHours: 0, occupancy: 'U', yearBuilt: null });
    // Phase 1's copy of the building keeps its own record: the change stayed in the open scenario.
    expect((await stored()).hallConstructions?.find((c) => c.id === 'p1-hc-b1')?.roofLoadKgPerM2).toBe(35);
  });

  it('lists the adds in the command palette, which adds a land parcel to the open Site panel', async () => {
    await siteTab();
    expect(await recordIds('landParcel')).toEqual(['land-campus']);
    await app.ed.key('Control+k');
    await page.fill('#command-palette-input', 'add land');
    expect(await page.locator('[data-testid=palette-line]').first().textContent()).toContain('Add land parcel');
    await page.keyboard.press('Enter');
    await expect.poll(() => recordIds('landParcel')).toHaveLength(2);
    // The panel shows it with the keyboard at its name, as after its own Add.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Land parcel 2');
    const doc = await stored();
    expect(doc.landParcels?.[1]).toMatchObject({ name: 'Land parcel 2', areaHa: 1, expandableHa: 0, tenure: 'option' });
    mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
    for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(REPO_ROOT, 'test-results', `site-records-${width}.png`) });
    }
  });
});
