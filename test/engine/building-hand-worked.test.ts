import { describe, expect, it } from 'vitest';
import { analyze, type ScenarioReport } from '../../shared/analysis/index.ts';
import type { Redundancy } from '../../shared/model/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog } from './fixtures.ts';
import { hall, project, racks, row, SCENARIO } from './layout-fixture.ts';

/*
 * The building scales with the building, never with the number of UPS modules.
 *
 * Ten GB200 racks in the block hall: one row of 16 × 0.6 m slots; hall (16 × 0.6 + 6) × (1 × 3.6 + 6) = 15.6 × 9.6 m
 *   = 149.76 m². IT 1,320 kW = 1.32 MW; a data-center building needs 464.5 m² per MW (5,000 sq ft): 1.32 × 464.5 =
 *   613.1 m² > 149.76 → gross floor 613.1 m².
 * Shell            613.1 m² × $1,749 (HFF $125–200/sq ft, midpoint × 10.764)                = $1,072,312
 * White space      149.8 m² × $833 (shell rate × C&W white-space 10% / shell 21% = $832.86)  = $124,783
 * Fire             613.1 m² × $129 ($12/sq ft × 10.764)                                       = $79,090
 * Security         613.1 m² × $30 (assumed)                                                   = $18,393
 * EPMS/BMS         1.32 MW × $60,000 (assumed)                                                = $79,200
 * Site work        1.32 MW × ($11.7M × 0.10 = $1,170,000)                                     = $1,544,400
 * Back of house    1.32 MW × ($11.7M × 0.04 = $468,000)                                       = $617,760
 * Office           1.32 MW × ($11.7M × 0.02 = $234,000)                                       = $308,880
 * Leak detection   1 liquid row × 9.6 m × $150 (assumed)                                      = $1,440
 * The same lines at N and at 2N: only installation, commissioning, soft costs and contingency (which follow the
 * equipment) differ. Commissioning is one line: hard cost × 2% (1–3% published); the soft costs (10.5%) and the
 * installation factor no longer include it.
 */
function bill(powerRedundancy: Redundancy): ScenarioReport {
  return analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }, { scenario: { powerRedundancy } }), catalog, BLOCK_SCENARIO);
}
const usd = (b: ScenarioReport, key: string) => b.lines.find((l) => l.id.startsWith(`building/${key}/`))?.totalUsd;
const PER_HALL = ['shell', 'white-space', 'fire', 'security', 'controls', 'site-work', 'back-of-house', 'office', 'leak-detection'];

describe('building, worked by hand', () => {
  it('ten GB200 racks: shell, white space, fire, security, EPMS/BMS, site, back of house, office and leak detection', () => {
    const b = bill('N');
    expect(usd(b, 'shell')).toBe(1_072_312);
    expect(usd(b, 'white-space')).toBe(124_783);
    expect(usd(b, 'fire')).toBe(79_090);
    expect(usd(b, 'security')).toBe(18_393);
    expect(usd(b, 'controls')).toBe(79_200);
    expect(usd(b, 'site-work')).toBe(1_544_400);
    expect(usd(b, 'back-of-house')).toBe(617_760);
    expect(usd(b, 'office')).toBe(308_880);
    expect(usd(b, 'leak-detection')).toBe(1_440);
    const shell = b.lines.find((l) => l.id.startsWith('building/shell/'))!;
    expect(shell.unit).toBe('m²');
    expect(shell.derivation).toContain('1.32 MW × 464.5 = 613.1 m²; gross floor = the larger = 613.1 m²');
    expect(shell.source).toContain('hff-2018');
  });

  it('the building is the same at N and 2N; commissioning is counted once, on the hard cost', () => {
    const n = bill('N');
    const twoN = bill('2N');
    for (const key of PER_HALL) expect(usd(twoN, key)).toBe(usd(n, key));
    expect(usd(twoN, 'installation')!).toBeGreaterThan(usd(n, 'installation')!);
    const cx = n.lines.filter((l) => /commissioning/i.test(l.item));
    expect(cx.map((l) => l.id)).toEqual(['building/commissioning/site']);
    const hard = n.lines.filter((l) => l.scope === 'landlord' && !['commissioning', 'soft-costs', 'contingency'].some((k) => l.id.startsWith(`building/${k}/`))).reduce((s, l) => s + l.totalUsd, 0);
    expect(cx[0]!.totalUsd).toBe(Math.round(hard * 0.02));
    expect(usd(n, 'soft-costs')).toBe(Math.round(hard * 0.105));
  });

  it('a hall that stays a mining hall gets no building lines', () => {
    const doc = project({
      halls: [hall('h1'), hall('m1', { kind: 'mining', origin: { x: 100, y: 0 } })],
      rows: [row('a', 'h1'), row('m', 'm1')],
      racks: [...racks('a', 'gb200-nvl72', 4), ...racks('m', 'btc-hydro-asic', 4)],
    });
    const b = analyze(doc, catalog, SCENARIO);
    const building = b.lines.filter((l) => l.category === 'building');
    expect(building.some((l) => l.group === 'h1')).toBe(true);
    expect(building.some((l) => l.group === 'm1')).toBe(false);
  });
});
