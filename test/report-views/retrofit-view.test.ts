import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import type { RetrofitLine } from '../../shared/analysis/retrofit/index.ts';
import type { BillLine } from '../../shared/analysis/index.ts';
import { compareSystems, retrofitView } from '../../shared/report-views/retrofit-view.ts';
import { retrofitCase, yardUnit } from '../analysis/retrofit/fixture.ts';

const catalog = loadCatalog();

function line(id: string, category: BillLine['category'], item: string, quantity: number, totalUsd: number): BillLine {
  return { id, category, item, catalogId: null, group: 'g', groupName: 'G', quantity, unit: 'ea', capacity: null, redundancy: null, unitCostUsd: quantity ? totalUsd / quantity : 0, totalUsd, leadTimeWeeks: null, derivation: '', source: '', scope: 'landlord' };
}
const disposed = (l: BillLine, disposition: RetrofitLine['disposition']): RetrofitLine => ({ ...l, disposition });

describe('retrofit compare table', () => {
  /*
   * By hand. Baseline: two 'UPS 500' lines of 1 each at $100,000 (2 units, $200,000).
   * Upgrade bill: UPS 500 reused 2 ($0) + new 1 ($100,000); 'Removal of UPS' 1 ($5,000, removed); CDU new 3 ($300,000).
   * UPS 500: baseline 2, target 2 + 1 = 3, Δ +1; baseline $200,000, Δ $ 0 + 100,000 = $100,000.
   * Removal of UPS: a removal is not something the target has: target 0, Δ 0; Δ $ 5,000.
   * Power: baseline $200,000, Δ $105,000. Cooling: CDU baseline 0, target 3, Δ +3, Δ $300,000.
   */
  const baseline = { lines: [line('b1', 'power', 'UPS 500', 1, 100_000), line('b2', 'power', 'UPS 500', 1, 100_000)] };
  const report = {
    lines: [
      disposed(line('t1', 'power', 'UPS 500', 2, 0), 'reused'),
      disposed(line('t2', 'power', 'UPS 500', 1, 100_000), 'new'),
      disposed(line('t3', 'power', 'Removal of UPS', 1, 5_000), 'removed'),
      disposed(line('t4', 'cooling', 'CDU', 3, 300_000), 'new'),
    ],
  };

  it('puts baseline and target quantities side by side with the delta and the upgrade bill, by system', () => {
    const [power, cooling, ...rest] = compareSystems(baseline, report, catalog);
    expect(rest).toEqual([]);
    expect(power!.category).toBe('power');
    expect(power!.baselineUsd).toBe(200_000);
    expect(power!.deltaUsd).toBe(105_000);
    const [ups, removal] = power!.rows;
    expect([ups!.item, ups!.baselineQuantity, ups!.targetQuantity, ups!.deltaQuantity, ups!.baselineUsd, ups!.deltaUsd]).toEqual(['UPS 500', 2, 3, 1, 200_000, 100_000]);
    expect(ups!.dispositions).toEqual([
      { disposition: 'new', quantity: 1, totalUsd: 100_000 },
      { disposition: 'reused', quantity: 2, totalUsd: 0 },
    ]);
    expect([removal!.item, removal!.baselineQuantity, removal!.targetQuantity, removal!.deltaQuantity, removal!.deltaUsd]).toEqual(['Removal of UPS', 0, 0, 0, 5_000]);
    expect(cooling!.rows.map((r) => [r.item, r.baselineQuantity, r.targetQuantity, r.deltaQuantity, r.deltaUsd])).toEqual([['CDU', 0, 3, 3, 300_000]]);
  });

  it('keeps an item the target no longer has, at target quantity 0', () => {
    const systems = compareSystems({ lines: [line('b', 'network', 'Old switch', 4, 40_000)] }, { lines: [] }, catalog);
    expect(systems.map((s) => s.rows.map((r) => [r.item, r.baselineQuantity, r.targetQuantity, r.deltaQuantity, r.deltaUsd]))).toEqual([[['Old switch', 4, 0, -4, 0]]]);
  });
});

describe('retrofit compare table: a kept unit worded by its own name', () => {
  /*
   * By hand. Baseline (Phase 1): 'UPS frame 1,000 kW' (catalog ups-1000kw), 3 at $300,000 each = $900,000.
   * Upgrade bill (Phase 2): the three placed frames kept, each a line worded by its record ('UPS A09', 'UPS A10',
   * 'UPS A11'; ups-1000kw, 1 each, $0), and 1 new 'UPS frame 1,000 kW' at $300,000.
   * One row, named as the catalog names ups-1000kw: baseline 3, target 3 + 1 = 4, Δ +1, Δ $300,000. Keyed by the
   * line's words, the kept frames stood on rows of their own at baseline 0, target 1, Δ +1 and $0.
   */
  const ups = (id: string, item: string, quantity: number, totalUsd: number): BillLine => ({ ...line(id, 'power', item, quantity, totalUsd), catalogId: 'ups-1000kw' });
  const baseline = { lines: [ups('b', 'UPS frame 1,000 kW', 3, 900_000)] };
  const report = { lines: [...['A09', 'A10', 'A11'].map((n) => disposed(ups(`k-${n}`, `UPS ${n}`, 1, 0), 'reused')), disposed(ups('n', 'UPS frame 1,000 kW', 1, 300_000), 'new')] };

  it('is one row of the catalog item, with the kept frames against the baseline ones', () => {
    const [power, ...rest] = compareSystems(baseline, report, catalog);
    expect(rest).toEqual([]);
    const name = catalog.equipment.find((e) => e.id === 'ups-1000kw')!.name;
    expect(power!.rows.map((r) => [r.item, r.baselineQuantity, r.targetQuantity, r.deltaQuantity, r.baselineUsd, r.deltaUsd])).toEqual([[name, 3, 4, 1, 900_000, 300_000]]);
    expect(power!.rows[0]!.dispositions).toEqual([
      { disposition: 'new', quantity: 1, totalUsd: 300_000 },
      { disposition: 'reused', quantity: 3, totalUsd: 0 },
    ]);
  });
});

describe('retrofit view of a document', () => {
  // A mining hall with two yard transformers; Phase 1 copies it and drops the copy of tx1, so tx1 is retired.
  const c = retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 4, yard: [yardUnit('tx0', 'xfmr-mvlv-2500kva', { disposition: 'existing' }), yardUnit('tx1', 'xfmr-mvlv-2500kva', { position: { x: -30, y: 0 }, disposition: 'existing' })], target: {} });
  const doc = { ...c.doc, equipment: c.doc.equipment.filter((e) => e.originId !== 'tx1') };

  it('colours the copies of baseline racks as kept, decides units as the compare does, and ghosts the retired one', () => {
    const v = retrofitView(doc, catalog, c.baseline, c.target, '2026-12-01');
    const targetHalls = new Set<string>(doc.halls.filter((h) => h.scenarioId === c.target).map((h) => h.id));
    const targetRacks = doc.racks.filter((r) => targetHalls.has(doc.rows.find((row) => row.id === r.rowId)!.hallId));
    expect(targetRacks).toHaveLength(4);
    for (const r of targetRacks) expect(v.drawn.get(r.id)).toBe('existing');
    const tx0Copy = doc.equipment.find((e) => e.originId === 'tx0')!;
    const asset = v.report.assets.find((a) => a.id === tx0Copy.id)!;
    expect(v.drawn.get(tx0Copy.id)).toBe(asset.disposition);
    expect(v.reasons.get(tx0Copy.id)).toBe(asset.reason);
    expect(v.ghostIds).toEqual(['tx1']);
    expect(v.drawn.has('tx1')).toBe(false);
    expect(v.systems.reduce((s, x) => s + x.deltaUsd, 0)).toBe(v.report.summary.deltaCapexUsd);
  });

  it('is computed once per document and pair', () => {
    const a = retrofitView(doc, catalog, c.baseline, c.target, '2026-12-01');
    expect(retrofitView(doc, catalog, c.baseline, c.target, '2026-12-01')).toBe(a);
    expect(retrofitView({ ...doc }, catalog, c.baseline, c.target, '2026-12-01')).not.toBe(a);
  });
});
