import { describe, expect, it } from 'vitest';
import { analyze, type ScenarioReport } from '../../shared/analysis/index.ts';
import { catalogProblems } from '../../shared/catalog/integrity.ts';
import type { Catalog, RackProfile } from '../../shared/catalog/schema.ts';
import type { ProjectDocument, RackRecord } from '../../shared/model/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog, catalogWithOnly, linesOf } from './fixtures.ts';

/*
 * Fifteen GB200 NVL72 racks in one hall, power N, cooling N, water at a 10 K rise, only the 2,000 kWt / 2,125 L/min
 * facility CDU in the catalog (cdu-rule.test.ts works the uncapped case):
 *   uncapped: 132 kW per rack → IT 15 × 132 = 1,980 kW; liquid 1,980 × 0.85 = 1,683 kWt;
 *             flow 1,683 × 60 / (0.997 × 4.18 × 10) = 1,683 × 1.43973 = 2,423 L/min → ⌈2,423 / 2,125⌉ = 2 CDUs (flow governs)
 *   preset 'GPUs at 900 W' (GPU maximum 1,200 W): 132 kW − 72 GPUs × (1,200 − 900) W = 132 − 21.6 = 110.4 kW per rack
 *             IT 15 × 110.4 = 1,656 kW; liquid 1,656 × 0.85 = 1,407.6 kWt; air 1,656 − 1,407.6 = 248.4 kWt;
 *             flow 1,407.6 × 1.43973 = 2,026.6 L/min ≤ 2,125 and 1,407.6 ≤ 2,000 kWt → 1 CDU
 *   a manual override of 100 kW on all fifteen wins over the preset: IT 1,500 kW
 */
const onlyBigCdu = catalogWithOnly('cdu', ['cdu-facility-2000kw']);

function withRacks(doc: ProjectDocument, patch: (r: RackRecord) => RackRecord): ProjectDocument {
  return { ...doc, racks: doc.racks.map(patch) };
}

function report(patch: (r: RackRecord) => RackRecord = (r) => r, cat: Catalog = onlyBigCdu): ScenarioReport {
  const doc = blockProject({ profileId: 'gb200-nvl72', count: 15 }, { scenario: { liquidDeltaTK: 10, fluid: 'water' } }, cat);
  return analyze(withRacks(doc, patch), cat, BLOCK_SCENARIO);
}

const capped = (r: RackRecord): RackRecord => ({ ...r, powerCapPresetId: 'gb200-nvl72/gpu-900w' });

describe("a capped rack's load, cooling and bill, worked by hand", () => {
  it('uncapped: 1,980 kW of IT, 1,683 kWt to liquid, two CDUs by flow', () => {
    const b = report();
    expect(b.summary.itKw).toBe(1980);
    expect(b.summary.liquidKw).toBeCloseTo(1683, 6);
    expect(linesOf(b, 'cdu-facility-2000kw')[0]!.quantity).toBe(2);
  });

  it("at 'GPUs at 900 W': 110.4 kW a rack, 1,656 kW of IT, 1,407.6 kWt to liquid, 248.4 kWt to air, one CDU", () => {
    const b = report(capped);
    expect(b.summary.itKw).toBeCloseTo(1656, 6);
    expect(b.summary.liquidKw).toBeCloseTo(1407.6, 6);
    expect(b.summary.airKw).toBeCloseTo(248.4, 6);
    expect(b.summary.cooling.flowLpm).toBeCloseTo(2026.6, 0);
    expect(linesOf(b, 'cdu-facility-2000kw')[0]!.quantity).toBe(1);
  });

  it('the transformer line names the preset, its arithmetic and its sources', () => {
    const b = report(capped);
    const transformers = b.lines.find((l) => l.category === 'power' && l.derivation.includes('MV/LV transformers'))!;
    expect(transformers.derivation).toContain("design-day facility load 1,656 kW IT (of it 15 × GB200 NVL72 at power-capping preset 'GPUs at 900 W': 132 kW − 72 GPUs × (1,200 − 900) W = 110.4 kW)");
    expect(transformers.source).toContain('ph-power-cap-gb200 [A]');
    expect(transformers.source).toContain('blackwell-1200w [S]');
    // The planning limit is an assumed figure, and the bill says so.
    expect(b.checks.find((c) => c.code === 'assumed-input')!.message).toContain("Also: GB200 NVL72 power-capping preset 'GPUs at 900 W'.");
    // Uncapped racks add nothing to the derivation or the sources.
    const plain = report().lines.find((l) => l.id === transformers.id)!;
    expect(plain.derivation).toContain('design-day facility load 1,980 kW IT + ');
    expect(plain.source).not.toContain('ph-power-cap-gb200');
  });

  it('a manual override wins over a preset and is named as an override', () => {
    const b = report((r) => ({ ...capped(r), itKwOverride: 100 }));
    expect(b.summary.itKw).toBe(1500);
    const transformers = b.lines.find((l) => l.derivation.includes('MV/LV transformers'))!;
    expect(transformers.derivation).toContain('15 × GB200 NVL72 at a manual IT kW override of 100 kW (profile 132 kW)');
  });

  it("a preset id the rack's profile does not have leaves the rack at its profile's figure, and a check says so", () => {
    const b = report((r) => (r.slot === 0 ? { ...r, powerCapPresetId: 'dgx-h100/gpu-500w' } : r));
    expect(b.summary.itKw).toBe(1980);
    const found = b.checks.filter((c) => c.code === 'power-cap-preset-unknown');
    expect(found.map((c) => c.subject?.type)).toEqual(['rack']);
    expect(found[0]!.message).toContain("names the power-capping preset 'dgx-h100/gpu-500w', which GB200 NVL72 does not have: it is sized uncapped at 132 kW");
    expect(report(capped).checks.filter((c) => c.code === 'power-cap-preset-unknown')).toEqual([]);
  });

  it('racks at different presets of one profile get their own figures (the per-rack memo keys on the preset)', () => {
    const b = report((r) => (r.slot % 2 === 0 ? capped(r) : { ...r, powerCapPresetId: 'gb200-nvl72/gpu-1000w' }));
    // 8 racks at 110.4 kW; 7 at 132 − 72 × 0.2 = 117.6 kW → 883.2 + 823.2 = 1,706.4 kW.
    expect(b.summary.itKw).toBeCloseTo(1706.4, 6);
  });
});

describe('the catalog refuses power-capping presets it cannot compute', () => {
  const gb200 = catalog.rackProfiles.find((p) => p.id === 'gb200-nvl72')!;
  const withProfile = (p: RackProfile): Catalog => ({ ...catalog, rackProfiles: catalog.rackProfiles.map((x) => (x.id === p.id ? p : x)) });
  const preset = (gpuLimitW: number, sources: Record<string, string> = { gpuLimitW: 'ph-power-cap' }) => ({ id: 'x', name: 'x', gpuLimitW, sources });

  it('the shipped catalog has no problems', () => {
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it('a limit at or above the GPU maximum, an unsourced limit, a duplicate id, and presets without gpuMaxW', () => {
    expect(catalogProblems(withProfile({ ...gb200, powerCapPresets: [preset(1200)] })).map((p) => p.message)).toEqual([
      "preset 'x' of 'gb200-nvl72' limits GPUs to 1200 W, not below their 1200 W maximum",
    ]);
    expect(catalogProblems(withProfile({ ...gb200, powerCapPresets: [preset(800, {})] })).map((p) => p.path)).toEqual(['5.powerCapPresets.0.gpuLimitW']);
    expect(catalogProblems(withProfile({ ...gb200, powerCapPresets: [preset(800), preset(700)] })).map((p) => p.message)).toEqual(["duplicate preset id 'x' in 'gb200-nvl72'"]);
    const { gpuMaxW: _dropped, ...noMax } = gb200;
    expect(catalogProblems(withProfile({ ...noMax, powerCapPresets: [preset(800)] })).map((p) => p.path)).toEqual(['5.gpuMaxW']);
  });
});
