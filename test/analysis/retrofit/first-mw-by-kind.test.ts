import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import type { EquipmentRecord, InterconnectRecord } from '../../../shared/model/index.ts';
import { applyDiff, plate, retrofitCase, yardUnit } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };

/**
 * The first MW goes ahead on kept capacity only where the kept units are of the same kind as the ones to buy.
 * As-is: one hall, 2 rows × 8 air racks of 40 kW = 640 kW IT, an energised 100 MW interconnect, two kept 2,500 kVA
 * transformers in the yard (the site group). Phase 1: its copy at N with generators, placing 2 × 1,000 kW generators
 * (catalog lead 38 weeks) in the yard. The kept transformers give 2 × 2,500 = 5,000 kVA at N against the facility's
 * 1,028.64 kVA, so no transformer is bought; the generators are the one power item with a lead.
 * Factors: design 12 weeks, permits on an energised site 12, construction 20, commissioning 6, energisation stage 8;
 * construction ends at 12 + 12 + 20 = 44.
 *   a) the site group keeps transformers, no generator: a kept transformer is no backup for the first MW, so the
 *      generators gate it: 12 + 38 = 50 > 44, commissioning 50–56, first MW week 56; full load 56 + 6 + 8 = 70.
 *      (Counting the group's kept capacity as one set, the generators skipped the gate: first MW at 44 + 6 = 50.)
 *   b) the yard also keeps a 1,000 kW generator (nameplate, good, 2018): kept capacity of the generators' own kind
 *      stands in the site group, so the first MW does not wait on them: construction governs, commissioning 44–50,
 *      first MW 50; full load waits on the generators: commissioning after max(50, 50) = 50–56, full load 56 + 8 = 64.
 */
describe('the first MW waits on an item unless its group keeps capacity of its own kind', () => {
  const interconnect: InterconnectRecord = { type: 'interconnect', id: 'ic-1' as InterconnectRecord['id'], siteId: 'site-1' as InterconnectRecord['siteId'], name: 'Firm service', firmMw: 100, voltageKv: 345, status: 'energised', date: '2020-05-01' };
  const transformers = [0, 1].map((i) => yardUnit(`tx${i}`, 'xfmr-mvlv-2500kva', { position: { x: -20 - 5 * i, y: 0 }, disposition: 'existing', nameplate: plate() }));
  const keptGenerator = yardUnit('gen-kept', 'gen-1000kw', {
    position: { x: -40, y: 0 }, disposition: 'existing', nameplate: plate({ kind: 'generator', rating: { value: 1000, unit: 'kW', conditions: 'standby' }, voltageKv: 0.415 }),
  });

  function phase1(yard: readonly EquipmentRecord[]) {
    const c = retrofitCase({ profile: 'air-40kw', rows: 2, perRow: 8, yard, target: { powerRedundancy: 'N', generators: true }, extra: { interconnects: [interconnect] } });
    const generators = [0, 1].map((i) => ({ ...yardUnit(`gen${i}`, 'gen-1000kw', { position: { x: -50 - 5 * i, y: 0 } }), scenarioId: c.target }));
    const doc = applyDiff(c.doc, { added: generators, removed: [], updated: [] });
    return compareScenarios(doc, catalog, c.baseline, c.target, asOf);
  }
  const task = (r: ReturnType<typeof phase1>, id: string) => r.schedule.tasks.find((t) => t.id === id);

  it('a) kept transformers do not let new generators in their group skip the first-MW wait', () => {
    const r = phase1(transformers);
    expect(r.lines.filter((l) => l.group === 'site' && l.category === 'power').map((l) => [l.catalogId, l.disposition, l.quantity, l.leadTimeWeeks])).toEqual([
      ['xfmr-mvlv-2500kva', 'reused', 1, 0],
      ['xfmr-mvlv-2500kva', 'reused', 1, 0],
      ['gen-1000kw', 'new', 2, 38],
    ]);
    const gate = task(r, 'procure-power-first')!;
    expect([gate.startWeek, gate.endWeek]).toEqual([12, 50]);
    expect(gate.derivation).toContain('Diesel generator 1,000 kW (data-center continuous) (generator in Site, none kept there), 38 weeks after design');
    expect(task(r, 'commission-first')!.dependsOn).toContain('procure-power-first');
    expect([r.summary.firstPowerWeeks, r.summary.fullPowerWeeks]).toEqual([56, 70]);
  });

  it('b) a kept generator in the group lets the new generators skip it', () => {
    const r = phase1([...transformers, keptGenerator]);
    expect(r.lines.filter((l) => l.catalogId === 'gen-1000kw').map((l) => [l.item, l.disposition, l.quantity])).toEqual([
      ['GEN-KEPT', 'reused', 1],
      ['Diesel generator 1,000 kW (data-center continuous)', 'new', 2],
    ]);
    expect(task(r, 'procure-power-first')).toBeUndefined();
    expect([task(r, 'procure-power')!.startWeek, task(r, 'procure-power')!.endWeek]).toEqual([12, 50]);
    expect([r.summary.firstPowerWeeks, r.summary.fullPowerWeeks]).toEqual([50, 64]);
  });
});
