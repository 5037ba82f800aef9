import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hallToSite, slotCentreInHall } from '../../shared/geometry/plan.ts';
import { closeSampleApp, openSampleApp, storedAfterSave, type SampleApp } from './sample-app.ts';
import type { EditorPage} from './editor-page.ts';

const MINING = 'sc-mining';
const SUPPLY = 'Supply temperature';

describe('number fields commit a whole valid value or nothing (Chromium, browser mode, stored project)', () => {
  let app: SampleApp | undefined;
  let page: Page;
  let ed: EditorPage;

  const stored = () => storedAfterSave(app!);
  const supplyC = async () => (await stored()).scenarios.find((s) => s.id === MINING)!.liquidSupplyC;
  /** Replaces the field's text keystroke by keystroke, as a user types it, without committing. */
  const typeInto = async (field: Locator, text: string) => {
    await field.click();
    await field.press('Control+a');
    await field.press('Backspace');
    await field.pressSequentially(text);
  };
  const status = () => ed.text('status');

  beforeAll(async () => {
    app = await openSampleApp();
    ({ page, ed } = app);
  });

  afterAll(() => closeSampleApp(app));

  it('typing 95 °C applies nothing (not 9), Enter keeps it in the field with the limits, a valid value commits as one undo step', async () => {
    expect(await supplyC()).toBe(35);
    await page.click('button:has-text("Settings")');
    await page.click('role=tab[name=/Inspector/]');
    const field = page.locator('[data-testid=inspector] input[data-field=liquidSupplyC]');
    const alert = page.locator('[data-testid=inspector] [role=alert]');
    const capex = await ed.text('total-capex');

    await typeInto(field, '95 °C');
    expect(await supplyC()).toBe(35);
    expect(await ed.text('total-capex')).toBe(capex);
    await field.press('Enter');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(`${SUPPLY} must be 5–60 °C`);
    expect(await status()).toBe(`${SUPPLY} must be 5–60 °C`);
    expect(await field.inputValue()).toBe('95 °C');
    // Leaving the field keeps the invalid text and the message; the document never saw it.
    await page.click('[data-testid=inspector] h3');
    expect(await field.inputValue()).toBe('95 °C');
    expect(await alert.textContent()).toBe(`${SUPPLY} must be 5–60 °C`);
    expect(await supplyC()).toBe(35);
    expect(await ed.text('total-capex')).toBe(capex);

    // The message goes from the field and the status line as soon as the text is right; Enter applies it.
    await typeInto(field, '32 °C');
    await alert.waitFor({ state: 'detached' });
    expect(await status()).toBe('Ready');
    await field.press('Enter');
    expect(await supplyC()).toBe(32);
    expect(await field.inputValue()).toBe('32');
    await typeInto(field, '30');
    await field.press('Enter');
    expect(await supplyC()).toBe(30);
    // Escape puts back the stored value.
    await typeInto(field, '45');
    await field.press('Escape');
    expect(await field.inputValue()).toBe('30');
    await page.click('[data-testid=inspector] h3');
    expect(await supplyC()).toBe(30);
    // Both commits of this visit are one undo step.
    await ed.key('Control+z');
    expect(await supplyC()).toBe(35);
    await page.waitForFunction(() => (document.querySelector('[data-testid=inspector] input[data-field=liquidSupplyC]') as HTMLInputElement).value === '35');
  }, 60_000);

  it('a rack IT kW override refuses 1e9 and 0 with its limits, takes "1,000 kW", and empties to the profile figure', async () => {
    const doc = await stored();
    const hall = doc.halls.find((h) => h.scenarioId === MINING)!;
    const row = doc.rows.find((r) => r.hallId === hall.id)!;
    const rack = doc.racks.find((k) => k.rowId === row.id)!;
    await ed.planView();
    await ed.key('Shift+F');
    await ed.rendered((await ed.frames()) - 1);
    await ed.key('v');
    // Framed on the hall (a click on its empty corner selects it, F frames the selection), a click lands on one rack.
    const corner = hallToSite(hall, { x: 0.5, y: 0.5 });
    await ed.click(corner.x, corner.y);
    const framed = await ed.frames();
    await ed.key('f');
    await ed.rendered(framed);
    const c = hallToSite(hall, slotCentreInHall(row, rack.slot, 1.2));
    await ed.click(c.x, c.y);
    await page.waitForSelector('.statusbar >> text="1 selected"');
    const id = (await page.getAttribute('[data-testid=inspector]', 'data-record-id'))!;
    expect(id).toBe(rack.id);
    const cap = page.locator('[data-testid=inspector] input[data-field=itKwOverride]');
    const alert = page.locator('[data-testid=inspector] [role=alert]');
    const capOf = async () => (await stored()).racks.find((k) => k.id === id)!.itKwOverride;
    expect(await capOf()).toBeNull();

    for (const bad of ['1e9', '0', '1,00']) {
      await typeInto(cap, bad);
      await cap.press('Enter');
      await alert.waitFor();
      expect(await alert.textContent()).toBe(bad === '1,00' ? 'IT kW override: “1,00” is not a number' : 'IT kW override must be more than 0 and at most 2,000 kW');
      expect(await capOf()).toBeNull();
    }
    await typeInto(cap, '1,000 kW');
    await cap.press('Enter');
    await alert.waitFor({ state: 'detached' });
    expect(await capOf()).toBe(1000);
    await typeInto(cap, '');
    await cap.press('Enter');
    expect(await capOf()).toBeNull();
  }, 60_000);
});
