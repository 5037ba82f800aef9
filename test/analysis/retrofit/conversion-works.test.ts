import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { analyze } from '../../../shared/analysis/analyze.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import type { HallConstructionRecord, HallRecord } from '../../../shared/model/index.ts';
import { applyDiff, retrofitCase } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };

/**
 * Conversion works instead of a new shell, by hand (factors ph-conversion, assumed).
 * Hall 1: 60 × 60 m = 3,600 m² floor, 8 m clear, slab 1,500 kg/m²; 4 GB200 NVL72 racks (132 kW each) = 0.528 MW IT
 *   → gross floor max(3,600, 0.528 × 464.5 = 245.3) = 3,600 m². A new shell would be 3,600 × $1,749 = $6,296,400.
 * Slab: a GB200 NVL72 weighs 1,360 kg on 0.6 × 1.068 m = 0.6408 m² → 2,122 kg/m² > 1,500: 4 × 0.6408 = 2.56 m²
 *   strengthened × $900 = $2,304.
 * I. Built as a plain mining shed (roof 40 kg/m² for hung loads, uninsulated metal, 1 h, occupancy F-1):
 *   roof 40 < 75 kg/m² → floor-standing grid 3,600 × $260 = $936,000; envelope: roof 3,600 + walls 2 × (60 + 60) × 8
 *   = 1,920 → 5,520 m² × $190 = $1,048,800; occupancy F-1 → B: 3,600 × $55 = $198,000; 1 h < 2 h: 3,600 × $70 =
 *   $252,000. Conversion = 936,000 + 2,304 + 1,048,800 + 198,000 + 252,000 = $2,437,104.
 * II. Built well (roof 100 kg/m², insulated, 2 h, occupancy B): supports hung from the roof 3,600 × $45 = $162,000,
 *   plus the slab $2,304 = $164,304.
 * III. No construction record: nothing is counted on, so I's lines less nothing: $2,437,104 again.
 * The retrofit credits at least the shell less the conversion (commissioning, soft costs and contingency follow the
 * building cost on top): I: ≥ 6,296,400 − 2,437,104 = $3,859,296.
 */
describe('conversion works of a converted mining hall', () => {
  const build = (construction: Omit<HallConstructionRecord, 'type' | 'id' | 'hallId' | 'name'> | null) => {
    const c = retrofitCase({ profile: 'gb200-nvl72', rows: 1, perRow: 4, yard: [], target: { powerRedundancy: 'N+1' } });
    const halls = c.doc.halls.map((h): [HallRecord, HallRecord] => [h, { ...h, floorLoadKgPerM2: 1500 }]);
    const target = c.doc.halls.find((h) => h.scenarioId === c.target)!;
    const added: HallConstructionRecord[] = construction ? [{ type: 'hallConstruction', id: 'hc-1' as HallConstructionRecord['id'], hallId: target.id, name: 'Hall 1 building', ...construction }] : [];
    const doc = applyDiff(c.doc, { added, updated: halls, removed: [] });
    const conversion = analyze(doc, catalog, c.target).lines.filter((l) => l.item.startsWith('Conversion:') || l.item.startsWith('Building shell'));
    return { conversion, r: compareScenarios(doc, catalog, c.baseline, c.target, asOf) };
  };
  const shed = { roofLoadKgPerM2: 40, envelope: 'uninsulated-metal', fireRatingHours: 1, occupancy: 'F-1', yearBuilt: 2019 } as const;
  const rows = (ls: readonly { item: string; quantity: number; unitCostUsd: number; totalUsd: number }[]) => ls.map((l) => [l.item.split(' (')[0], l.quantity, l.unitCostUsd, l.totalUsd]);

  it('I: a plain mining shed gets a grid, slab frames, envelope, occupancy and fire rating, and no new shell', () => {
    const { conversion, r } = build(shed);
    expect(rows(conversion)).toEqual([
      ['Conversion: floor-standing steel grid for overhead busway, pipe and trays', 3600, 260, 936_000],
      ['Conversion: slab strengthening under racks heavier than the slab rating', 2.56, 900, 2_304],
      ['Conversion: envelope brought to a sealed, insulated enclosure', 5520, 190, 1_048_800],
      ['Conversion: change of fire-code occupancy to group B', 3600, 55, 198_000],
      ['Conversion: structure and walls brought to a 2-hour fire rating', 3600, 70, 252_000],
    ]);
    expect(conversion.reduce((s, l) => s + l.totalUsd, 0)).toBe(2_437_104);
    expect(conversion.find((l) => l.item.includes('slab'))!.derivation).toContain('4 × GB200 NVL72 at 1,360 kg on 0.6 × 1.068 m = 2,122 kg/m²');
    expect(conversion.every((l) => /ph-conversion|Powerhall assumed conversion/.test(l.source))).toBe(true);
    expect(r.lines.filter((l) => l.item.startsWith('Conversion:')).length).toBe(5);
    expect(r.summary.creditedUsd).toBeGreaterThanOrEqual(3_859_296);
  });

  it('II: a well-built hall needs only supports hung from its roof and the slab frames', () => {
    const { conversion } = build({ roofLoadKgPerM2: 100, envelope: 'insulated', fireRatingHours: 2, occupancy: 'B', yearBuilt: 2015 });
    expect(rows(conversion)).toEqual([
      ['Conversion: overhead supports hung from the existing roof structure', 3600, 45, 162_000],
      ['Conversion: slab strengthening under racks heavier than the slab rating', 2.56, 900, 2_304],
    ]);
  });

  it('III: without a construction record nothing about the building is counted on', () => {
    const { conversion } = build(null);
    expect(conversion.reduce((s, l) => s + l.totalUsd, 0)).toBe(2_437_104);
    expect(conversion[0]!.derivation).toContain('no construction record, so the roof is not counted on');
  });
});
