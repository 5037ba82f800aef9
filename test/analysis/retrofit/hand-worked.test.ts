import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import type { InterconnectRecord, SubstationRecord } from '../../../shared/model/index.ts';
import { equipment, loop } from '../../engine/layout-fixture.ts';
import { plate, retrofitCase, yardUnit } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };

/**
 * A. An existing transformer bank that is kept.
 * As built: 4 × 2,500 kVA MV/LV transformers in the yard (nameplate 2,500 kVA ONAN, 34.5 kV, dual-corded, 2018, good).
 * Phase 1: the same hall, 2 rows × 8 air racks of 40 kW = 640 kW IT, power at N+1.
 * Rules: condition good, 8 years old (< 30-year life), no temperature class, dual-corded, no substation to compare
 * the voltage with → each unit kept ('existing'). Supply step at N+1: 4 units, 3 carry load = 3 × 2,500 = 7,500 kVA,
 * far above the facility load (< 1,000 kVA), so no new transformer is bought.
 * Bill: 4 'reused' lines at $0, each naming its unit. The same target built new has nothing to keep, so the engine
 * sizes the hall's plant: 977.21 kW / pf 0.95 = 1,028.64 kVA → ⌈1,028.64 / 1,500⌉ = 1, N+1 → 2 × 1,500 kVA at
 * $170,000 = $340,000, 2 LV switchboards at $220,000 = $440,000, 80 m of LV feeders at $1,800 = $144,000, one MV
 * lineup $600,000 and 250 m of MV duct bank at $1,200 = $300,000: $1,824,000 of equipment the retrofit does not buy,
 * so the credit is at least $1,824,000 (installation, commissioning, soft costs and contingency follow it on top).
 */
describe('A: an existing transformer bank that is kept', () => {
  const yard = [0, 1, 2, 3].map((i) => yardUnit(`tx${i}`, 'xfmr-mvlv-2500kva', { position: { x: -20 - 5 * i, y: 0 }, disposition: 'existing', nameplate: plate() }));
  const c = retrofitCase({ profile: 'air-40kw', rows: 2, perRow: 8, yard, target: { powerRedundancy: 'N+1' } });
  const r = compareScenarios(c.doc, catalog, c.baseline, c.target, asOf);

  it('keeps the four units, each on a $0 line naming it, and buys no transformer', () => {
    expect(r.assets.filter((a) => a.kind === 'transformer').map((a) => a.disposition)).toEqual(['existing', 'existing', 'existing', 'existing']);
    const tx = r.lines.filter((l) => l.capacity?.unit === 'kVA' && l.catalogId?.startsWith('xfmr-mvlv'));
    expect(tx.map((l) => [l.item, l.disposition, l.totalUsd, l.capacity?.value])).toEqual([
      ['TX0', 'reused', 0, 2500],
      ['TX1', 'reused', 0, 2500],
      ['TX2', 'reused', 0, 2500],
      ['TX3', 'reused', 0, 2500],
    ]);
    for (const l of tx) expect(l.derivation).toMatch(/existing TX\d kept as it is and counted at 2,500 kVA/);
    expect(r.summary.removalUsd).toBe(0);
    expect(r.summary.creditedUsd).toBeGreaterThanOrEqual(1_824_000);
    expect(r.summary.deltaCapexUsd).toBe(r.summary.targetNewBuildCapexUsd - r.summary.creditedUsd);
  });
});

/**
 * B. A cooling loop too warm for the AI racks, replaced.
 * As built: one loop of 2 × row CDUs (catalog 1,250 kWt, $300,000; nameplate 35 °C supply, 1,875 L/min) at N+1.
 * Phase 1: 6 GB200 NVL72 racks on that loop, facility water at 32 °C (W32).
 * Rules: 35 °C > 32 °C → supply temperature class fails → 'replace' for both. The replacing units are the catalog
 * CDUs bought new: 2 × $300,000 = $600,000 on a 'new' line; removal 2 × 10% × $300,000 = $60,000 on two 'removed'
 * lines. Nothing of the cooling is credited: no line is 'reused' or 'upgraded'. The target built new like for like
 * carries the same $60,000 strip-out (the old CDUs stand where the new ones go, whichever way it is built); the one
 * credit is the building, whose conversion works stand in for a new shell (hand-worked in conversion-works.test.ts).
 */
describe('B: a cooling loop too warm for W32, replaced', () => {
  const cdu = (id: string, y: number) => ({
    ...equipment(id, 'cdu-row-1250kw', 'h1'),
    name: id.toUpperCase(),
    position: { x: 50, y },
    disposition: 'existing' as const,
    nameplate: plate({ kind: 'cdu', rating: { value: 1250, unit: 'kWt', conditions: '35 °C supply, 10 K' }, flowLpm: 1875, voltageKv: null, supplyC: 35, paths: 1 }),
  });
  const c = retrofitCase({
    profile: 'gb200-nvl72', rows: 1, perRow: 6, yard: [cdu('cdu1', 5), cdu('cdu2', 10)], base: { liquidSupplyC: 35 }, target: { liquidSupplyC: 32, powerRedundancy: 'N+1' },
    extra: { coolingLoops: [loop('l1', 'h1', ['cdu1', 'cdu2'], { name: 'Mining loop', redundancy: 'N+1' })] }, loopId: 'l1',
  });
  const r = compareScenarios(c.doc, catalog, c.baseline, c.target, asOf);

  it('proposes replace with the temperature class as the reason, bills new CDUs and two removals', () => {
    const cdus = r.assets.filter((a) => a.kind === 'cdu');
    expect(cdus.map((a) => a.disposition)).toEqual(['replace', 'replace']);
    expect(cdus[0]!.reason).toBe('supply temperature class: built for 35 °C facility water; the target loop needs 32 °C or colder (W32)');
    const bought = r.lines.find((l) => l.catalogId === 'cdu-row-1250kw' && l.disposition === 'new')!;
    expect([bought.quantity, bought.totalUsd]).toEqual([2, 600_000]);
    const removed = r.lines.filter((l) => l.disposition === 'removed');
    expect(removed.map((l) => [l.item, l.totalUsd])).toEqual([
      ['Removal of CDU1', 30_000],
      ['Removal of CDU2', 30_000],
    ]);
    expect(r.summary.removalUsd).toBe(60_000);
    // No unit of the old loop is kept; what is kept are the lines the As-is hall already has (pipe, PDUs, works).
    const kept = r.lines.filter((l) => l.disposition === 'reused' || l.disposition === 'upgraded');
    expect(kept.filter((l) => l.catalogId === 'cdu-row-1250kw' || l.assetId === 'cdu1' || l.assetId === 'cdu2')).toEqual([]);
    expect(kept.every((l) => l.id.endsWith('@built') && l.totalUsd === 0)).toBe(true);
    expect(r.lines.some((l) => l.item.startsWith('Conversion:'))).toBe(true);
    expect(r.summary.deltaCapexUsd).toBe(r.summary.targetNewBuildCapexUsd - r.summary.creditedUsd);
    expect(r.summary.targetNewBuildBasis).toMatch(/\+ strip-out of the 2 units standing where the target builds \$60,000 = /);
  });
});

/**
 * C. An N substation that cannot serve a 2N phase.
 * As built: substation 345/34.5 kV, 2 × 90 MVA at N (one path), energised firm interconnect 100 MW.
 * Phase 1: 8 air racks of 40 kW = 320 kW IT at 2N (facility ~484 kVA).
 * Rules: 2N needs two independent paths; an N substation is one → kept as side A ('upgrade'), side B added:
 * ⌈484 kVA / 100,000 kVA⌉ = 1 × HV/MV 100 MVA transformer at $6,500,000 (lead 128 weeks) + (1 transformer bay + 1
 * line bay) = 2 × $1,800,000 = $3,600,000: $10,100,000 of side B. Readiness: reliable power blocking (score 100 MW
 * firm / 0.46 MW needed, capped at 1, halved for the missing path = 0.5). Schedule: the first MW waits on the side B
 * transformer: design 12 + 128 weeks lead = week 140, + 6 weeks commissioning = week 146; full load + 6 + 8 = 160.
 */
describe('C: an N substation under a 2N phase', () => {
  const substation: SubstationRecord = { type: 'substation', id: 'sub-1' as SubstationRecord['id'], siteId: 'site-1' as SubstationRecord['siteId'], name: 'Mining substation', hvKv: 345, mvKv: 34.5, transformerCount: 2, transformerMva: 90, redundancy: 'N', ageYears: 8, condition: 'good' };
  const interconnect: InterconnectRecord = { type: 'interconnect', id: 'ic-1' as InterconnectRecord['id'], siteId: 'site-1' as InterconnectRecord['siteId'], name: 'Firm service', firmMw: 100, voltageKv: 345, status: 'energised', date: '2020-05-01' };
  const c = retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 8, yard: [], target: { powerRedundancy: '2N' }, extra: { substations: [substation], interconnects: [interconnect] } });
  const r = compareScenarios(c.doc, catalog, c.baseline, c.target, asOf);

  it('keeps the substation as side A, adds side B, blocks on reliable power and puts the transformer lead on the critical path', () => {
    const asset = r.assets.find((a) => a.id === 'sub-1')!;
    expect(asset.disposition).toBe('upgrade');
    expect(asset.reason).toMatch(/^redundancy path: 2 × 90 MVA at N is one path; a 2N phase needs a second independent path/);
    const sideB = r.lines.filter((l) => l.id.endsWith('/side-b'));
    // Built new, the 2N phase needs the same second path: it is in the new-build figure, so it credits nothing.
    expect(r.summary.targetNewBuildBasis).toMatch(/\+ the second utility path a 2N phase needs built either way \$10,100,000 = /);
    expect(r.summary.deltaCapexUsd).toBeLessThanOrEqual(r.summary.targetNewBuildCapexUsd);
    expect(sideB.map((l) => [l.catalogId, l.quantity, l.totalUsd])).toEqual([
      ['xfmr-hv-345kv-100mva', 1, 6_500_000],
      ['hv-bay-345kv', 2, 3_600_000],
    ]);
    const power = r.readiness.find((f) => f.factor === 'reliable power')!;
    expect([power.score, power.blocking]).toEqual([0.5, true]);
    expect(r.summary.firstPowerWeeks).toBe(146);
    expect(r.summary.fullPowerWeeks).toBe(160);
    expect(r.schedule.tasks.find((t) => t.id === 'procure-power-first')).toMatchObject({ startWeek: 12, endWeek: 140, critical: true });
  });
});
