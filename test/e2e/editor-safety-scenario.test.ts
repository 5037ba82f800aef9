import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../shared/model/index.ts';
import type { ServeProcess } from '../support/serve.ts';
import { closeSampleApp, openSampleApp, type SampleApp } from './sample-app.ts';
import type { EditorPage} from './editor-page.ts';
import { racksByScenario, storedProject } from './editor-page.ts';

// The sample's scenarios have halls that stand on the same ground (Building 3, site 20–60 × 30–54 m): the as-is
// mining hall (160 racks; 320 with Buildings 1 and 2) and the phase-1 AI hall (164 racks, 12 CDUs in the hall; 324
// with the two buildings that keep mining). Phase 2 copies Phase 1 and adds Building 4 (396 racks).
const MINING = 'sc-mining';
const AI = 'sc-phase1';
const PHASE2 = 'p2-scenario-1';

/** A stored project with each record list in id order (undo re-adds records at the end). */
function sorted(doc: ProjectDocument): ProjectDocument {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  return { ...doc, scenarios: byId(doc.scenarios), halls: byId(doc.halls), rows: byId(doc.rows), racks: byId(doc.racks), equipment: byId(doc.equipment), coolingLoops: byId(doc.coolingLoops), powerFeeds: byId(doc.powerFeeds) };
}

describe('selection and edits stay in the open scenario (Chromium, browser mode, stored project)', () => {
  let serve: ServeProcess;
  let app: SampleApp | undefined;
  let page: Page;
  let ed: EditorPage;

  beforeAll(async () => {
    app = await openSampleApp();
    ({ serve, page, ed } = app);
  });

  afterAll(() => closeSampleApp(app));

  it('Ctrl+A then Delete removes the open scenario racks only, in the stored project', async () => {
    const sample = await storedProject(serve);
    const racks = racksByScenario(sample);
    expect(racks).toEqual({ [MINING]: 320, [AI]: 324, [PHASE2]: 396 });
    expect(await page.inputValue('[data-testid=scenario]')).toBe(MINING);
    await ed.key('Control+a');
    const selected = page.locator('.statusbar >> text=/^\\d+ selected$/');
    await selected.waitFor();
    const count = await selected.textContent();
    await ed.key('Delete');
    await ed.waitText('total-racks', '0');
    await ed.saved();
    expect(racksByScenario(await storedProject(serve))).toEqual({ [MINING]: 0, [AI]: 324, [PHASE2]: 396 });
    expect(count).toBe('320 selected');

    await ed.key('Control+z');
    await ed.waitText('total-racks', '320');
    await ed.saved();
    expect(sorted(await storedProject(serve))).toEqual(sorted(sample));
  });

  it('a box over ground both scenarios share selects, nudges and deletes only the open scenario records', async () => {
    const before = await storedProject(serve);
    await page.selectOption('[data-testid=scenario]', AI);
    await ed.waitText('total-racks', '324');
    await ed.planView();
    await ed.key('Shift+F');
    await ed.rendered((await ed.frames()) - 1);
    await ed.key('v');
    await ed.drag([15, 28], [64, 58]);
    await page.waitForSelector('.statusbar >> text="176 selected"');
    await ed.key('ArrowDown');
    await ed.saved();
    const nudged = await storedProject(serve);
    const hallEquipment = before.equipment.filter((e) => e.hallId === 'hall-b3-ai');
    expect(hallEquipment).toHaveLength(12);
    for (const e of hallEquipment) expect(nudged.equipment.find((x) => x.id === e.id)!.position.y).toBeCloseTo(e.position.y + 0.1, 6);
    // The mining scenario's hall, rows and racks on the same ground are exactly as they were.
    const mining = (doc: typeof before) => {
      const halls = doc.halls.filter((h) => h.scenarioId === MINING);
      const rows = doc.rows.filter((r) => halls.some((h) => h.id === r.hallId));
      return { halls, rows, racks: doc.racks.filter((k) => rows.some((r) => r.id === k.rowId)) };
    };
    expect(mining(nudged)).toEqual(mining(before));

    await ed.key('Delete');
    await ed.waitText('total-racks', '160');
    await ed.saved();
    const deleted = await storedProject(serve);
    expect(racksByScenario(deleted)).toEqual({ [MINING]: 320, [AI]: 160, [PHASE2]: 396 });
    expect(deleted.equipment.filter((e) => e.hallId === 'hall-b3-ai')).toHaveLength(0);
    expect(mining(deleted)).toEqual(mining(before));
  }, 60_000);
});
