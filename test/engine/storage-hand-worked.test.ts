import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { CatalogIndex } from '../../shared/catalog/catalog-index.ts';
import { BillBuilder } from '../../shared/engine/bill-builder.ts';
import type { BillLine } from '../../shared/engine/bill-schema.ts';
import type { LinkLengths } from '../../shared/engine/fabric-media.ts';
import type { ScenarioLayout } from '../../shared/engine/layout.ts';
import { sizeNetwork } from '../../shared/engine/network.ts';
import { sizeStorageFabric } from '../../shared/engine/storage-fabric.ts';

/*
 * The storage and in-band fabric, worked by hand. Every node has two storage/in-band ports, one on each leaf of a
 * pair (dual-homed, as NVIDIA's reference architectures connect nodes to two separate switches); a leaf's uplinks
 * carry the storage bandwidth its nodes draw when its partner is down (GPU racks: 8 Gb/s per GPU, an assumed
 * figure; racks without GPUs: one port per server at line rate), never a second non-blocking fat tree. Racks
 * without a GPU fabric keep 25G ports (the enterprise rate, assumed), on 48 × 25G + 12 × 100G leaves.
 *
 * Leaf designs (most node ports a leaf takes with the uplinks their load needs, an even number ≥ 2 so that they
 * split evenly over a spine pair):
 *   SN3420 (48 × 25G + 12 × 100G), 25G per port: uplinks ⌈48 × 25 / 100⌉ = 12 ≤ 12 → 48 node ports, 12 uplinks
 *   SN5400 (64 × 400G), GB200 tray: 72 GPUs × 8 / 18 ports per rack side = 32 Gb/s per port;
 *     58 + (⌈58 × 32 / 400⌉ = 5 → even 6) = 64 ≤ 64 (59 + 6 = 65 does not fit) → 58 node ports, 6 uplinks
 *   SN5400, DGX B200: 32 GPUs × 8 / 4 ports per rack side = 64 Gb/s per port; 54 + (⌈54 × 64 / 400⌉ = 9 → 10) = 64
 *
 * A. 1 enterprise rack (8.4 kW, 20 servers × 2 ports = 40 at 25G): 20 ports a side ≤ 48 → one pair; storage links
 *    per leaf ⌈20 × 25 / 100⌉ = 5 ≤ 12 uplink ports → the pair is the whole fabric: 2 × SN3420, 40 × 25G node
 *    cables, 2 × 5 = 10 × 100G storage links. No 400G port anywhere.
 * B. 10 enterprise racks: 400 ports, 200 a side; pairs ⌈200 / 48⌉ = 5 → 10 leaves × 12 = 120 leaf–spine links;
 *    demand 200 × 25 = 5,000 Gb/s; storage links 2 × ⌈5,000 / 100⌉ = 100; spines (SN4600C, 64 × 100G)
 *    max(2, ⌈(120 + 100) / 64⌉) = 4, in pairs 4.
 * C. 1 GB200 NVL72 (36 ports at 400G, 72 GPUs): 18 a side ≤ 58 → one pair; storage links ⌈576 / 400⌉ = 2 per
 *    leaf; 18 + 2 ≤ 64 → 2 × SN5400, 36 node cables, 4 storage links.
 * D. 8 GB200 NVL72 (one SU): 288 ports, 144 a side; pairs ⌈144 / 58⌉ = 3 → 6 leaves × 6 = 36 leaf–spine links
 *    (3 to each spine); demand 576 × 8 = 4,608 Gb/s; storage links 2 × ⌈4,608 / 400⌉ = 24;
 *    spines max(2, ⌈60 / 64⌉) = 2.
 *    SN5400 = 6 + 2 = 8, where a second non-blocking fat tree of the 288 ports took ⌈288 / 32⌉ = 9 leaves and
 *    ⌈288 / 64⌉ = 5 spines = 14.
 */
const catalog = loadCatalog();
const LENGTHS: LinkLengths = {
  nodeLeaf: 15, leafSpine: 60, spineCore: 150,
  why: { nodeLeaf: 'test length', leafSpine: 'test length', spineCore: 'test length' },
  factors: [],
};

function layoutOf(gpuRacks: Record<string, number>, enterpriseRacks = 0): ScenarioLayout {
  const ports = new Map<string, { racks: number; ports: number }>();
  let storagePorts = enterpriseRacks * 40;
  for (const [id, racks] of Object.entries(gpuRacks)) {
    const p = catalog.rackProfiles.find((r) => r.id === id)!;
    ports.set(id, { racks, ports: racks * p.computePorts });
    storagePorts += racks * p.storagePorts;
  }
  return { computePortsByProfile: ports, rows: [{ storagePorts }] } as unknown as ScenarioLayout;
}

function size(gpuRacks: Record<string, number>, enterpriseRacks = 0) {
  const bill = new BillBuilder(new CatalogIndex(catalog), {});
  const switches = sizeStorageFabric(layoutOf(gpuRacks, enterpriseRacks), bill, LENGTHS);
  const qty = (id: string) => bill.lines.filter((l) => l.catalogId === id).reduce((s, l) => s + l.quantity, 0);
  const at = (gbps: number) => bill.lines.filter((l: BillLine) => l.capacity?.unit === 'Gb/s' && l.capacity.value === gbps);
  return { bill, switches, qty, at };
}

describe('storage and in-band fabric, worked by hand', () => {
  it('A. one enterprise rack: a 25G leaf pair is the whole fabric', () => {
    const { switches, qty, at, bill } = size({}, 1);
    expect(switches).toBe(2);
    expect(qty('eth-sn3420-25g-48p')).toBe(2);
    expect(qty('eth-sn5400-400g-64p')).toBe(0);
    expect(at(25).reduce((s, l) => s + l.quantity, 0)).toBe(40);
    expect(at(100).reduce((s, l) => s + l.quantity, 0)).toBe(10);
    expect(at(400)).toEqual([]);
    const sw = bill.lines.find((l) => l.catalogId === 'eth-sn3420-25g-48p')!;
    expect(sw.redundancy).toBe('dual-homed');
    expect(sw.derivation).toContain('storage links on each leaf ⌈500 / 100⌉ = 5');
    expect(sw.source).toContain('ph-enterprise-ports');
    expect(sw.source).toContain('mlxsw-switches');
  });

  it('B. ten enterprise racks: 10 leaves, 4 spines of 100G', () => {
    const { switches, qty, bill } = size({}, 10);
    expect([qty('eth-sn3420-25g-48p'), qty('eth-sn4600c-100g-64p'), switches]).toEqual([10, 4, 14]);
    const spine = bill.lines.find((l) => l.catalogId === 'eth-sn4600c-100g-64p')!;
    expect(spine.derivation).toContain('storage links 2 × ⌈5,000 / 100⌉ = 100');
    expect(spine.derivation).toContain('spines max(2, ⌈(120 + 100) / 64⌉) = 4, in pairs: 4');
    const leafSpine = bill.lines.find((l) => l.derivation.startsWith('Storage and in-band leaf–spine'))!;
    expect(leafSpine.quantity).toBe(120);
  });

  it('C. one GB200 NVL72: a 400G leaf pair with 2 storage links each', () => {
    const { switches, qty, at } = size({ 'gb200-nvl72': 1 });
    expect([switches, qty('eth-sn5400-400g-64p')]).toEqual([2, 2]);
    expect(at(400).reduce((s, l) => s + l.quantity, 0)).toBe(36 + 4);
  });

  it('D. one GB200 SU: 6 leaves + 2 spines on storage bandwidth, not a 14-switch second fat tree', () => {
    const { switches, qty, bill } = size({ 'gb200-nvl72': 8 });
    expect([switches, qty('eth-sn5400-400g-64p')]).toEqual([8, 8]);
    const sw = bill.lines.find((l) => l.catalogId === 'eth-sn5400-400g-64p')!;
    expect(sw.derivation).toContain('storage demand 576 GPUs × 8 Gb/s = 4,608 Gb/s');
    expect(sw.derivation).toContain('leaf eth-sn5400-400g-64p: 58 node ports, uplinks ⌈58 × 32 / 400⌉ = 5, even for a spine pair: 6 (58 + 6 ≤ 64 ports)');
    expect(sw.derivation).toContain('leaf pairs ⌈144 / 58⌉ = 3');
    expect(sw.derivation).toContain('leaf–spine links 6 × 6 = 36');
    expect(sw.derivation).toContain('switches = 6 + 2 = 8');
    expect(sw.source).toContain('ph-storage-bandwidth');
    expect(sw.source).toContain('nv-sn5400');
  });

  it('a GPU hall with enterprise racks beside it: each rate its own fabric', () => {
    const { qty } = size({ 'gb200-nvl72': 8 }, 10);
    expect([qty('eth-sn5400-400g-64p'), qty('eth-sn3420-25g-48p'), qty('eth-sn4600c-100g-64p')]).toEqual([8, 10, 4]);
  });

  it('DGX B200, one SU (8 racks, 32 systems): one pair with 6 storage links a leaf', () => {
    // 64 ports, 32 a side ≤ 54; storage 256 GPUs × 8 = 2,048 Gb/s → ⌈2,048 / 400⌉ = 6 a leaf; 32 + 6 ≤ 64.
    const { switches, bill } = size({ 'dgx-b200': 8 });
    expect(switches).toBe(2);
    expect(bill.lines.find((l) => l.catalogId === 'eth-sn5400-400g-64p')!.derivation).toContain('⌈2,048 / 400⌉ = 6');
  });
});

describe('legacy air racks get 10/25G, never 400G storage ports', () => {
  it('the whole network of an enterprise hall has no 400G line but its WAN router', () => {
    const bill = new BillBuilder(new CatalogIndex(catalog), {});
    const layout = { scenario: { id: 's', fabricSwitchId: null }, halls: [], rows: [{ racks: 10, gpus: 0, storagePorts: 400, oobPorts: 200 }], computePortsByProfile: new Map(), fibreRoutes: [] };
    sizeNetwork(layout as unknown as ScenarioLayout, bill);
    const fast = bill.lines.filter((l) => l.catalogId !== 'wan-edge-router' && (atLeast400G(l) || /400G/.test(l.item)));
    expect(fast).toEqual([]);
    expect(bill.lines.some((l) => l.catalogId === 'eth-sn3420-25g-48p')).toBe(true);
  });
});

function atLeast400G(l: BillLine): boolean {
  return l.capacity?.unit === 'Gb/s' && l.capacity.value >= 400;
}
