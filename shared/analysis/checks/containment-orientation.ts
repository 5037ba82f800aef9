import type { CheckInput } from '../../engine/bill-builder.ts';
import type { RowLoad } from '../../engine/loads.ts';
import { called } from '../../model/called.ts';

interface Span {
  readonly load: RowLoad;
  /** Along the row and across it, in hall coordinates: the near and far edges. */
  readonly alongMin: number;
  readonly alongMax: number;
  readonly acrossMin: number;
  readonly acrossMax: number;
  /** +1 when the racks face towards increasing `across`, −1 otherwise. */
  readonly facing: 1 | -1;
}

const EPS = 1e-6;

/** The edges of the row's footprint (`rowRectInHall`), read straight into the span without a rectangle between. */
function spanOf(load: RowLoad): Span {
  const { row, depthM } = load;
  const { x, y } = row.origin;
  const length = row.slotCount * row.slotWidthM;
  // Racks face local +y; turned by the row's rotation that is +y (0), −x (90), −y (180), +x (270).
  switch (row.rotation) {
    case 0:
      return { load, alongMin: x, alongMax: x + length, acrossMin: y, acrossMax: y + depthM, facing: 1 };
    case 90:
      return { load, alongMin: y, alongMax: y + length, acrossMin: x - depthM, acrossMax: x, facing: -1 };
    case 180:
      return { load, alongMin: x - length, alongMax: x, acrossMin: y - depthM, acrossMax: y, facing: -1 };
    case 270:
      return { load, alongMin: y - length, alongMax: y, acrossMin: x, acrossMax: x + depthM, facing: 1 };
  }
}

const overlapsAlong = (a: Span, b: Span) => a.alongMin < b.alongMax - EPS && b.alongMin < a.alongMax - EPS;

/** Rows of one orientation, sorted for the search across the aisle on either side. */
interface Axis {
  /** By the near edge going up (for the side +1) and by the far edge going down (for the side −1). */
  readonly up: Span[];
  readonly down: Span[];
}

function axisOf(spans: Span[]): Axis {
  return {
    up: [...spans].sort((a, b) => a.acrossMin - b.acrossMin),
    down: [...spans].sort((a, b) => b.acrossMax - a.acrossMax),
  };
}

/** The first index in `list` whose key passes `ok` (list sorted so that `ok` turns true once and stays). */
function firstPassing(list: readonly Span[], ok: (s: Span) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The nearest parallel row across the aisle on one side of `a` (`side` +1 or −1 along `across`). */
function nearestAcross(a: Span, side: 1 | -1, axis: Axis): Span | undefined {
  const list = side === 1 ? axis.up : axis.down;
  const from = side === 1 ? firstPassing(list, (b) => b.acrossMin >= a.acrossMax - EPS) : firstPassing(list, (b) => b.acrossMax <= a.acrossMin + EPS);
  // Sorted by the edge that faces `a`, so the first row that overlaps along the aisle is the nearest.
  for (let i = from; i < list.length; i += 1) {
    const b = list[i]!;
    if (b !== a && overlapsAlong(a, b)) return b;
  }
  return undefined;
}

/**
 * Rows with aisle containment whose neighbour across the contained aisle faces the wrong way: a hot aisle
 * must have the rears of both rows on it (back to back), a cold aisle the fronts (face to face). A row that
 * faces the same way as its neighbour breathes the other's exhaust, and the containment cannot work.
 */
export function containmentOrientationChecks(rows: readonly RowLoad[]): CheckInput[] {
  if (!rows.some((r) => r.row.containment !== 'none')) return [];
  // Each row's span, by the row's place in `rows`.
  const spans = rows.map(spanOf);
  const byAxis = new Map<number, Span[]>();
  for (const a of spans) {
    const list = byAxis.get(a.load.row.rotation % 180) ?? [];
    list.push(a);
    byAxis.set(a.load.row.rotation % 180, list);
  }
  const axes = new Map([...byAxis].map(([k, list]) => [k, axisOf(list)]));
  const checks: CheckInput[] = [];
  for (const a of spans) {
    const load = a.load;
    if (load.row.containment === 'none') continue;
    const axis = axes.get(load.row.rotation % 180)!;
    const hot = load.row.containment === 'hot-aisle';
    // The contained aisle is behind a hot-aisle row and in front of a cold-aisle row.
    const side = (hot ? -a.facing : a.facing) as 1 | -1;
    const b = nearestAcross(a, side, axis);
    if (!b || b.facing !== a.facing) continue;
    const aisle = hot ? 'hot aisle behind it' : 'cold aisle in front of it';
    const wrong = hot ? `the front of ${called('row', b.load.row.name)} faces that aisle and draws its exhaust` : `${called('row', b.load.row.name)} exhausts into that aisle`;
    checks.push({
      severity: 'warning',
      code: 'containment-orientation',
      message: `${called('Row', load.row.name)} has ${hot ? 'hot' : 'cold'}-aisle containment, but across the ${aisle} ${wrong}; rows on a contained aisle stand ${hot ? 'back to back' : 'face to face'}`,
      subject: { type: 'row', id: load.row.id },
    });
  }
  return checks;
}
