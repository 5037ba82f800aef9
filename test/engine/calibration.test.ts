import { describe, expect, it } from 'vitest';
import { sizeBlock } from '../../shared/engine/index.ts';
import { catalog } from './fixtures.ts';

// REFERENCE.md §8/§10: public mining-to-AI conversions disclosed $6–8M per MW of critical IT (first wave) and
// $9–11M/MW (2025–26 GB300-class, Tier III-leaning), landlord scope (power, cooling, building; GPUs and network
// excluded). A ~60 MW IT phase at N+1 with generators must land in that band.
const BAND = { min: 6_000_000, max: 11_000_000 };

describe('capex calibration against published conversions', () => {
  for (const [profileId, count] of [['gb300-nvl72', 444], ['gb200-nvl72', 455], ['dgx-b200', 1049]] as const) {
    it(`${count} × ${profileId} (~60 MW IT) at N+1 lands in the $6–11M per MW band`, () => {
      const s = sizeBlock({ profileId, count, powerRedundancy: 'N+1', coolingRedundancy: 'N+1' }, catalog).summary;
      expect(s.itKw).toBeGreaterThan(59_000);
      expect(s.itKw).toBeLessThan(61_000);
      expect(s.facilityCapexUsdPerMwIt).toBeGreaterThanOrEqual(BAND.min);
      expect(s.facilityCapexUsdPerMwIt).toBeLessThanOrEqual(BAND.max);
    });
  }

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
