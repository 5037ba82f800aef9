/*
 * The layout checks of shared/analysis/checks, each on a small hall worked by hand (plan coordinates: x east,
 * y south; a row at rotation 0 has its slots along +x and its racks facing +y; GB200 NVL72 racks are
 * 0.6 m wide and 1.068 m deep; the catalog's clearances are 1.0 m in front and 0.6 m behind).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/index.ts';
import type { ProjectDocument, RowRecord } from '../../shared/model/index.ts';
import { catalog } from '../engine/fixtures.ts';
import { equipment, hall, project, racks, row, SCENARIO } from '../engine/layout-fixture.ts';

function layout(rows: RowRecord[], extra: Partial<ProjectDocument> = {}): ProjectDocument {
  return project({ halls: [hall('h1', { widthM: 30, depthM: 20 })], rows, racks: rows.flatMap((r) => racks(r.id, 'gb200-nvl72', 4)), ...extra });
}

const found = (doc: ProjectDocument, code: string) =>
  analyze(doc, catalog, SCENARIO).checks.filter((c) => c.code === code).map((c) => c.subject?.id);

describe('containment orientation', () => {
  it('passes a hot aisle between two rears (back to back)', () => {
    // a: origin (2, 3), x 2–4.4, y 3–4.068, facing +y, rear towards y < 3.
    // b: rotation 180 about origin (4.4, 2): x 2–4.4, y 0.932–2, facing −y, rear towards y > 2: a 1 m hot aisle.
    const doc = layout([row('a', 'h1', { origin: { x: 2, y: 3 }, slotCount: 4 }), row('b', 'h1', { origin: { x: 4.4, y: 2 }, rotation: 180, slotCount: 4 })]);
    expect(found(doc, 'containment-orientation')).toEqual([]);
  });

  it('flags a hot-aisle row whose neighbour behind faces it (front to back)', () => {
    // a: y 4–5.068 facing +y, rear side y < 4. b: y 1–2.068 facing +y too, so b's front looks at a's rear.
    const doc = layout([row('a', 'h1', { origin: { x: 2, y: 4 }, slotCount: 4 }), row('b', 'h1', { origin: { x: 2, y: 1 }, slotCount: 4, containment: 'none' })]);
    expect(found(doc, 'containment-orientation')).toEqual(['a']);
  });

  it('flags a cold-aisle row whose neighbour in front exhausts into it', () => {
    // a: y 1–2.068 facing +y, cold aisle in front (y > 2.068). b: y 4–5.068 facing +y: its rear faces a's front.
    const doc = layout([row('a', 'h1', { origin: { x: 2, y: 1 }, slotCount: 4, containment: 'cold-aisle' }), row('b', 'h1', { origin: { x: 2, y: 4 }, slotCount: 4, containment: 'none' })]);
    expect(found(doc, 'containment-orientation')).toEqual(['a']);
  });

  it('passes a cold aisle between two fronts, and ignores rows that do not overlap along the aisle', () => {
    // b: rotation 180 about origin (4.4, 5.068): x 2–4.4, y 4–5.068, facing −y towards a's front.
    const faceToFace = layout([
      row('a', 'h1', { origin: { x: 2, y: 1 }, slotCount: 4, containment: 'cold-aisle' }),
      row('b', 'h1', { origin: { x: 4.4, y: 5.068 }, rotation: 180, slotCount: 4, containment: 'cold-aisle' }),
    ]);
    expect(found(faceToFace, 'containment-orientation')).toEqual([]);
    // c faces the same way as a but stands beside it (x 10–12.4), not across its aisle.
    const beside = layout([
      row('a', 'h1', { origin: { x: 2, y: 1 }, slotCount: 4, containment: 'cold-aisle' }),
      row('c', 'h1', { origin: { x: 10, y: 4 }, slotCount: 4, containment: 'none' }),
    ]);
    expect(found(beside, 'containment-orientation')).toEqual([]);
  });
});

describe('aisle clearance', () => {
  it('flags the hall wall as well as a neighbour', () => {
    // a at y 0.3: its rear strip (0.6 m deep) would run from y −0.3, through the wall at y 0.
    const doc = layout([row('a', 'h1', { origin: { x: 2, y: 0.3 }, slotCount: 4, containment: 'none' })]);
    const report = analyze(doc, catalog, SCENARIO);
    const check = report.checks.find((c) => c.code === 'aisle-clearance')!;
    expect(check.subject).toEqual({ type: 'row', id: 'a' });
    expect(check.message).toBe('Row a has less than 0.6 m clear behind (the hall wall is closer; TIA-942 minimum)');
  });
});

describe('rack pitch', () => {
  it('flags a slot pitch narrower than the widest rack (0.55 m < 0.6 m)', () => {
    const doc = layout([row('a', 'h1', { origin: { x: 2, y: 4 }, slotCount: 4, slotWidthM: 0.55, containment: 'none' })]);
    expect(found(doc, 'rack-pitch-too-narrow')).toEqual(['a']);
    const fine = layout([row('a', 'h1', { origin: { x: 2, y: 4 }, slotCount: 4, slotWidthM: 0.6, containment: 'none' })]);
    expect(found(fine, 'rack-pitch-too-narrow')).toEqual([]);
  });
});

describe('equipment placement', () => {
  const rows = [row('a', 'h1', { origin: { x: 2, y: 4 }, slotCount: 4, containment: 'none' })];
  it('flags equipment partly outside its hall (a 3.0 m CDU at x 28 in a 30 m hall)', () => {
    const doc = layout(rows, { equipment: [{ ...equipment('e1', 'cdu-facility-2500kw', 'h1'), position: { x: 28, y: 10 } }] });
    expect(found(doc, 'equipment-outside-hall')).toEqual(['e1']);
  });

  it('flags equipment standing on a row, and yard equipment on a hall or on other yard equipment', () => {
    const inHall = layout(rows, { equipment: [{ ...equipment('e1', 'cdu-inrow-600kw', 'h1'), position: { x: 3, y: 4.5 } }] });
    expect(found(inHall, 'equipment-overlap')).toEqual(['e1']);
    const yard = layout(rows, {
      equipment: [
        { ...equipment('y1', 'ups-1250kw'), position: { x: 28, y: 19.5 } },
        { ...equipment('y2', 'ups-1250kw'), position: { x: 40, y: 30 } },
        { ...equipment('y3', 'ups-1250kw'), position: { x: 41, y: 30.5 } },
      ],
    });
    expect(found(yard, 'equipment-overlap')).toEqual(['y1', 'y2', 'y3']);
  });
});
