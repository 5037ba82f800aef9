import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { analyze } from '../../../shared/analysis/analyze.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import type { ApprovalRecord, FibreRouteRecord, HallRecord, InterconnectRecord, LabourRecord, LandParcelRecord, ProjectDocument, WaterSupplyRecord } from '../../../shared/model/index.ts';
import { hall, row, racks } from '../../engine/layout-fixture.ts';
import { applyDiff, retrofitCase } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };
const siteId = 'site-1' as WaterSupplyRecord['siteId'];

/**
 * Readiness from the site-as-built records, by hand.
 * Site: one parcel of 20 ha with 0.5 ha free, owned; a new-build hall of 80 × 50 m in Phase 1 = 4,000 m² = 0.4 ha
 *   → land score min(1, 0.5 / 0.4) = 1, not blocking. A second case with 0.2 ha free: 0.2 / 0.4 = 0.5, blocking.
 * Water: rights 10 m³/day against the target's evaporative use W m³/year (the report's figure) / 365:
 *   score = min(1, 10 / (W / 365)), blocking when W / 365 > 10.
 * Fibre: two routes, one with 12 dark pairs (1.8 ms), one with none → 1 usable route / 2 diverse = 0.5, not blocking.
 * Labour: 'tight' → 0.5, not blocking.
 * Approvals: zoning held (1), power applied (0.5), environmental none (0) → 1.5 / 3 = 0.5, blocking on environmental.
 * Reliable power: 100 MW energised firm against the combined load → min(1, 100 / load) = 1, not blocking.
 */
describe('readiness scored from the site-as-built records', () => {
  const records = (freeHa: number): Partial<ProjectDocument> => ({
    interconnects: [{ type: 'interconnect', id: 'ic-1' as InterconnectRecord['id'], siteId, name: 'Firm service', firmMw: 100, voltageKv: 345, status: 'energised', date: '2020-05-01' }],
    landParcels: [{ type: 'landParcel', id: 'land-1' as LandParcelRecord['id'], siteId, name: 'Campus', areaHa: 20, expandableHa: freeHa, tenure: 'owned' }],
    waterSupplies: [{ type: 'waterSupply', id: 'w-1' as WaterSupplyRecord['id'], siteId, name: 'Municipal main', source: 'municipal', rightsM3PerDay: 10, heatRejection: 'cooling-towers' }],
    fibreRoutes: [
      { type: 'fibreRoute', id: 'f-1' as FibreRouteRecord['id'], siteId, name: 'North route', carrierHotel: 'Carrier hotel A', darkPairs: 12, routeKm: 140, roundTripMs: 1.8 },
      { type: 'fibreRoute', id: 'f-2' as FibreRouteRecord['id'], siteId, name: 'Rail route', carrierHotel: 'Carrier hotel B', darkPairs: 0, routeKm: 160, roundTripMs: 2.1 },
    ],
    labour: [{ type: 'labour', id: 'l-1' as LabourRecord['id'], siteId, name: 'County trades', availability: 'tight', skilledTrades: 80, siteStaff: 6 }],
    approvals: [
      { type: 'approval', id: 'a-1' as ApprovalRecord['id'], siteId, name: 'Industrial zoning', kind: 'zoning', status: 'held', date: '2018-01-01' },
      { type: 'approval', id: 'a-2' as ApprovalRecord['id'], siteId, name: 'Utility service agreement', kind: 'power', status: 'applied', date: '2027-06-01' },
    ],
  });
  const withNewHall = (freeHa: number) => {
    const c = retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 4, yard: [], target: { powerRedundancy: 'N+1' }, extra: records(freeHa) });
    const newHall: HallRecord = { ...hall('h-new', { name: 'New hall', kind: 'new-build', widthM: 80, depthM: 50, origin: { x: 200, y: 0 } }), scenarioId: c.target };
    const newRow = row('r-new', 'h-new', { name: 'N1', origin: { x: 2, y: 2 }, slotCount: 4 });
    const doc = applyDiff(c.doc, { added: [newHall, newRow, ...racks(newRow.id, 'air-40kw', 4)], updated: [], removed: [] });
    return { doc, r: compareScenarios(doc, catalog, c.baseline, c.target, asOf), target: c.target };
  };

  it('scores each factor by its stated rule and names the blocking ones', () => {
    const { doc, r, target } = withNewHall(0.5);
    const by = Object.fromEntries(r.readiness.map((f) => [f.factor, f]));
    expect([by.land!.score, by.land!.blocking]).toEqual([1, false]);
    expect(by.land!.evidence).toContain('New hall 80 × 50 m = 0.4 ha');
    expect([by['dark fibre']!.score, by['dark fibre']!.blocking]).toEqual([0.5, false]);
    expect(by['dark fibre']!.evidence).toContain('nearest carrier hotel on a route with pairs: Carrier hotel A, 1.8 ms');
    expect([by['skilled labour']!.score, by['skilled labour']!.blocking]).toEqual([0.5, false]);
    expect([by.approvals!.score, by.approvals!.blocking]).toEqual([0.5, true]);
    expect(by.approvals!.evidence).toContain('blocking: no environmental approval applied for');
    expect([by['reliable power']!.score, by['reliable power']!.blocking]).toEqual([1, false]);
    const perDay = analyze(doc, catalog, target).summary.cooling.waterM3PerYear / 365;
    expect(by['cooling water']!.score).toBe(perDay <= 0 ? 1 : Math.round(Math.min(1, 10 / perDay) * 100) / 100);
    expect(by['cooling water']!.blocking).toBe(perDay > 10);
  });

  it('blocks on land when the new halls need more than the room to expand', () => {
    const land = withNewHall(0.2).r.readiness.find((f) => f.factor === 'land')!;
    expect([land.score, land.blocking]).toEqual([0.5, true]);
  });

  it('leaves a factor without its record unscored and blocking, saying what to enter', () => {
    const c = retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 4, yard: [], target: {} });
    const r = compareScenarios(c.doc, catalog, c.baseline, c.target, asOf);
    const fibre = r.readiness.find((f) => f.factor === 'dark fibre')!;
    expect(fibre).toEqual({ factor: 'dark fibre', score: null, evidence: 'no site record of fibre (dark pairs, route km, round trip to a carrier hotel) yet: enter it to score this factor', blocking: true });
  });
});
