import { describe, expect, it } from 'vitest';
import { analyze, sizeBlock } from '../../shared/analysis/index.ts';
import type { Redundancy } from '../../shared/model/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog } from '../engine/fixtures.ts';

/*
 * REFERENCE.md §8/§10: public mining-to-AI conversions disclosed $6–8M per MW of critical IT (first wave: 8-GPU
 * servers, N+1) and $9–11M/MW (2025–26 GB300-class, Tier III-leaning), landlord scope: power, cooling, building;
 * GPUs, network and the OEM's in-rack hardware excluded (summary.landlordCapexUsdPerMwIt). ~60 MW IT phases.
 *
 * No price is tuned to these bands: each line is priced from its own source (or an assumed default, listed in the
 * bill's assumed-input check), and this test states where the sum lands and why. Caveat: the older equipment prices
 * tagged ph-estimate predate issue 9 and their source says they were set with the band in view; every figure issue 9
 * added is sourced or tagged ph-quote-needed / ph-building-systems and was set once, not adjusted to land.
 *
 * A conversion reuses the mining site's interconnect and substation (REFERENCE §10: "what gets reused is the
 * interconnect, substation, land and permits"), so the blocks here stand on a site whose existing substation carries
 * them: no HV side is billed, as the disclosures do not include one. (A block sized alone, `powerhall size`, brings
 * its own substation: two 100 MVA large power transformers and four HV bays at 2N add ~$0.7M/MW with installation.)
 * Where the landlord $/MW comes from (per MW of IT, ~60 MW blocks, block site: 35 °C design dry bulb):
 *   GB200 / GB300 at 2N: power ~2.7M (two UPS systems in row-group lineups, one 16-rack row of ~2.2 MVA per
 *     3,623 kVA bus, on the cheapest frames as built: 2 × 1,250 kVA for GB300, 3 × 750 kVA for GB200) with their output
 *     boards and 5-minute batteries, a pump UPS, transformers and 6,300 A boards for both sides, LV and MV feeders,
 *     N+1 generators with paralleling gear, 12 h of fuel and emissions controls, busway and tap-offs), cooling ~0.6M
 *     (CDUs, loop piping and facility-water mains with isolation valves, towers for
 *     the liquid heat, fan walls and chillers for the 15% air share; the OEM's in-rack manifolds and cold plates are
 *     not landlord scope), building ~2.8M (shell at 464.5 m²/MW × $1,749; site work, back of house and office at
 *     their C&W shares of $11.7M/MW; fire, security, EPMS/BMS), installation ~2.5M (0.818 × equipment),
 *     commissioning, soft costs and contingency ~2.0M → ~$10.7M: inside the Tier III band, as the 2025–26
 *     GB300-class disclosures are (Tier III-leaning, 2N UPS, N+1 generators).
 *   GB-class at N+1: one UPS system and one transformer side, with one spare frame in every row lineup (N+1 per
 *     buildable lineup, not one spare pooled over the hall; smaller modules make the spare cheaper: 5 + 1 × 500 kVA
 *     for GB300, 3 + 1 × 750 kVA for GB200), ~$9.0M: above the first wave, at the boundary of the Tier III band,
 *     below 2N.
 *   H100 / B200 racks in this catalog are air-cooled, so all of their heat goes through the chilled-water plant
 *     (air-cooled chillers at the 35 °C design day): cooling ~0.9M and power ~2.3M (the chillers' design-day load
 *     on transformers and generators, rack PDUs) → ~$11.2M (B200 ~$10.7M), above the first-wave band. The first-wave disclosures
 *     were liquid-cooled 8-GPU servers on a lake-cooled site (Lake Mariner, REFERENCE §10), which this air-cooled
 *     profile is not; so the test pins that it lands above the first wave and within the 2025–26 band's top.
 */
const FIRST_WAVE = { min: 6_000_000, max: 8_000_000 };
const TIER_III = { min: 9_000_000, max: 11_000_000 };

function perMw(profileId: string, count: number, powerRedundancy: Redundancy) {
  const doc = blockProject({ profileId, count, powerRedundancy, coolingRedundancy: 'N+1' }, { site: { substationMva: 10_000 } });
  const s = analyze(doc, catalog, BLOCK_SCENARIO).summary;
  expect(s.aiItKw).toBeGreaterThan(59_000);
  expect(s.aiItKw).toBeLessThan(61_000);
  return s.landlordCapexUsdPerMwIt;
}

describe('landlord capex against published conversions', () => {
  for (const [profileId, count] of [['dgx-h100', 1470], ['dgx-b200', 1049]] as const) {
    it(`${count} × ${profileId} (~60 MW IT, air-cooled 8-GPU servers on chillers) lands above the first-wave band, near the top of the 2025–26 band`, () => {
      const usd = perMw(profileId, count, 'N+1');
      expect(usd).toBeGreaterThan(FIRST_WAVE.max);
      expect(usd).toBeLessThanOrEqual(TIER_III.max + 500_000);
    });
  }

  for (const [profileId, count] of [['gb300-nvl72', 444], ['gb200-nvl72', 455]] as const) {
    it(`${count} × ${profileId} (~60 MW IT) at 2N power, N+1 cooling lands in the Tier III $9–11M per MW band`, () => {
      const usd = perMw(profileId, count, '2N');
      expect(usd).toBeGreaterThanOrEqual(TIER_III.min);
      expect(usd).toBeLessThanOrEqual(TIER_III.max);
    });
  }

  it('a GB-class build at N+1 power costs less per MW than at 2N, above the first wave and within the Tier III band', () => {
    for (const [profileId, count] of [['gb300-nvl72', 444], ['gb200-nvl72', 455]] as const) {
      const n1 = perMw(profileId, count, 'N+1');
      expect(n1).toBeLessThan(perMw(profileId, count, '2N'));
      expect(n1).toBeGreaterThan(FIRST_WAVE.max);
      expect(n1).toBeLessThanOrEqual(TIER_III.max);
    }
  });

  it('building lines scale with floor and MW; installation, commissioning, soft costs and contingency are their own lines', () => {
    const bill = sizeBlock({ profileId: 'gb300-nvl72', count: 100, powerRedundancy: 'N+1', coolingRedundancy: 'N+1' }, catalog);
    const building = bill.lines.filter((l) => l.category === 'building').map((l) => l.id.split('/')[1]);
    expect(building).toEqual([
      'shell', 'white-space', 'fire', 'security', 'controls', 'site-work', 'back-of-house', 'office', 'leak-detection',
      'installation', 'commissioning', 'soft-costs', 'contingency',
    ]);
    for (const l of bill.lines.filter((x) => x.category === 'building')) {
      expect(l.source).toMatch(/cw-2025|cortex-2026|hff-2018|dc-area-per-mw|sprinkler-cost|cx-cost|ph-building-systems|ph-estimate/);
      expect(l.derivation).toMatch(/×/);
      expect(l.scope).toBe('landlord');
    }
  });
});
