import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { deriveFatTree, smallestDivisorAtLeast } from '../../shared/engine/fabric.ts';

/*
 * NVIDIA's published DGX SuperPOD compute-fabric tables, row by row, derived by the engine from the catalog's
 * scalable unit (rack profile `scalableUnitPorts`) and switch radix, never looked up.
 *
 * 1. "NVIDIA DGX SuperPOD: Next Generation Scalable Infrastructure for AI Leadership, Reference Architecture
 *    featuring DGX B200" (RA-11334), the component-count table of the "DGX SuperPOD Architecture" section (its
 *    number renders unresolved in the published page): SU = 32 DGX B200 = 256 GPUs, QM9700 (64 × 400G).
 *      SU  nodes  GPUs   leaf spine core  node–leaf leaf–spine spine–core
 *       2     64   512     16     8    –        512        512          –
 *       4    128  1024     32    16    –       1024       1024          –
 *       8    256  2048     64    32    –       2048       2048          –
 *      16    512  4096    128   128   64       4096       4096       4096
 *      32   1024  8192    256   256  128       8192       8192       8192
 *      64   2048 16384    512   512  256      16384      16384      16384
 *    All rows and all columns match.
 * 2. The same RA (and the DGX H100 RA), Table 4 "Compute fabric component count", 1–4 SU: leaf 8/16/24/32,
 *    spine 4/8/16/16, spine–leaf cables 256/512/768/1,024. Leaf, spine and spine–leaf columns match. Its node and
 *    "compute and UFM" cable columns (31/63/95/127 nodes; 252/508/764/1,020 cables) are not reproduced: NVIDIA
 *    removes one DGX per SU there to free leaf ports for the UFM appliances, which the catalog does not model.
 * 3. "NVIDIA DGX SuperPOD with DGX B300 Systems, NVIDIA Quantum-X800 InfiniBand switching and AC Power Reference
 *    Architecture" (RA-11339-001), Table 3 "Example Compute Fabric Components": SU = 72 DGX B300 = 576 GPUs,
 *    Q3400 (144 × 800G).
 *      SU  nodes  GPUs   leaf spine  node–leaf leaf–spine
 *       1     72   576      8     4        576        576
 *       2    144  1152     16     8       1152       1152
 *       4    288  2304     32    18       2304       2304
 *       8    576  4608     64    36       4608       4608
 *      18   1296  9216*   144    72      10368      10368
 *    * the table prints 9,216 GPUs for 18 SU, but 1,296 nodes × 8 = 10,368, as its own cable counts say; the test
 *      asserts 10,368. Every other figure matches.
 *    The 4- and 8-SU spines (18, 36) are where "the uplinks split evenly" matters: 32 leaves × 72 uplinks need
 *    ⌈2,304 / 144⌉ = 16 spines, but 16 does not divide 72; the smallest divisor of 72 ≥ 16 is 18.
 * 4. GB200 NVL72: "NVIDIA DGX SuperPOD ... Reference Architecture featuring NVIDIA DGX GB200" publishes the SU
 *    (8 racks, 576 GPUs, 72 compute ports per rack) and the scale (up to 128 racks, 9,216 GPUs), but the pages
 *    held publish no switch-count table: the counts below are the engine's rule, worked by hand, not NVIDIA's.
 *    GB300 NVL72: no SuperPOD table in the reference set; its 8-rack SU is the catalog's convention.
 */
const catalog = loadCatalog();

function profile(id: string) {
  const p = catalog.rackProfiles.find((r) => r.id === id);
  if (!p) throw new Error(id);
  return p;
}

function radixOf(switchId: string): number {
  return catalog.equipment.find((e) => e.id === switchId)!.ports!;
}

/** The fabric of whole scalable units of a profile on its reference switch, with nodes and GPUs. */
function superpod(profileId: string, units: number) {
  const p = profile(profileId);
  const ports = units * p.scalableUnitPorts;
  const racks = ports / p.computePorts;
  const f = deriveFatTree(ports, ports, radixOf(p.referenceFabricSwitchId!));
  return { nodes: racks * p.nodes, gpus: racks * p.gpus, ...f };
}

function row(f: ReturnType<typeof superpod>) {
  return [f.nodes, f.gpus, f.leaf, f.spine, f.core, f.cables.nodeLeaf, f.cables.leafSpine, f.cables.spineCore];
}

describe('DGX B200 SuperPOD (QM9700): the component-count table of RA-11334', () => {
  it('defines the SU as 32 DGX B200 systems, 256 GPUs', () => {
    const p = profile('dgx-b200');
    expect(p.scalableUnitPorts).toBe(256);
    expect(((p.scalableUnitPorts / p.computePorts) * p.nodes)).toBe(32);
    expect(p.sources['scalableUnitPorts']).toBe('nv-b200-superpod-ra');
  });

  it.each([
    [2, [64, 512, 16, 8, 0, 512, 512, 0]],
    [4, [128, 1024, 32, 16, 0, 1024, 1024, 0]],
    [8, [256, 2048, 64, 32, 0, 2048, 2048, 0]],
    [16, [512, 4096, 128, 128, 64, 4096, 4096, 4096]],
    [32, [1024, 8192, 256, 256, 128, 8192, 8192, 8192]],
    [64, [2048, 16384, 512, 512, 256, 16384, 16384, 16384]],
  ])('%i SU', (units, expected) => {
    const f = superpod('dgx-b200', units);
    expect(row(f)).toEqual(expected);
    expect(f.tiers).toBe(units <= 8 ? 2 : 3);
  });

  it('Table 4, 1–4 SU: leaf 8/16/24/32, spine 4/8/16/16, leaf–spine 256/512/768/1,024 (B200 and H100 alike)', () => {
    for (const id of ['dgx-b200', 'dgx-h100']) {
      const got = [1, 2, 3, 4].map((u) => superpod(id, u)).map((f) => [f.leaf, f.spine, f.cables.leafSpine]);
      expect(got).toEqual([[8, 4, 256], [16, 8, 512], [24, 16, 768], [32, 16, 1024]]);
    }
    // 3 SU: 24 leaves × 32 uplinks need ⌈768 / 64⌉ = 12 spines; 12 does not divide 32, so 16 (2 links each).
    expect(smallestDivisorAtLeast(32, 12)).toBe(16);
  });
});

describe('DGX B300 SuperPOD with XDR (Quantum-X800 Q3400): Table 3 of RA-11339-001', () => {
  it('defines the SU as 72 DGX B300 systems, 576 GPUs', () => {
    const p = profile('dgx-b300');
    expect(p.referenceFabricSwitchId).toBe('ib-q3400-xdr-144p');
    expect(radixOf('ib-q3400-xdr-144p')).toBe(144);
    expect(((p.scalableUnitPorts / p.computePorts) * p.nodes)).toBe(72);
    expect(p.sources['computePorts,scalableUnitPorts']).toBe('nv-b300-xdr-ra');
  });

  it.each([
    [1, [72, 576, 8, 4, 0, 576, 576, 0]],
    [2, [144, 1152, 16, 8, 0, 1152, 1152, 0]],
    [4, [288, 2304, 32, 18, 0, 2304, 2304, 0]],
    [8, [576, 4608, 64, 36, 0, 4608, 4608, 0]],
    [18, [1296, 10368, 144, 72, 0, 10368, 10368, 0]],
  ])('%i SU', (units, expected) => {
    const f = superpod('dgx-b300', units);
    expect(row(f)).toEqual(expected);
    expect(f.tiers).toBe(2);
  });
});

describe('GB200 / GB300 NVL72: the SU NVIDIA publishes, switch counts by the engine’s rule (not published)', () => {
  it('GB200 SU = 8 racks = 576 GPUs; 1 SU on QM9700: 18 leaves, 16 spines', () => {
    const p = profile('gb200-nvl72');
    expect(p.sources['scalableUnitPorts']).toBe('nv-gb200-superpod-ra');
    const f = superpod('gb200-nvl72', 1);
    // 576 ports: leaf ⌈576 / 32⌉ = 18; leaf–spine 18 × 32 = 576; ⌈576 / 64⌉ = 9 spines would not divide the
    // 32 uplinks of a leaf; smallest divisor of 32 ≥ 9 = 16, each leaf 2 links to each spine (36 of 64 ports used).
    expect([f.gpus, f.tiers, f.leaf, f.spine, f.core, f.cables.nodeLeaf, f.cables.leafSpine]).toEqual([576, 2, 18, 16, 0, 576, 576]);
  });

  it('GB200 beyond 3 SU needs three tiers of QM9700; 16 SU (128 racks, 9,216 GPUs) is within them', () => {
    // 4 SU = 2,304 ports > 64²/2 = 2,048. 16 SU = 9,216 ports: leaf 288 = 9 pods of 32; spines 9 × 32 = 288;
    // cores per spine position: smallest divisor of 32 ≥ ⌈9 × 32 / 64⌉ = 5 → 8; 32 positions × 8 = 256.
    expect(superpod('gb200-nvl72', 3).tiers).toBe(2);
    const f = superpod('gb200-nvl72', 16);
    expect([f.gpus, f.tiers, f.leaf, f.spine, f.core, f.cables.spineCore]).toEqual([9216, 3, 288, 288, 256, 9216]);
  });

  it('GB300 SU of 8 racks on Q3400: 8 leaves, 4 spines (as the B300-XDR 1-SU row)', () => {
    const f = superpod('gb300-nvl72', 1);
    expect([f.gpus, f.leaf, f.spine, f.cables.leafSpine]).toEqual([576, 8, 4, 576]);
  });
});

describe('the rules behind the tables', () => {
  it('beyond two tiers, pods of radix/2 leaves; a part-filled pod has a divisor of radix/2 spines', () => {
    // 9 B200 SU = 2,304 ports (not in NVIDIA's table): leaf 72 = 2 pods of 32 + 8; spines 2 × 32 + 8 = 72;
    // positions 0–7 hold 3 spines: ⌈3 × 32 / 64⌉ = 2 cores; positions 8–31 hold 2: 1 core; 8 × 2 + 24 × 1 = 40.
    const f = deriveFatTree(2304, 2304, 64);
    expect(f).toMatchObject({ tiers: 3, leaf: 72, spine: 72, core: 40, cables: { nodeLeaf: 2304, leafSpine: 2304, spineCore: 2304 } });
    expect(f.derivation).toContain('smallest divisor of 32 ≥ 8 = 8');
    expect(f.derivation).toContain('8 spine positions of 3 spines × 2 + 24 of 2 × 1 = 40');
  });

  it('the derivation shows the even split of the uplinks', () => {
    expect(deriveFatTree(2304, 2304, 144).derivation).toContain(
      'spines: ⌈2,304 / 144⌉ = 16, and the count must divide each leaf\'s 72 uplinks (split evenly): smallest divisor of 72 ≥ 16 = 18, 4 links from each leaf to each spine',
    );
  });

  it('one switch up to its radix; the three-tier limit is radix³/4', () => {
    expect(deriveFatTree(64, 40, 64)).toMatchObject({ tiers: 1, leaf: 1, spine: 0, cables: { nodeLeaf: 40 } });
    expect(deriveFatTree((64 * 64 * 64) / 4, 0, 64).tiers).toBe(3);
    expect(() => deriveFatTree((64 * 64 * 64) / 4 + 1, 0, 64)).toThrow(RangeError);
  });
});
