import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedProject } from './editor-page.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';

// A unit's delivery date in the real renderer: the inspector takes it for a unit the compare buys, refuses a day
// that is not on the calendar with a message naming the field (the stored project untouched), stores a valid one,
// and an emptied field writes the unit without it.
describe('delivery date in the inspector', () => {
  let app: SampleApp;
  beforeAll(async () => {
    app = await openSampleApp();
  });
  afterAll(() => closeSampleApp(app));

  const unitOf = async (name: string) => (await storedProject(app.serve)).equipment.find((e) => e.name === name)!;

  it('is refused when not a calendar day, stored when valid, and cleared when emptied', async () => {
    const { page, ed } = app;
    // Phase 2 places Chiller 5 new: opened, its compare against Phase 1 lists it to buy.
    const phase2 = (await storedProject(app.serve)).scenarios.find((s) => s.name.startsWith('Phase 2'))!.id;
    const opened = await ed.frames();
    await page.selectOption('[data-testid=scenario]', phase2);
    await ed.rendered(opened);
    await page.click('[data-testid=compare-tab]');
    await page.click('[data-testid=compare-view-assets]');
    await page.locator('[data-testid=compare-asset]', { hasText: 'Chiller 5' }).first().click();
    await page.click('.tabs button:has-text("Inspector")');
    expect(await page.getAttribute('[data-testid=disposition-value]', 'data-disposition')).toBe('new');
    const field = page.locator('[data-testid=disposition-section] input[data-field=deliveryDate]');
    const before = await unitOf('Chiller 5');
    expect(before.deliveryDate).toBeUndefined();

    await field.fill('2027-02-30');
    await field.press('Enter');
    await expect.poll(() => page.locator('[data-testid=disposition-section] [role=alert]').textContent()).toBe('Delivery date must be a day of the calendar');
    expect(await field.inputValue()).toBe('2027-02-30');
    expect(await page.textContent('[data-testid=status]')).toBe('Delivery date must be a day of the calendar');
    expect((await unitOf('Chiller 5')).deliveryDate).toBeUndefined();
    await page.screenshot({ path: '/tmp/retro10-delivery-refused-1600.png' });

    await field.fill('2027-03-15');
    await field.press('Enter');
    await ed.saved();
    expect((await unitOf('Chiller 5')).deliveryDate).toBe('2027-03-15');
    expect(await page.locator('[data-testid=disposition-section] [role=alert]').count()).toBe(0);
    expect(await page.textContent('[data-testid=status]')).not.toContain('Delivery date');
    for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `/tmp/retro10-delivery-${width}.png` });
    }
    await page.setViewportSize({ width: 1600, height: 900 });

    await field.fill('');
    await field.press('Enter');
    await ed.saved();
    expect('deliveryDate' in (await unitOf('Chiller 5'))).toBe(false);
  });
});
