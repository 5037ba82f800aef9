import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogIndexOf } from '../../shared/catalog/catalog-index.ts';
import { rackBoxIn } from '../../shared/geometry/floor-box.ts';
import { hallToSite, slotCentreInHall } from '../../shared/geometry/plan.ts';
import type { Rotation } from '../../shared/model/index.ts';
import { catalog } from '../engine/fixtures.ts';
import { hall, racks, row } from '../engine/layout-fixture.ts';

const rotation = fc.constantFrom<Rotation>(0, 90, 180, 270);
const coord = fc.double({ min: -500, max: 500, noNaN: true });

describe('rackBoxIn', () => {
  it('puts the rack at its slot centre turned through the row and the hall, for every pair of rotations', () => {
    const index = catalogIndexOf(catalog);
    fc.assert(
      fc.property(rotation, rotation, coord, coord, coord, coord, fc.integer({ min: 0, max: 15 }), (hr, rr, hx, hy, rx, ry, slot) => {
        const h = hall('h', { origin: { x: hx, y: hy }, rotation: hr });
        const r = row('r', 'h', { origin: { x: rx, y: ry }, rotation: rr });
        const rack = { ...racks('r', 'gb200-nvl72', 1)[0]!, slot };
        const box = rackBoxIn(h, r, rack, index);
        const expected = hallToSite(h, slotCentreInHall(r, slot, index.rackSize(rack.profileId).depthM));
        expect(box.x).toBeCloseTo(expected.x, 9);
        expect(box.y).toBeCloseTo(expected.y, 9);
        expect(box.rotation).toBe((hr + rr) % 360);
      }),
    );
  });
});
