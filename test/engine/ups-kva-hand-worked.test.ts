import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import type { Catalog } from '../../shared/catalog/schema.ts';
import { BLOCK_SCENARIO, blockProject, catalog, linesOf, quantityOf } from './fixtures.ts';
import { equipment, feed, hall, project, racks, row, SCENARIO } from './layout-fixture.ts';

/*
 * UPS frames are rated in kVA (catalog frames: output PF 1, so kVA = kW); the IT load draws kW / pf kVA at the PSU
 * power factor 0.95 (psu-pf). Frames needed = max(⌈kVA / frame kVA⌉, ⌈kW / frame kW⌉).
 *
 * Ten GB200 racks: 10 × 132 = 1,320 kW / 0.95 = 1,389.47 kVA. 750 kVA frames: ⌈1,389.47 / 750⌉ = 2 (2 × 750 =
 *   1,500 kVA ≥ 1,389.47); the lineup's group figure is that very comparison, in kVA.
 *
 * Placed feed (the case): 36 GB200 racks = 36 × 132 = 4,752 kW on feed A of a 2N pair (each side an N
 *   lineup) with 4 × 1,250 kVA frames = 5,000 kVA. In kW it would pass (4,752 ≤ 5,000); in kVA it is
 *   4,752 / 0.95 = 5,002.11 kVA > 5,000 kVA: feed-over-capacity.
 *
 * A PF 0.9 frame (1,000 kVA, 900 kW) carrying 950 kW: by kVA ⌈1,000 / 1,000⌉ = 1, by kW ⌈950 / 900⌉ = 2 → 2:
 *   the kW rating governs when the frame's output PF is below the load's.
 */
describe('UPS in kVA, worked by hand', () => {
  it('ten GB200 racks: 1,389.47 kVA on 2 × 750 kVA frames; the lineup figure is in kVA', () => {
    const b = analyze(blockProject({ profileId: 'gb200-nvl72', count: 10 }), catalog, BLOCK_SCENARIO);
    const ups = linesOf(b, 'ups-750kw')[0]!;
    expect(ups.quantity).toBe(2);
    expect(ups.capacity).toEqual({ value: 750, unit: 'kVA' });
    expect(ups.derivation).toContain('1,320 kW / pf 0.95 = 1,389.47 kVA');
    expect(ups.derivation).toContain('⌈1,389.47 kVA / 750 kVA⌉ = 2');
    const group = b.groups.find((g) => g.kind === 'upsLineup')!;
    expect(group.unit).toBe('kVA');
    expect(group.load).toBeCloseTo(1389.474, 3);
    expect(group.usableCapacity).toBe(1500);
  });

  it('a feed of 4 × 1,250 kVA frames does not carry 4,752 kW (5,002.11 kVA)', () => {
    const doc = project({
      halls: [hall('h1')],
      rows: [row('a', 'h1', { slotCount: 36, feedAId: 'fa' as never, feedBId: 'fb' as never })],
      racks: racks('a', 'gb200-nvl72', 36),
      equipment: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8'].map((id) => equipment(id, 'ups-1250kw')),
      powerFeeds: [feed('fa', 'h1', 'A', ['u1', 'u2', 'u3', 'u4']), feed('fb', 'h1', 'B', ['u5', 'u6', 'u7', 'u8'])],
    });
    const b = analyze(doc, catalog, SCENARIO);
    const fa = b.groups.find((g) => g.id === 'fa')!;
    expect(fa.unit).toBe('kVA');
    expect(fa.load).toBeCloseTo(5002.105, 3);
    expect(fa.usableCapacity).toBe(5000);
    const over = b.checks.filter((c) => c.code === 'feed-over-capacity').map((c) => c.subject?.id);
    expect(over).toEqual(['fa', 'fb']);
    expect(b.checks.find((c) => c.subject?.id === 'fa' && c.code === 'feed-over-capacity')!.message).toContain('4,752 kW / pf 0.95 = 5,002.11 kVA');
  });

  it('a PF 0.9 frame is limited by its kW rating: 950 kW needs 2 × (1,000 kVA / 900 kW)', () => {
    const pf09: Catalog = {
      ...catalog,
      equipment: catalog.equipment
        .filter((e) => e.kind !== 'ups')
        .concat([{ ...catalog.equipment.find((e) => e.id === 'ups-1000kw')!, id: 'ups-pf09', capacityKw: 900, capacityKva: 1000 }]),
    };
    // 950 kW of air racks: 95 × 10 kW overrides of the 40 kW air profile keep the arithmetic round.
    const doc = blockProject({ profileId: 'air-40kw', count: 95 }, {}, pf09);
    const ten = { ...doc, racks: doc.racks.map((r) => ({ ...r, itKwOverride: 10 })) };
    const b = analyze(ten, pf09, BLOCK_SCENARIO);
    expect(quantityOf(b, 'ups-pf09')).toBe(2);
    expect(linesOf(b, 'ups-pf09')[0]!.derivation).toContain('⌈950 kW / 900 kW⌉ = 2 (kW governs; by kVA ⌈1,000 / 1,000⌉ = 1)');
  });
});
