import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import { compareScenarios } from '../../shared/analysis/retrofit/index.ts';
import { DocRecord, ProjectDocument, type HallId, type ScenarioId } from '../../shared/model/index.ts';
import { actionMenuEntries, runAction } from '../../renderer/editor/actions/index.ts';
import { SITE_RECORD_TYPES } from '../../renderer/editor/actions/site-record-starts.ts';
import { createEditor, type Editor } from '../../renderer/editor/editor.ts';
import { catalog, createdIds, document, newEditor } from './fixtures.ts';

// The Site panel's add and remove of site-as-built records: each one undo step through the editor's actions, the
// starting records valid, named in a series, taken from the site's own figures or earning no readiness credit, and
// a hall's construction held to the open scenario like every hall record.

const SITE_LEVEL = SITE_RECORD_TYPES.filter((t) => t !== 'hallConstruction');

/** The document's records by id. */
const recordsOf = (ed: Editor) => new Map(Object.values(ed.store.toDocument()).flatMap((v) => (Array.isArray(v) ? v : [v])).filter((r): r is { id: string } => typeof r === 'object' && r !== null && 'id' in r).map((r) => [r.id, r]));

/** Runs `act`, which must change the document as one undo step that undo takes back and redo puts back. */
function oneStep(ed: Editor, act: () => unknown): void {
  const before = recordsOf(ed);
  const depth = ed.history.depth;
  act();
  const after = recordsOf(ed);
  expect(after).not.toEqual(before);
  expect(ed.history.depth).toBe(depth + 1);
  runAction(ed, 'history.undo');
  expect(recordsOf(ed)).toEqual(before);
  runAction(ed, 'history.redo');
  expect(recordsOf(ed)).toEqual(after);
}

const readinessOf = (ed: Editor) => {
  const sc = ed.session.state.scenarioId as ScenarioId;
  const report = compareScenarios(ed.store.toDocument(), catalog, sc, sc, { asOf: '2026-12-01' });
  return Object.fromEntries(report.readiness.map((f) => [f.factor, f]));
};

describe('adding site-as-built records', () => {
  it('adds each type under the site as one undo step, its record valid by its schema', () => {
    const ed = newEditor();
    for (const type of SITE_LEVEL) {
      let id = '';
      oneStep(ed, () => (id = createdIds(runAction(ed, `site.add.${type}`))[0]!));
      const record = ed.store.get(id)!;
      expect(record.type).toBe(type);
      expect((record as { siteId: string }).siteId).toBe('site-1');
      expect(DocRecord.safeParse(record).success).toBe(true);
    }
    expect(SITE_LEVEL.map((t) => ed.store.all(t).length)).toEqual(SITE_LEVEL.map(() => 1));
  });

  it('takes the substation and interconnect from the site figures (138 kV, 60 MVA, 50 MW), the interconnect queued', () => {
    const ed = newEditor();
    const [s] = createdIds(runAction(ed, 'site.add.substation'));
    const [i] = createdIds(runAction(ed, 'site.add.interconnect'));
    expect(ed.store.get(s!, 'substation')).toMatchObject({ name: 'Substation', hvKv: 138, transformerCount: 1, transformerMva: 60, redundancy: 'N' });
    expect(ed.store.get(i!, 'interconnect')).toMatchObject({ name: 'Interconnect', firmMw: 50, voltageKv: 138, status: 'queued', date: null });
    expect(ed.session.state.status?.text).toBe("Interconnect added: 50 MW at 138 kV from the site's figures, queued with no date until it is confirmed energised");
  });

  it('numbers new names after the records already there, without repeating a word', () => {
    const ed = newEditor();
    const name = (type: string) => ed.store.get(createdIds(runAction(ed, `site.add.${type}`))[0]!) as { name: string };
    expect(name('fibreRoute').name).toBe('Fibre route');
    expect(name('fibreRoute').name).toBe('Fibre route 2');
    // Two routes named by the survey: the new one is the third.
    for (const r of ed.store.all('fibreRoute')) runAction(ed, 'record.update', { id: r.id, patch: { name: r.name === 'Fibre route' ? 'Thruway route' : 'Rail route' } });
    expect(name('fibreRoute').name).toBe('Fibre route 3');
    runAction(ed, 'record.update', { id: ed.store.all('fibreRoute')[2]!.id, patch: { name: 'Fibre route 7' } });
    expect(name('fibreRoute').name).toBe('Fibre route 8');
    // Approvals are named by their kind: the three a conversion needs first, then the others, then numbered.
    expect([1, 2, 3, 4, 5, 6, 7].map(() => name('approval').name)).toEqual([
      'Zoning approval', 'Power approval', 'Environmental approval', 'Building approval', 'Water approval', 'Building approval 2', 'Building approval 3',
    ]);
    // A record named by the survey is named with its kind in messages; one named after its kind is not named twice.
    const [zoning] = ed.store.all('approval');
    runAction(ed, 'record.update', { id: zoning!.id, patch: { name: 'Heavy industrial zoning' } });
    expect(runAction(ed, 'site.remove', { id: zoning!.id }).ok).toBe(true);
    expect(ed.session.state.status?.text).toBe('Approval Heavy industrial zoning removed; Undo brings it back');
    expect(name('labour').name).toBe('Labour market');
    expect(name('labour').name).toBe('Labour market 2');
    expect(ed.session.state.status?.text).toBe('Labour market 2 added: scarce, no trades or site staff counted until surveyed');
  });

  it('starts fibre, water, land, approvals and labour at values that earn no readiness credit', () => {
    const ed = newEditor();
    const before = readinessOf(ed);
    for (const factor of ['dark fibre', 'cooling water', 'land', 'skilled labour', 'approvals']) expect(before[factor]).toMatchObject({ score: null, blocking: true });
    for (const type of ['fibreRoute', 'waterSupply', 'landParcel', 'labour', 'approval']) runAction(ed, `site.add.${type}`);
    const after = readinessOf(ed);
    // Scored now (the records exist), but at nothing: no pairs, no rights, scarce labour, nothing applied for.
    expect(after['dark fibre']).toMatchObject({ score: 0, blocking: true });
    expect(after['skilled labour']).toMatchObject({ score: 0.25, blocking: true });
    expect(after['approvals']).toMatchObject({ score: 0, blocking: true });
    expect(after['land']!.evidence).toContain('Land parcel: option');
    expect(after['cooling water']!.evidence).toContain('Water supply: none, 0 m³/day');
    // The survey's figures then count: a route with pairs, an approval held.
    runAction(ed, 'record.update', { id: ed.store.all('fibreRoute')[0]!.id, patch: { darkPairs: 24 } });
    runAction(ed, 'record.update', { id: ed.store.all('approval')[0]!.id, patch: { status: 'held' } });
    expect(readinessOf(ed)['dark fibre']!.score).toBe(0.5);
    expect(readinessOf(ed)['approvals']!.score).toBe(0.33);
  });

  it('splits a substation MVA larger than one transformer into equal ones, and starts from the interconnect without one', () => {
    const big = createEditor({ ...document, site: { ...document.site, substationMva: 4500 } }, catalog);
    const [s] = createdIds(runAction(big, 'site.add.substation'));
    expect(big.store.get(s!, 'substation')).toMatchObject({ transformerCount: 3, transformerMva: 1500 });
    const none = createEditor({ ...document, site: { ...document.site, substationMva: 0 } }, catalog);
    const [t] = createdIds(runAction(none, 'site.add.substation'));
    expect(none.store.get(t!, 'substation')).toMatchObject({ transformerCount: 1, transformerMva: 50 });
    expect(none.session.state.status?.text).toContain("50 MVA from the site's 50 MW interconnect at unity power factor");
  });
});

describe("a hall's construction record", () => {
  /** A converted mining hall of 40 × 30 m with one row of ASIC racks, in the open scenario. */
  function convertedHall(ed: Editor): HallId {
    const [hall] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30, name: 'Building 3', kind: 'converted-mining' }));
    const [row] = createdIds(runAction(ed, 'row.add', { hallId: hall as HallId, start: { x: 2, y: 4 }, end: { x: 14.1, y: 4 } }));
    runAction(ed, 'row.fill', { rowIds: [row], profileId: 'btc-hydro-asic' });
    return hall as HallId;
  }
  const buildingUsd = (ed: Editor) =>
    analyze(ed.store.toDocument(), catalog, ed.session.state.scenarioId as ScenarioId)
      .lines.filter((l) => l.category === 'building')
      .map((l) => [l.item, l.totalUsd]);

  it("is added for a hall without one, named after it, and bills the conversion as if there were none", () => {
    const ed = newEditor();
    const hall = convertedHall(ed);
    const without = buildingUsd(ed);
    let id = '';
    oneStep(ed, () => (id = createdIds(runAction(ed, 'site.add.hallConstruction', { hallId: hall }))[0]!));
    expect(ed.store.get(id, 'hallConstruction')).toMatchObject({ hallId: hall, name: 'Building 3', roofLoadKgPerM2: 0, fireRatingHours: 0, envelope: 'uninsulated-metal', occupancy: 'U', yearBuilt: null });
    expect(buildingUsd(ed)).toEqual(without);
    expect(without.length).toBeGreaterThan(0);
    expect(ed.session.state.status?.text).toBe(
      'Hall construction Building 3 added: no roof load, no fire rating, an uninsulated envelope and group U occupancy until surveyed: Building 3 is billed as if it had no record',
    );
  });

  it('is refused for a hall that has one, and for a hall of another scenario, changing nothing', () => {
    const ed = newEditor();
    const base = ed.session.state.scenarioId;
    const hall = convertedHall(ed);
    runAction(ed, 'site.add.hallConstruction', { hallId: hall });
    const before = ed.store.toDocument();
    expect(runAction(ed, 'site.add.hallConstruction', { hallId: hall })).toEqual({ ok: false, message: 'Building 3 already has its construction record; a hall has one' });
    const [other] = createdIds(runAction(ed, 'scenario.create', { name: 'Phase 1' }));
    const [otherHall] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 20, depthM: 20 }));
    expect(ed.session.state.scenarioId).toBe(other);
    ed.session.set({ scenarioId: base as ScenarioId });
    const r = runAction(ed, 'site.add.hallConstruction', { hallId: otherHall });
    expect(r).toEqual({ ok: false, message: `${ed.store.get(otherHall!, 'hall')!.name} is a hall of scenario Phase 1, not of the open one; nothing was changed` });
    expect(ed.store.all('hallConstruction')).toEqual(before.hallConstructions);
  });

  it('is in the Edit menu; without a hall named it takes the first hall lacking one, and says when none does', () => {
    const ed = newEditor();
    expect(actionMenuEntries(ed).find((e) => e.id === 'site.add.hallConstruction')).toMatchObject({ label: 'Add hall construction', menu: 'Edit', enabled: true });
    expect(runAction(ed, 'site.add.hallConstruction')).toEqual({ ok: false, message: 'the open scenario has no hall' });
    const hall = convertedHall(ed);
    const [id] = createdIds(runAction(ed, 'site.add.hallConstruction'));
    expect(ed.store.get(id!, 'hallConstruction')?.hallId).toBe(hall);
    expect(runAction(ed, 'site.add.hallConstruction')).toEqual({ ok: false, message: 'every hall of the open scenario already has its construction record' });
  });

  it('lists every add in the Edit menu (and so the command palette), none with a shortcut', () => {
    const entries = actionMenuEntries(newEditor()).filter((e) => e.id.startsWith('site.add.'));
    expect(entries.map((e) => [e.label, e.menu, e.enabled])).toEqual([
      ['Add substation', 'Edit', true], ['Add interconnect', 'Edit', true], ['Add hall construction', 'Edit', true], ['Add water supply', 'Edit', true],
      ['Add fibre route', 'Edit', true], ['Add land parcel', 'Edit', true], ['Add approval', 'Edit', true], ['Add labour record', 'Edit', true],
    ]);
  });
});

describe('removing site-as-built records', () => {
  it('removes one record as one undo step, and refuses what is not a site record', () => {
    const ed = newEditor();
    const [a] = createdIds(runAction(ed, 'site.add.fibreRoute'));
    const [b] = createdIds(runAction(ed, 'site.add.fibreRoute'));
    oneStep(ed, () => expect(runAction(ed, 'site.remove', { id: a! }).ok).toBe(true));
    expect(ed.store.all('fibreRoute').map((r) => r.id)).toEqual([b]);
    expect(ed.session.state.status?.text).toBe('Fibre route removed; Undo brings it back');
    const [hall] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 20, depthM: 20 }));
    expect(runAction(ed, 'site.remove', { id: hall! })).toEqual({ ok: false, message: 'a hall is not a record of the site as built' });
    expect(runAction(ed, 'site.remove', { id: a! })).toEqual({ ok: false, message: 'the record no longer exists' });
  });

  it('is refused in a read-only project, like every edit', () => {
    const doc = ProjectDocument.parse({ ...document, fibreRoutes: [{ type: 'fibreRoute', id: 'fibre-1', siteId: document.site.id, name: 'Thruway', carrierHotel: 'Buffalo', darkPairs: 12, routeKm: 50, roundTripMs: 0.6 }] });
    const ed = createEditor(doc, catalog, { readOnlyReason: 'another window has it open' });
    expect(runAction(ed, 'site.remove', { id: 'fibre-1' })).toEqual({ ok: false, message: 'the project is read-only: another window has it open' });
    expect(runAction(ed, 'site.add.fibreRoute').ok).toBe(false);
    expect(ed.store.all('fibreRoute')).toHaveLength(1);
  });
});
