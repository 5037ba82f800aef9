import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import { plate, retrofitCase, yardUnit } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };

/**
 * Existing cooling towers in the yard, credited in the site's heat-rejection step.
 * As built: 2 towers (catalog tower-5000kw, $800,000; nameplate 5,000 kWt at 29 °C supply, 23 °C wet bulb, 2019, good).
 * Phase 1 at N+1 cooling, facility water 32 °C: 29 °C ≤ 32 °C, so the temperature class holds and both are kept.
 * Heat: 8 air racks × 40 kW = 320 kWt. At N+1, 2 units carry 1: 5,000 kWt ≥ 320 kWt, nothing to add.
 * Bill: two 'reused' cooling lines at $0 named after the towers, no tower bought.
 * With one tower of 1,500 kWt nameplate kept and 12 GB200 racks (12 × 132 = 1,584 kWt): at N+1 one unit carries
 * nothing, so new towers are added until the units carrying load cover 1,584 kWt, the kept tower counted with them.
 */
describe('existing heat rejection kept and topped up', () => {
  const tower = (id: string, catalogId: string, kwt: number) =>
    yardUnit(id, catalogId, {
      position: { x: -40, y: 10 }, disposition: 'existing',
      nameplate: plate({ kind: 'heat-rejection', rating: { value: kwt, unit: 'kWt', conditions: '29 °C supply at 23 °C wet bulb' }, voltageKv: null, supplyC: 29, year: 2019 }),
    });

  it('keeps both towers at $0 and buys none', () => {
    const c = retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 8, yard: [tower('ct1', 'tower-5000kw', 5000), tower('ct2', 'tower-5000kw', 5000)], target: { coolingRedundancy: 'N+1', liquidSupplyC: 32 } });
    const r = compareScenarios(c.doc, catalog, c.baseline, c.target, asOf);
    const towers = r.lines.filter((l) => l.catalogId?.startsWith('tower-'));
    expect(towers.map((l) => [l.item, l.disposition, l.totalUsd, l.capacity?.value])).toEqual([
      ['CT1', 'reused', 0, 5000],
      ['CT2', 'reused', 0, 5000],
    ]);
    expect(towers[0]!.derivation).toMatch(/^Site heat rejection \(IT heat 320 kWt at N\+1\): existing CT1 kept as it is and counted at 5,000 kWt/);
    expect(r.assets.filter((a) => a.kind === 'heat-rejection').map((a) => a.disposition)).toEqual(['existing', 'existing']);
  });

  it('tops up a kept tower that cannot carry the heat at N+1 with new towers beside it', () => {
    const c = retrofitCase({ profile: 'gb200-nvl72', rows: 1, perRow: 12, yard: [tower('ct1', 'tower-1500kw', 1500)], target: { coolingRedundancy: 'N+1', liquidSupplyC: 32 } });
    const r = compareScenarios(c.doc, catalog, c.baseline, c.target, asOf);
    const kept = r.lines.find((l) => l.item === 'CT1')!;
    expect([kept.disposition, kept.totalUsd]).toEqual(['reused', 0]);
    const added = r.lines.find((l) => l.catalogId?.startsWith('tower-') && l.disposition === 'new')!;
    expect(added.derivation).toMatch(/^Site heat rejection \(IT heat 1,584 kWt at N\+1\): the 1 kept and placed units give 0 kWt at N\+1, short by 1,584 kWt; adding \d+ × /);
    expect(added.quantity).toBeGreaterThan(0);
  });
});
