import { describe, expect, it } from 'vitest';
import type { FloorBox } from '../../shared/geometry/floor-box.ts';
import { layoutWorldLabels } from '../../renderer/viewport/label-layout.ts';
import { overlaps, type ScreenBox } from '../../renderer/viewport/label-placement.ts';
import type { WorldLabel } from '../../renderer/viewport/label-sources.ts';

// The sample's Building 3 (hydro mining): 40 m × 24 m at site (20, 30), rows M1…M8 of 20 slots × 0.6 m = 12 m, 1.2 m
// deep, starting 4 m from the west wall, one every 2.6 m from 2 m in. Seen from above at 5.33 px/m (the plan at
// 1280 × 720) a row is 6.4 px deep at a 13.9 px pitch while a row's name is 16 px tall: no name fits between rows.
const HALL_AT = { x: 20, y: 30 };
const ROW_HEIGHT_M = 2.2;
const SIZES: Record<WorldLabel['kind'], { w: number; h: number }> = {
  hall: { w: 190, h: 19 },
  dimension: { w: 40, h: 16 },
  row: { w: 26, h: 16 },
  group: { w: 200, h: 16 },
  'group-over': { w: 200, h: 16 },
  yard: { w: 40, h: 17 },
  equipment: { w: 60, h: 15 },
};

function hallBox(origin: { x: number; y: number }): FloorBox {
  return { x: origin.x + 20, y: origin.y + 12, rotation: 0, w: 40, d: 24, h: 6 };
}

/** One hall's labels as `worldLabels` makes them: its name, width, depth and each row's name with the row's box. */
function hallLabels(id: string, origin: { x: number; y: number }, rows: number): WorldLabel[] {
  const hall = hallBox(origin);
  const labels: WorldLabel[] = [
    { key: `hall:${id}`, id, kind: 'hall', text: id, x: origin.x, y: origin.y, h: 0, side: 'outside-start', priority: 100, hall },
    { key: `hall-w:${id}`, id: null, kind: 'dimension', text: '40.0 m', x: origin.x + 20, y: origin.y, h: 0, side: 'along-width', priority: 50, hall },
    { key: `hall-d:${id}`, id: null, kind: 'dimension', text: '24.0 m', x: origin.x, y: origin.y + 12, h: 0, side: 'along-depth', priority: 50, hall },
  ];
  for (let i = 0; i < rows; i++) {
    const y = origin.y + 2 + 2.6 * i;
    const body: FloorBox = { x: origin.x + 4 + 6, y: y + 0.6, rotation: 0, w: 12, d: 1.2, h: ROW_HEIGHT_M };
    labels.push({ key: `row:${id}-M${i + 1}`, id: `${id}-M${i + 1}`, kind: 'row', text: `M${i + 1}`, x: origin.x + 4, y, h: ROW_HEIGHT_M, side: 'beside-ends', priority: 90, body, hall });
  }
  return labels;
}

/** The plan seen from above at `scale` px per metre, site (0, 0) at screen (ox, oy). */
function planView(scale: number, ox: number, oy: number, width = 716, height = 628) {
  return { toScreen: (x: number, _h: number, y: number) => ({ x: ox + x * scale, y: oy + y * scale }), width, height, keepOut: [], scale, ox, oy };
}

function onScreen(b: FloorBox, v: ReturnType<typeof planView>): ScreenBox {
  return { x: v.ox + (b.x - b.w / 2) * v.scale, y: v.oy + (b.y - b.d / 2) * v.scale, w: b.w * v.scale, h: b.d * v.scale };
}

function place(labels: WorldLabel[], v: ReturnType<typeof planView>) {
  return layoutWorldLabels(labels, (l) => SIZES[l.kind], v);
}

const inside = (a: ScreenBox, b: ScreenBox) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

describe('plan labels beside the rows (the sample at 1280 × 720)', () => {
  const v = planView(5.33, 30, -60);
  const labels = hallLabels('b3', HALL_AT, 8);
  const placed = place(labels, v);
  const rows = labels.filter((l) => l.body).map((l) => ({ name: l.text, box: onScreen(l.body!, v) }));
  const hall = onScreen(hallBox(HALL_AT), v);

  it('covers no row and no other label', () => {
    for (const p of placed) {
      for (const r of rows) expect(overlaps(p.box, r.box), `${p.label.text} on row ${r.name}`).toBe(false);
    }
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!.box, placed[j]!.box), `${placed[i]!.label.text} / ${placed[j]!.label.text}`).toBe(false);
    }
  });

  it('names every row, left and right ends by turns, each centred on its row', () => {
    const named = placed.filter((p) => p.label.kind === 'row');
    expect(named.map((p) => p.label.text).sort()).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8']);
    for (const p of named) {
      const row = rows.find((r) => r.name === p.label.text)!.box;
      expect(Math.abs(p.box.y + p.box.h / 2 - (row.y + row.h / 2)), p.label.text).toBeLessThan(0.5);
      const left = p.box.x + p.box.w <= row.x;
      const right = p.box.x >= row.x + row.w;
      expect(left || right, p.label.text).toBe(true);
      // 4 m is 21 px, too narrow for a 26 px name: the left ones stand outside the west wall.
      if (left) expect(p.box.x + p.box.w, p.label.text).toBeLessThanOrEqual(hall.x);
    }
  });

  it('puts the hall name and both dimensions outside the hall', () => {
    for (const key of ['hall:b3', 'hall-w:b3', 'hall-d:b3']) {
      const p = placed.find((x) => x.label.key === key);
      expect(p, key).toBeDefined();
      expect(overlaps(p!.box, hall), key).toBe(false);
    }
  });
});

describe('plan labels, other scales and neighbours', () => {
  it('at 1920 × 1080 (8.38 px/m) a name fits inside between the wall and its row, and stands there', () => {
    const v = planView(8.38, -150, -180, 1030, 748);
    const labels = hallLabels('b3', HALL_AT, 8);
    const hall = onScreen(hallBox(HALL_AT), v);
    const rows = place(labels, v).filter((p) => p.label.kind === 'row');
    expect(rows).toHaveLength(8);
    for (const p of rows) {
      const row = onScreen(p.label.body!, v);
      expect(inside(p.box, hall), p.label.text).toBe(true);
      expect(p.box.x + p.box.w, p.label.text).toBeLessThanOrEqual(row.x);
    }
  });

  it('shows only the names that fit when a row has a neighbour at both ends, every other row at most', () => {
    // Rows 2.6 m apart with a second block 4 m past their far end, seen at 5.33 px/m: neither end has room twice.
    const v = planView(5.33, 30, -60);
    const labels = hallLabels('b3', HALL_AT, 8);
    const blocked = labels.filter((l) => l.body).map((l, i): WorldLabel => ({ ...l, key: `block:${i}`, id: `block:${i}`, text: `N${i + 1}`, x: l.x + 16, body: { ...l.body!, x: l.body!.x + 16 } }));
    const placed = place([...labels, ...blocked], v);
    const names = placed.filter((p) => p.label.kind === 'row').map((p) => p.label.text);
    const shown = (prefix: string) => [1, 2, 3, 4, 5, 6, 7, 8].filter((i) => names.includes(`${prefix}${i}`));
    for (const prefix of ['M', 'N']) {
      const rows = shown(prefix);
      expect(rows.length, prefix).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < rows.length; i++) expect(rows[i]! - rows[i - 1]!, `${prefix}: ${rows.join(',')}`).toBeGreaterThan(1);
    }
    const boxes = [...labels, ...blocked].filter((l) => l.body).map((l) => onScreen(l.body!, v));
    for (const p of placed) for (const b of boxes) expect(overlaps(p.box, b), p.label.text).toBe(false);
  });

  it('lays no label across a neighbouring hall’s wall (Buildings 1 and 2, 4 m apart)', () => {
    const v = planView(5.33, 30, 100);
    const b1 = { x: 20, y: -16 };
    const b2 = { x: 64, y: -16 };
    const placed = place([...hallLabels('b1', b1, 4), ...hallLabels('b2', b2, 4)], v);
    const halls = [onScreen(hallBox(b1), v), onScreen(hallBox(b2), v)];
    expect(placed.filter((p) => p.label.kind === 'row').length).toBeGreaterThanOrEqual(6);
    for (const p of placed) {
      for (const h of halls) expect(!overlaps(p.box, h) || inside(p.box, h), `${p.label.key} across a wall`).toBe(true);
    }
  });
});

describe('plan labels over equipment', () => {
  const v = planView(5.33, 30, -60);
  // A yard block 40 m × 20 m at site (70, 20), outside every hall, and a loop's figures anchored on it.
  const cdu: FloorBox = { x: 70, y: 20, rotation: 0, w: 40, d: 20, h: 2 };
  const equipment: WorldLabel = { key: 'eq:cdu', id: 'cdu', kind: 'equipment', text: 'CDU', x: 70, y: 20, h: 2, side: 'centre', priority: 30, body: cdu };

  it('a loop’s figures stand over equipment (never a row) only when nothing clear is left; another label never does', () => {
    const loop: WorldLabel = { key: 'group:loop', id: 'loop', kind: 'group', text: 'Loop 1', x: 70, y: 20, h: 2, side: 'ring', priority: 80 };
    const yard: WorldLabel = { ...loop, key: 'yard', id: null, kind: 'yard', text: 'Yard' };
    const box = onScreen(cdu, v);
    const placed = place([equipment, loop, yard], v);
    const loopBox = placed.find((p) => p.label.key === 'group:loop')?.box;
    // The ring's first spots all lie on the 213 × 107 px box; the loop takes one rather than be left out.
    expect(loopBox).toBeDefined();
    expect(overlaps(loopBox!, box)).toBe(true);
    const yardBox = placed.find((p) => p.label.key === 'yard')?.box;
    if (yardBox) expect(overlaps(yardBox, box)).toBe(false);
    // Over a row, never: the same block as a row leaves the loop's figures out.
    const row: WorldLabel = { ...equipment, key: 'row:block', kind: 'row', text: 'R1', side: 'beside-ends' };
    const overRow = place([row, loop], v).find((p) => p.label.key === 'group:loop');
    if (overRow) expect(overlaps(overRow.box, box)).toBe(false);
    // With room beside the box, the loop's figures take that instead.
    const small: FloorBox = { ...cdu, w: 4, d: 2 };
    const clear = place([{ ...equipment, body: small }, loop], v).find((p) => p.label.key === 'group:loop')!.box;
    expect(overlaps(clear, onScreen(small, v))).toBe(false);
  });
});

describe('hall names when the corner is taken', () => {
  // Buildings 1 and 2 (40 m × 24 m, 4 m apart) and Building 3 22 m south of 1, as the sample's 3D view shows them at
  // 1280 × 720: about 3.6 px/m, so a 190 px name (52.8 m) is longer than its hall. Two 2 m × 1.6 m transformers stand
  // 3.7–5.3 m north of each of Buildings 1 and 2, where a name above the wall (0.8–6.1 m out) would cover them; beside
  // the south wall Building 1's name takes the place Building 2's would. One label height farther north (6.7–11.9 m
  // out) is clear: there Building 2 is named rather than left out.
  const v = planView(3.6, 20, 150);
  const b1 = { x: 20, y: -16 };
  const b2 = { x: 64, y: -16 };
  const b3 = { x: 20, y: 30 };
  const transformer = (x: number, y: number, i: number): WorldLabel => {
    const body: FloorBox = { x, y, rotation: 0, w: 2, d: 1.6, h: 3 };
    return { key: `eq:t${i}`, id: `t${i}`, kind: 'equipment', text: `T${i}`, x, y, h: 3, side: 'centre', priority: 30, minPxPerM: 14, body };
  };
  const labels = [...hallLabels('b1', b1, 4), ...hallLabels('b2', b2, 4), ...hallLabels('b3', b3, 8), ...[25.3, 30, 69.3, 74].map((x, i) => transformer(x, -20.5, i))];
  const placed = place(labels, v);

  it('names every hall, outside it, clear of the transformers and of each other', () => {
    const halls = { b1, b2, b3 };
    const bodies = labels.filter((l) => l.kind === 'equipment').map((l) => onScreen(l.body!, v));
    const names = placed.filter((p) => p.label.kind === 'hall');
    expect(names.map((p) => p.label.key).sort()).toEqual(['hall:b1', 'hall:b2', 'hall:b3']);
    for (const p of names) {
      expect(overlaps(p.box, onScreen(hallBox(halls[p.label.id as keyof typeof halls]), v)), p.label.key).toBe(false);
      for (const b of bodies) expect(overlaps(p.box, b), `${p.label.key} on a transformer`).toBe(false);
    }
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!.box, placed[j]!.box), `${placed[i]!.label.key} / ${placed[j]!.label.key}`).toBe(false);
    }
  });
});
