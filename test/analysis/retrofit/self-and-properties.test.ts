import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { analyze } from '../../../shared/analysis/index.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import type { EquipmentDisposition, EquipmentRecord, SubstationRecord } from '../../../shared/model/index.ts';
import { plate, retrofitCase, yardUnit } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };
const sum = (xs: readonly { totalUsd: number }[]) => xs.reduce((s, l) => s + l.totalUsd, 0);

describe('retrofit compare: invariants', () => {
  it('a scenario against itself costs nothing and keeps everything', () => {
    const c = retrofitCase({ profile: 'gb200-nvl72', rows: 2, perRow: 4, yard: [yardUnit('tx0', 'xfmr-mvlv-2500kva', { disposition: 'existing' })], target: {} });
    for (const id of [c.baseline, c.target]) {
      const r = compareScenarios(c.doc, catalog, id, id, asOf);
      expect(r.summary.deltaCapexUsd).toBe(0);
      expect(r.summary.removalUsd).toBe(0);
      expect(r.summary.firstPowerWeeks).toBe(0);
      expect(r.lines.length).toBeGreaterThan(0);
      expect(r.lines.every((l) => l.disposition === 'reused' && l.totalUsd === 0 && l.assetId !== undefined)).toBe(true);
      expect(r.assets.every((a) => a.disposition === 'existing')).toBe(true);
    }
  });

  it('never costs more than the target built new like for like (second path and strip-out included), its lines add up to the delta, every credit names its asset', () => {
    const disposition = fc.constantFrom<EquipmentDisposition>('new', 'existing', 'upgrade', 'replace', 'retire');
    const substation: SubstationRecord = { type: 'substation', id: 'sub-1' as SubstationRecord['id'], siteId: 'site-1' as SubstationRecord['siteId'], name: 'Mining substation', hvKv: 345, mvKv: 34.5, transformerCount: 2, transformerMva: 90, redundancy: 'N', ageYears: 8, condition: 'good' };
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: disposition, share: fc.double({ min: 0, max: 1, noNaN: true }), paths: fc.constantFrom(1, 2) }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('N' as const, 'N+1' as const, '2N' as const),
        fc.boolean(),
        (units, rows, redundancy, withSubstation) => {
          // Retrofit costs up to the price of a new unit (250,000 USD): an upgrade dearer than new is not an upgrade.
          const yard: EquipmentRecord[] = units.map((u, i) =>
            yardUnit(`tx${i}`, 'xfmr-mvlv-2500kva', {
              position: { x: -20 - 5 * i, y: 0 },
              disposition: u.d,
              nameplate: plate({ paths: u.paths }),
              ...(u.d === 'upgrade' ? { upgrade: { retrofitCostUsd: Math.round(u.share * 250_000), rating: { value: 2800, unit: 'kVA' as const, conditions: 'ONAF' }, leadTimeWeeks: 10, description: 'fans' } } : {}),
            }),
          );
          const c = retrofitCase({ profile: 'air-40kw', rows, perRow: 6, yard, target: { powerRedundancy: redundancy }, extra: withSubstation ? { substations: [substation] } : {} });
          const r = compareScenarios(c.doc, catalog, c.baseline, c.target, asOf);
          expect(sum(r.lines)).toBe(r.summary.deltaCapexUsd);
          expect(r.summary.deltaCapexUsd).toBeLessThanOrEqual(r.summary.targetNewBuildCapexUsd);
          expect(r.summary.creditedUsd).toBeGreaterThanOrEqual(0);
          expect(r.summary.deltaCapexUsd).toBe(r.summary.targetNewBuildCapexUsd - r.summary.creditedUsd);
          const ids = new Set<string>(c.doc.equipment.map((e) => e.id));
          // A credit names an equipment record, or the baseline's own bill line that is already built.
          const builtLines = new Map(analyze(c.doc, catalog, c.baseline).lines.map((l) => [l.id, l]));
          for (const l of r.lines.filter((x) => x.disposition !== 'new')) {
            const built = l.assetId === undefined ? undefined : builtLines.get(l.assetId);
            if (l.id.endsWith('@built') && built) {
              expect(l.derivation).toContain(`Already built in As-is`);
              expect(l.derivation).toContain(`of ${built.item} in ${built.groupName} stand in this group`);
              expect(l.derivation).not.toContain(built.id);
              continue;
            }
            expect(l.assetId !== undefined && ids.has(l.assetId), l.id).toBe(true);
            expect(l.derivation).toContain(c.doc.equipment.find((e) => e.id === l.assetId)!.name);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
