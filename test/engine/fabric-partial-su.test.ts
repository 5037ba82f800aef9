import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { CatalogIndex } from '../../shared/catalog/catalog-index.ts';
import { BillBuilder } from '../../shared/engine/bill-builder.ts';
import type { ScenarioLayout } from '../../shared/engine/layout.ts';
import { sizeNetwork } from '../../shared/engine/network.ts';

/*
 * Partial builds provision the whole scalable unit's leaves and leaf–spine cables, and cable only the nodes present
 * (NVIDIA's SuperPOD RAs, "Network Fabrics": "the fabric should be designed to support the full SU, including leaf
 * switches and leaf-spine cables"). Worked by hand:
 *
 * 3 DGX B200 racks = 3 × 32 = 96 ports; SU 256 → ⌈96 / 256⌉ = 1 SU = 256 ports provisioned.
 *   leaf ⌈256 / 32⌉ = 8; leaf–spine 8 × 32 = 256 cables; spines ⌈256 / 64⌉ = 4 (4 divides 32: 8 links per leaf
 *   to each spine) → 12 QM9700; node–leaf cables 96 (the racks present).
 * 1 DGX B300 rack = 32 ports; SU 576 (72 systems) → 576 provisioned on Q3400 (144 × 800G):
 *   leaf ⌈576 / 72⌉ = 8; leaf–spine 576; spines ⌈576 / 144⌉ = 4 (divides 72) → 12 Q3400; node–leaf 32.
 *   (Before the B300-XDR SU was in the catalog, one rack was one 144-port switch, no SU.)
 * 3 GB200 NVL72 = 216 ports; SU 576 → 576: leaf 18; leaf–spine 576; ⌈576 / 64⌉ = 9 does not divide 32 → 16
 *   spines → 34 QM9700; node–leaf 216.
 */
const catalog = loadCatalog();
const index = new CatalogIndex(catalog);

function layoutOf(racks: Record<string, number>): ScenarioLayout {
  const ports = new Map<string, { racks: number; ports: number }>();
  let storagePorts = 0;
  let oobPorts = 0;
  let count = 0;
  for (const [id, n] of Object.entries(racks)) {
    const p = catalog.rackProfiles.find((r) => r.id === id)!;
    ports.set(id, { racks: n, ports: n * p.computePorts });
    storagePorts += n * p.storagePorts;
    oobPorts += n * p.oobPorts;
    count += n;
  }
  const rows = [{ racks: count, gpus: 0, storagePorts, oobPorts }];
  return { scenario: { id: 's', fabricSwitchId: null }, halls: [], rows, computePortsByProfile: ports, fibreRoutes: [] } as unknown as ScenarioLayout;
}

function network(racks: Record<string, number>) {
  const bill = new BillBuilder(index, {});
  const fabric = sizeNetwork(layoutOf(racks), bill);
  const line = (id: string) => bill.lines.find((l) => l.catalogId === id)!;
  const cables = (what: string) => bill.lines.filter((l) => l.derivation.startsWith(what)).reduce((s, l) => s + l.quantity, 0);
  return { fabric, line, cables };
}

describe('partial scalable units, worked by hand', () => {
  it('3 DGX B200 racks: the whole SU’s 8 leaves, 4 spines and 256 leaf–spine cables; 96 node cables', () => {
    const { fabric, line, cables } = network({ 'dgx-b200': 3 });
    expect(fabric).toEqual({ tiers: 2, leaf: 8, spine: 4, core: 0, cables: { nodeLeaf: 96, leafSpine: 256, spineCore: 0 } });
    const sw = line('ib-qm9700-ndr-64p');
    expect(sw.quantity).toBe(12);
    expect(sw.derivation).toContain('provisioned as whole scalable units of 256 ports: ⌈96 / 256⌉ = 1 → 256 ports');
    expect(sw.source).toContain('nv-b200-superpod-ra');
    expect(cables('Compute fabric node–leaf')).toBe(96);
    expect(cables('Compute fabric leaf–spine')).toBe(256);
  });

  it('1 DGX B300 rack: the 72-system SU of the B300-XDR RA on Q3400, 8 leaves and 4 spines', () => {
    const { fabric, line } = network({ 'dgx-b300': 1 });
    expect(fabric).toEqual({ tiers: 2, leaf: 8, spine: 4, core: 0, cables: { nodeLeaf: 32, leafSpine: 576, spineCore: 0 } });
    expect(line('ib-q3400-xdr-144p').quantity).toBe(12);
    expect(line('ib-q3400-xdr-144p').source).toContain('nv-b300-xdr-ra');
  });

  it('3 GB200 NVL72: one SU, 18 leaves and 16 spines (9 would not split the 32 uplinks evenly)', () => {
    const { fabric, line } = network({ 'gb200-nvl72': 3 });
    expect(fabric).toEqual({ tiers: 2, leaf: 18, spine: 16, core: 0, cables: { nodeLeaf: 216, leafSpine: 576, spineCore: 0 } });
    expect(line('ib-qm9700-ndr-64p').quantity).toBe(34);
    expect(line('ib-qm9700-ndr-64p').source).toContain('nv-gb200-superpod-ra');
  });
});
