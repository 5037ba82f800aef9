import { describe, expect, it } from 'vitest';
import { sizeBlock } from '../../shared/analysis/index.ts';
import type { Redundancy } from '../../shared/model/index.ts';
import { catalog } from '../engine/fixtures.ts';

// REFERENCE.md §8/§10: public mining-to-AI conversions disclosed $6–8M per MW of critical IT (first wave: 8-GPU
// servers, N+1) and $9–11M/MW (2025–26 GB300-class, Tier III-leaning: 2N UPS with N+1 generators), landlord scope
// (power, cooling, building; GPUs and network excluded: summary.facilityCapexUsdPerMwIt). ~60 MW IT phases.
const FIRST_WAVE = { min: 6_000_000, max: 8_000_000 };
const TIER_III = { min: 9_000_000, max: 11_000_000 };

function perMw(profileId: string, count: number, powerRedundancy: Redundancy) {
  const s = sizeBlock({ profileId, count, powerRedundancy, coolingRedundancy: 'N+1' }, catalog).summary;
  expect(s.itKw).toBeGreaterThan(59_000);
  expect(s.itKw).toBeLessThan(61_000);
  return s.facilityCapexUsdPerMwIt;
}

describe('capex calibration against published conversions', () => {
  for (const [profileId, count] of [['dgx-h100', 1470], ['dgx-b200', 1049]] as const) {
    it(`${count} × ${profileId} (~60 MW IT, 8-GPU servers) at N+1 power lands in the first-wave $6–8M per MW band`, () => {
      const usd = perMw(profileId, count, 'N+1');
      expect(usd).toBeGreaterThanOrEqual(FIRST_WAVE.min);
      expect(usd).toBeLessThanOrEqual(FIRST_WAVE.max);
    });
  }

  for (const [profileId, count] of [['gb300-nvl72', 444], ['gb200-nvl72', 455]] as const) {
    it(`${count} × ${profileId} (~60 MW IT) at 2N power, N+1 cooling lands in the Tier III $9–11M per MW band`, () => {
      const usd = perMw(profileId, count, '2N');
      expect(usd).toBeGreaterThanOrEqual(TIER_III.min);
      expect(usd).toBeLessThanOrEqual(TIER_III.max);
    });
  }

  it('a GB-class build at N+1 power costs less per MW than at 2N, and lies between the two published bands', () => {
    for (const [profileId, count] of [['gb300-nvl72', 444], ['gb200-nvl72', 455]] as const) {
      const n1 = perMw(profileId, count, 'N+1');
      expect(n1).toBeLessThan(perMw(profileId, count, '2N'));
      expect(n1).toBeGreaterThanOrEqual(FIRST_WAVE.min);
      expect(n1).toBeLessThanOrEqual(TIER_III.min);
    }
  });

  it('building, installation, soft costs and contingency are their own lines', () => {
    const bill = sizeBlock({ profileId: 'gb300-nvl72', count: 100, powerRedundancy: 'N+1', coolingRedundancy: 'N+1' }, catalog);
    const building = bill.lines.filter((l) => l.category === 'building').map((l) => l.item.split(' ')[0]);
    expect(building).toEqual(['Installation', 'Building', 'Site', 'White-space', 'Back', 'Office', 'Soft', 'Contingency']);
    for (const l of bill.lines.filter((x) => x.category === 'building')) {
      expect(l.source).toMatch(/cw-2025|cortex-2026|ph-estimate/);
      expect(l.derivation).toMatch(/×/);
    }
  });
});
