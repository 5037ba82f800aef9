import { describe, expect, it } from 'vitest';
import { BlockInputError, analyze, MAX_BLOCK_RACKS, sizeBlock, type BlockParams } from '../../shared/analysis/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog } from '../engine/fixtures.ts';

const base: BlockParams = { profileId: 'gb200-nvl72', count: 8, powerRedundancy: 'N+1', coolingRedundancy: 'N+1' };

function refusal(params: Partial<BlockParams>): BlockInputError {
  try {
    sizeBlock({ ...base, ...params }, catalog);
  } catch (error) {
    if (error instanceof BlockInputError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('sizeBlock refuses bad input, naming the field', () => {
  it('an unknown profile, listing the valid ones', () => {
    const e = refusal({ profileId: 'gb999' });
    expect(e.field).toBe('profileId');
    expect(e.message).toContain('legacy-8.4kw');
    expect(e.message).toContain('btc-hydro-asic');
  });

  for (const count of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_BLOCK_RACKS + 1]) {
    it(`count ${count}`, () => expect(refusal({ count }).field).toBe('count'));
  }

  it('a switch that is not a compute-fabric switch', () => {
    expect(refusal({ fabricSwitchId: 'ups-500kw' }).field).toBe('fabricSwitchId');
    expect(refusal({ fabricSwitchId: 'eth-sn2201-1g-48p' }).message).toContain('ib-qm9700-ndr-64p');
  });
});

describe('analyze reports what it cannot size', () => {
  it('a scenario fabric switch that is not in the catalog', () => {
    const doc = blockProject({ profileId: 'dgx-b200', count: 8 }, { scenario: { fabricSwitchId: 'no-such-switch' } });
    const bill = analyze(doc, catalog, BLOCK_SCENARIO);
    expect(bill.checks.map((c) => c.code)).toContain('unknown-switch');
    expect(bill.summary.network.computeFabric.leaf).toBe(0);
  });

  it('a fabric beyond three tiers of its switch', () => {
    // QM9700 three-tier limit: 64³/4 = 65,536 ports; 2,100 DGX B200 racks × 32 = 67,200.
    const doc = blockProject({ profileId: 'dgx-b200', count: 2100 });
    const bill = analyze(doc, catalog, BLOCK_SCENARIO);
    expect(bill.checks.find((c) => c.code === 'fabric-too-large')?.message).toContain('65536');
  });

  it('a catalog without a factor the rules need', () => {
    const broken = { ...catalog, factors: catalog.factors.filter((f) => f.id !== 'power-factor') };
    expect(() => sizeBlock(base, broken)).toThrow(/factor 'power-factor'/);
  });
});
