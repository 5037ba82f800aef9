import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { analyze } from '../../../shared/analysis/analyze.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import type { InterconnectRecord, SubstationRecord } from '../../../shared/model/index.ts';
import { hall, racks, row } from '../../engine/layout-fixture.ts';
import { applyDiff, BASE, retrofitCase } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };
const siteId = 'site-1' as InterconnectRecord['siteId'];

/**
 * The phase's combined load on the shared site.
 * As built: Hall 1 (converted in Phase 1) and Hall 2, a mining hall of 1 row × 4 hydro ASIC racks of 43.2 kW =
 * 172.8 kW IT that Phase 1 does not draw: it keeps mining beside the phase. Phase 1: Hall 1 with 8 air racks of 40 kW.
 * Combined = Phase 1's design-day facility load + 172.8 kW × (the baseline's design-day facility / IT). Against a
 * 0.5 MW energised firm interconnect that is exceeded (an error check naming the mining hall); against 100 MW it is
 * not. A 1 × 0.4 MVA substation at N is below it too (a warning).
 */
describe('combined load of a phase and the mining left running', () => {
  const run = (firmMw: number) => {
    const c = retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 8, yard: [], target: { powerRedundancy: 'N+1' } });
    const mining = { ...hall('h2', { name: 'Hall 2', kind: 'mining', origin: { x: 100, y: 0 } }), scenarioId: BASE };
    const miningRow = row('m1', 'h2', { name: 'M1', origin: { x: 2, y: 2 }, slotCount: 4 });
    const interconnect: InterconnectRecord = { type: 'interconnect', id: 'ic-1' as InterconnectRecord['id'], siteId, name: 'Firm service', firmMw, voltageKv: 345, status: 'energised', date: '2020-01-01' };
    const substation: SubstationRecord = { type: 'substation', id: 'sub-1' as SubstationRecord['id'], siteId, name: 'Small substation', hvKv: 34.5, mvKv: 34.5, transformerCount: 1, transformerMva: 0.4, redundancy: 'N', ageYears: 3, condition: 'good' };
    const doc = applyDiff(c.doc, { added: [mining, miningRow, ...racks('m1', 'btc-hydro-asic', 4), interconnect, substation], updated: [], removed: [] });
    return { doc, c, r: compareScenarios(doc, catalog, c.baseline, c.target, asOf) };
  };

  it('adds the mining left running to the phase and checks it against the interconnect and substation', () => {
    const { doc, c, r } = run(0.5);
    const before = analyze(doc, catalog, c.baseline).summary;
    const after = analyze(doc, catalog, c.target).summary;
    const expected = after.designDayFacilityKw + 172.8 * (before.designDayFacilityKw / before.itKw);
    expect(r.siteLoad.combinedKw).toBeCloseTo(expected, 6);
    expect(r.siteLoad.derivation).toContain('mining left running in Hall 2: 0.17 MW IT');
    expect(r.checks.map((x) => [x.severity, x.code])).toEqual([
      ['error', 'combined-load-over-interconnect'],
      ['warning', 'combined-load-over-substation'],
    ]);
    expect(r.checks[0]!.message).toMatch(/above the 0\.5 MW of energised firm interconnect$/);
    expect(r.readiness.find((f) => f.factor === 'reliable power')!.blocking).toBe(true);
  });

  it('raises no interconnect check when the firm service carries it', () => {
    const { r } = run(100);
    expect(r.checks.map((x) => x.code)).toEqual(['combined-load-over-substation']);
  });
});
