import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import { feed } from '../../engine/layout-fixture.ts';
import { applyDiff, plate, retrofitCase, yardUnit } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };

/**
 * Existing UPS modules on a placed feed, credited in the step that checks the lineup.
 * As built: feed A of Hall 1 carries 3 UPS frames (catalog 1,000 kW / 1,000 kVA, $300,000 each; nameplate
 * 1,000 kVA, dual-corded, 2020, good); one row of 8 air racks of 40 kW = 320 kW on it.
 * Phase 1 at N+1: each frame kept ('existing'). Lineup at N+1: 3 frames, 2 carry load = 2,000 kVA usable against
 * 320 / 0.95 = 336.84 kVA: no shortfall. Bill: three 'reused' lines at $0 naming each frame, no frame bought for the
 * feed. Built new, the feed has no frames, so the engine sizes the hall's own UPS, which the retrofit does not buy:
 * the credit is positive and the upgrade bill is the new build less it.
 * With the third frame retired in Phase 1, the lineup is 2 frames at N+1 = 1,000 kVA usable, still above 336.84 kVA;
 * the retired frame carries nothing: two reused lines and one removal line (10% × $300,000 = $30,000).
 */
describe('existing UPS modules on a placed feed', () => {
  const frames = [0, 1, 2].map((i) =>
      yardUnit(`ups${i}`, 'ups-1000kw', {
        hallId: 'h1' as never, position: { x: 50, y: 5 + 3 * i }, disposition: 'existing',
        nameplate: plate({ kind: 'ups', rating: { value: 1000, unit: 'kVA', conditions: 'double conversion, pf 1.0' }, voltageKv: 0.415, year: 2020 }),
      }),
  );
  const run = (retireLast: boolean) => {
    const c = retrofitCase({
      profile: 'air-40kw', rows: 1, perRow: 8, yard: frames, target: { powerRedundancy: 'N+1' }, base: { powerRedundancy: 'N+1' },
      extra: { powerFeeds: [feed('fa', 'h1', 'A', ['ups0', 'ups1', 'ups2'])] }, feedAId: 'fa',
    });
    const copy = c.doc.equipment.find((e) => e.originId === 'ups2')!;
    const doc = retireLast ? applyDiff(c.doc, { added: [], removed: [], updated: [[copy, { ...copy, disposition: 'retire' }]] }) : c.doc;
    return compareScenarios(doc, catalog, c.baseline, c.target, asOf);
  };

  it('keeps the three frames on $0 lines named after them and buys no frame for the feed', () => {
    const r = run(false);
    const ups = r.lines.filter((l) => l.catalogId === 'ups-1000kw');
    expect(ups.map((l) => [l.item, l.disposition, l.totalUsd, l.capacity?.value])).toEqual([
      ['UPS0', 'reused', 0, 1000],
      ['UPS1', 'reused', 0, 1000],
      ['UPS2', 'reused', 0, 1000],
    ]);
    expect(ups[0]!.derivation).toMatch(/^Feed fa \(side A, load 320 kW \/ pf 0\.95 = 336\.84 kVA\): existing UPS0 kept as it is and counted at 1,000 kVA \(nameplate, double conversion, pf 1\.0\)/);
    expect(r.summary.creditedUsd).toBeGreaterThan(0);
    expect(r.summary.deltaCapexUsd).toBe(r.summary.targetNewBuildCapexUsd - r.summary.creditedUsd);
  });

  it('counts a retired frame for nothing and bills its removal', () => {
    const r = run(true);
    const ups = r.lines.filter((l) => l.catalogId === 'ups-1000kw' && l.disposition !== 'removed');
    expect(ups.map((l) => [l.item, l.disposition])).toEqual([
      ['UPS0', 'reused'],
      ['UPS1', 'reused'],
    ]);
    expect(r.lines.filter((l) => l.disposition === 'removed').map((l) => [l.item, l.totalUsd])).toEqual([['Removal of UPS2', 30_000]]);
  });
});
