import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import type { Catalog } from '../../shared/catalog/schema.ts';
import { BLOCK_SCENARIO, blockProject, catalog } from './fixtures.ts';

/*
 * GPU transients (NVL72-class racks swing to ~1.4 × steady power):
 *   Ten GB200 racks at N: UPS 2 × 750 kVA carry 1,500 kVA. Swing (1.4 − 1) × 1,320 kW / 0.95 = 555.79 kVA; peak
 *   1,389.47 + 555.79 = 1,945.26 kVA > 1,500 × 1.25 overload = 1,875 kVA → warning on the hall.
 *   Generators: one 2,000 kW set takes a step of 0.5 × 2,000 = 1,000 kW ≥ the 0.4 × 1,320 = 528 kW swing → no warning;
 *   with a catalog whose sets take 0.2 of their rating (400 kW), 528 > 400 → warning.
 * Catalog granularity (one GB200 rack: 132 kW IT, 112.2 kWt liquid, 19.8 kWt air): below 25% of the smallest unit
 *   of its kind → named in one info check: the 1,500 kVA transformer, the 1,000 kW generator, the 1,500 kWt tower cell
 *   (112.2 + 1.5% pump heat = 113.88 kWt = 7.6%), the 500 kWt chiller (19.8 kWt + fans + UPS losses = 25.34 kWt = 5.1%),
 *   the 150 kWt CRAH (13.2%); not the 500 kVA UPS
 *   (138.95 kVA = 27.8%) nor the 250 kWt CDU (44.9%).
 */
describe('GPU transients and catalog granularity, worked by hand', () => {
  it('ten GB200 racks: the UPS peak at 1.4 × exceeds the overload the frames ride; the generator step does not', () => {
    const b = analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }), catalog, BLOCK_SCENARIO);
    const found = b.checks.filter((c) => c.code === 'gpu-transient-exceeds');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('1,389.47 + 555.79 = 1,945.26 kVA, above the 1,500 kVA carrying load × 1.25 overload = 1,875 kVA');
  });

  it('generators that take smaller steps are flagged', () => {
    const soft: Catalog = { ...catalog, factors: catalog.factors.map((f) => (f.id === 'generator-step-fraction' ? { ...f, value: 0.2 } : f)) };
    const b = analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }, {}, soft), soft, BLOCK_SCENARIO);
    const gen = b.checks.filter((c) => c.code === 'gpu-transient-exceeds' && c.message.includes('generators'));
    expect(gen).toHaveLength(1);
    expect(gen[0]!.message).toContain('0.4 × 1,320 kW = 528 kW is a larger load step than the 2,000 kW of sets carrying load accept (× 0.2 = 400 kW)');
  });

  it('one rack on a chain sized for megawatts: an info check names the oversized items', () => {
    const b = analyze(blockProject({ profileId: 'gb200-nvl72', count: 1 }), catalog, BLOCK_SCENARIO);
    const info = b.checks.filter((c) => c.code === 'below-catalog-granularity');
    expect(info).toHaveLength(1);
    expect(info[0]!.severity).toBe('info');
    const msg = info[0]!.message;
    for (const name of ['MV/LV transformer 1,500 kVA', 'Diesel generator 1,000 kW', 'Cooling tower cell 1,500 kWt', 'Air-cooled chiller 500 kWt', 'CRAH 150 kW']) expect(msg).toContain(name);
    expect(msg).toContain('113.88 kWt on the smallest cooling tower of 1,500 kWt (7.6%)');
    expect(msg).not.toContain('UPS frame');
    expect(msg).not.toContain('CDU');
    expect(analyze(blockProject({ profileId: 'gb200-nvl72', count: 100 }), catalog, BLOCK_SCENARIO).checks.some((c) => c.code === 'below-catalog-granularity')).toBe(false);
  });
});
