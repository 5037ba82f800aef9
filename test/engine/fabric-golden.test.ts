import { describe, expect, it } from 'vitest';
import { computeBill, deriveFatTree, sizeBlock } from '../../shared/engine/index.ts';
import { BLOCK_SCENARIO, blockProject, catalog, quantityOf } from './fixtures.ts';

// NVIDIA DGX B200 SuperPOD compute fabric (REFERENCE.md §5): one 400G NDR port per GPU, QM9700 switches of
// 64 ports, 256 GPUs per scalable unit (32 DGX B200 systems = 8 racks of 4).
const SU_RACKS = 8;

function fabricOf(scalableUnits: number) {
  return sizeBlock({ profileId: 'dgx-b200', count: scalableUnits * SU_RACKS, powerRedundancy: 'N', coolingRedundancy: 'N' }, catalog).summary.network.computeFabric;
}

describe('compute fabric: the published B200 SuperPOD table', () => {
  it('2 SU = 512 GPUs → 16 leaf, 8 spine, 512 node–leaf and 512 leaf–spine cables', () => {
    const bill = sizeBlock({ profileId: 'dgx-b200', count: 16, powerRedundancy: 'N', coolingRedundancy: 'N' }, catalog);
    expect(bill.summary.gpus).toBe(512);
    expect(bill.summary.network.computeFabric).toEqual({ tiers: 2, leaf: 16, spine: 8, core: 0, cables: { nodeLeaf: 512, leafSpine: 512, spineCore: 0 } });
    expect(quantityOf(bill, 'ib-qm9700-ndr-64p')).toBe(24);
  });

  it('4 SU → 32 leaf, 16 spine', () => {
    const f = fabricOf(4);
    expect([f.tiers, f.leaf, f.spine, f.core]).toEqual([2, 32, 16, 0]);
  });

  it('8 SU → 64 leaf, 32 spine: the largest two-tier fabric of 64-port switches (64²/2 = 2,048 ports)', () => {
    const f = fabricOf(8);
    expect([f.tiers, f.leaf, f.spine, f.core]).toEqual([2, 64, 32, 0]);
    expect(f.cables).toEqual({ nodeLeaf: 2048, leafSpine: 2048, spineCore: 0 });
  });

  it('beyond 8 SU the fabric becomes three tiers with core switches', () => {
    const f = fabricOf(9);
    // 2,304 ports: leaf ⌈2304/32⌉ = 72, spine = leaf = 72, spine–core links 72 × 32 = 2,304, core ⌈2304/64⌉ = 36.
    expect(f).toEqual({ tiers: 3, leaf: 72, spine: 72, core: 36, cables: { nodeLeaf: 2304, leafSpine: 2304, spineCore: 2304 } });
  });

  it('a partial scalable unit still provisions the whole unit’s leaves, but cables only the nodes present', () => {
    const f = sizeBlock({ profileId: 'dgx-b200', count: 3, powerRedundancy: 'N', coolingRedundancy: 'N' }, catalog).summary.network.computeFabric;
    expect(f.leaf).toBe(8);
    expect(f.spine).toBe(4);
    expect(f.cables.nodeLeaf).toBe(96);
    expect(f.cables.leafSpine).toBe(256);
  });

  it('is derived from the switch radix, not looked up: a 144-port switch keeps 9 SU in two tiers', () => {
    const doc = blockProject({ profileId: 'dgx-b200', count: 9 * SU_RACKS }, { scenario: { fabricSwitchId: 'ib-q3400-xdr-144p' } });
    const f = computeBill({ document: doc, scenarioId: BLOCK_SCENARIO, catalog }).summary.network.computeFabric;
    // 2,304 ports ≤ 144²/2 = 10,368: leaf ⌈2304/72⌉ = 32, spine ⌈32 × 72 / 144⌉ = 16.
    expect([f.tiers, f.leaf, f.spine]).toEqual([2, 32, 16]);
    expect(deriveFatTree(64 * 64 * 64 / 4, 0, 64).tiers).toBe(3);
    expect(() => deriveFatTree(64 * 64 * 64 / 4 + 1, 0, 64)).toThrow(RangeError);
  });

  it('GB200 NVL72: 72 compute ports per rack, 576 per scalable unit of 8 racks', () => {
    const bill = sizeBlock({ profileId: 'gb200-nvl72', count: 8, powerRedundancy: 'N', coolingRedundancy: 'N' }, catalog);
    expect(bill.summary.gpus).toBe(576);
    const f = bill.summary.network.computeFabric;
    expect([f.tiers, f.leaf, f.spine, f.cables.nodeLeaf]).toEqual([2, 18, 9, 576]);
  });
});
