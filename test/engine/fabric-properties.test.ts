import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { CatalogIndex } from '../../shared/catalog/catalog-index.ts';
import { BillBuilder } from '../../shared/engine/bill-builder.ts';
import { deriveFatTree } from '../../shared/engine/fabric.ts';
import type { ScenarioLayout } from '../../shared/engine/layout.ts';
import { sizeNetwork } from '../../shared/engine/network.ts';

// Properties of the fabric rules over any size: more racks never need fewer switches, cables or dollars, and
// every fabric the rules produce is buildable (uplinks split evenly, enough ports at every tier).
const catalog = loadCatalog();
const index = new CatalogIndex(catalog);
const RUNS = 60;

function profile(id: string) {
  return catalog.rackProfiles.find((p) => p.id === id)!;
}

/** A layout of identical racks, enough for the network stage (lengths fall back to the catalog defaults). */
function layoutOf(profileId: string, racks: number): ScenarioLayout {
  const p = profile(profileId);
  const ports = new Map(p.computePorts > 0 ? [[profileId, { racks, ports: racks * p.computePorts }]] : []);
  const rows = [{ racks, gpus: 0, storagePorts: racks * p.storagePorts, oobPorts: racks * p.oobPorts }];
  return { scenario: { id: 's', fabricSwitchId: null }, halls: [], rows, computePortsByProfile: ports, fibreRoutes: [] } as unknown as ScenarioLayout;
}

function network(profileId: string, racks: number) {
  const bill = new BillBuilder(index, {});
  const fabric = sizeNetwork(layoutOf(profileId, racks), bill);
  const usd = bill.lines.reduce((s, l) => s + l.totalUsd, 0);
  const switches = bill.lines.filter((l) => index.kindOf(l.catalogId ?? '') === 'switch').reduce((s, l) => s + l.quantity, 0);
  return { fabric, usd, switches, checks: bill.checks };
}

const PROFILES = ['legacy-8.4kw', 'air-40kw', 'dgx-h100', 'dgx-b200', 'dgx-b300', 'gb200-nvl72', 'gb300-nvl72', 'vr-nvl144'];

describe('fabric properties', () => {
  it('every fat tree is buildable: uplinks split evenly over the spines, ports enough at every tier', () => {
    fc.assert(
      fc.property(fc.constantFrom(64, 144), fc.integer({ min: 1, max: 60_000 }), (radix, ports) => {
        fc.pre(ports <= (radix * radix * radix) / 4);
        const f = deriveFatTree(ports, ports, radix);
        const down = radix / 2;
        if (f.tiers === 2) {
          expect(down % f.spine).toBe(0);
          expect(f.cables.leafSpine).toBeLessThanOrEqual(f.spine * radix);
        }
        if (f.tiers === 3) {
          expect(f.cables.spineCore).toBe(f.spine * down);
          expect(f.cables.spineCore).toBeLessThanOrEqual(f.core * radix);
          expect(f.spine).toBeGreaterThanOrEqual(f.leaf);
        }
        if (f.tiers >= 2) expect(f.leaf * down).toBeGreaterThanOrEqual(ports);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('more ports never need fewer switches or cables at any tier', () => {
    fc.assert(
      fc.property(fc.constantFrom(64, 144), fc.integer({ min: 1, max: 30_000 }), fc.integer({ min: 1, max: 30_000 }), (radix, a, extra) => {
        const b = a + extra;
        fc.pre(b <= (radix * radix * radix) / 4);
        const fa = deriveFatTree(a, a, radix);
        const fb = deriveFatTree(b, b, radix);
        expect(fb.leaf + fb.spine + fb.core).toBeGreaterThanOrEqual(fa.leaf + fa.spine + fa.core);
        expect(fb.spine).toBeGreaterThanOrEqual(fa.spine);
        expect(fb.core).toBeGreaterThanOrEqual(fa.core);
        expect(fb.cables.leafSpine + fb.cables.spineCore).toBeGreaterThanOrEqual(fa.cables.leafSpine + fa.cables.spineCore);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('more racks never need fewer network switches or dollars (compute, storage, out-of-band), on every profile', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROFILES), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 200 }), (id, n, extra) => {
        const a = network(id, n);
        const b = network(id, n + extra);
        expect(b.switches).toBeGreaterThanOrEqual(a.switches);
        expect(b.usd).toBeGreaterThanOrEqual(a.usd);
        const fa = a.fabric;
        const fb = b.fabric;
        expect(fb.leaf + fb.spine + fb.core).toBeGreaterThanOrEqual(fa.leaf + fa.spine + fa.core);
        expect(a.checks.filter((c) => c.code === 'catalog-gap')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
