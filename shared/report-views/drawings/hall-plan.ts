import type { ReportContext } from '../report-context.ts';
import { formatNumber, type DrawItem, type Drawing, type Pen } from './drawing.ts';
import { label, LabelSpace, textBox, type PaperBox } from './label-fit.ts';
import { around, dimension, fitPlan, legendItems, rectItem, rectOf, scheduleItems, segmentBoxes, wrapWords, type PlanMap } from './plan-parts.ts';

/** Scales a hall is drawn at, as 1:n: legible ones first, coarser only for a hall too large for them. */
const HALL_SCALES = [100, 200, 250, 500, 1000, 2000];
/** Width of the schedule column (legend, loops, feeds) at the sheet's right, mm. */
const SCHEDULE_W = 76;
/** Paper kept around the hall for its dimensions, mm. */
const DIMENSION_ROOM = 15;
/** Above this many racks in the hall the sheet draws rows only. */
const MAX_DRAWN_RACKS = 3000;
/** Label sizes tried in turn, mm: the largest that finds room. */
const ROW_SIZES = [2.2, 1.8, 1.5];
const EQUIPMENT_SIZES = [1.8, 1.5, 1.25, 1.1];
const LOOP_SIZES = [1.7, 1.4];

const KEYS: readonly (readonly [Pen, string])[] = [
  ['hall', 'Hall'],
  ['row', 'Rack row'],
  ['rack', 'Rack'],
  ['equipment', 'Equipment (CDU, in-hall units)'],
  ['pipe', 'Cooling loop pipe route'],
  ['power-a', 'Feed side A (busway)'],
  ['power-b', 'Feed side B (busway)'],
];

/** Distinct values, sorted, closer than 5 cm merged: the edges a chain dimension runs through. */
function edges(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || v - sorted[i - 1]! > 0.05);
}

/** A chain of dimensions through `stops` (site metres), horizontal at paper y or vertical at paper x. */
function chain(space: LabelSpace, map: PlanMap, stops: readonly number[], at: number, vertical: boolean, keepOff: readonly PaperBox[]): DrawItem[] {
  const items: DrawItem[] = [];
  for (let i = 1; i < stops.length; i += 1) {
    const a = stops[i - 1]!;
    const b = stops[i]!;
    items.push(...(vertical ? dimension(space, at, map.py(a), at, map.py(b), b - a, 1.6, keepOff) : dimension(space, map.px(a), at, map.px(b), at, b - a, 1.6, keepOff)));
  }
  return items;
}

/**
 * One hall's dimensioned plan at the largest legible standard scale that fits: walls with overall
 * dimensions, chains through the rows (row depths and aisle widths), rows with names, racks, in-hall
 * equipment with names, loop pipe routes with their lengths, the A and B feeds along the rows, and a
 * schedule of the hall's loops and feeds with the UPS modules that feed them.
 */
export function hallPlanDrawing(context: ReportContext, hallId: string, number: string, sitePlanNumber: string, widthMm: number, heightMm: number): Drawing {
  const { report, document } = context;
  const placement = report.placement;
  const hall = placement.halls.find((h) => h.id === hallId);
  if (!hall) throw new Error(`the hall '${hallId}' is not in the report's placement`);
  const hallRect = rectOf(hall.box);
  const rows = placement.rows.filter((r) => r.hallId === hallId);
  const equipment = placement.equipment.filter((e) => e.hallId === hallId);
  const routes = placement.routes.filter((r) => r.hallId === hallId && r.points.length >= 2);
  const planRight = widthMm - SCHEDULE_W;
  const map = fitPlan(hallRect, { x0: DIMENSION_ROOM + 2, y0: DIMENSION_ROOM, x1: planRight - DIMENSION_ROOM, y1: heightMm - DIMENSION_ROOM }, HALL_SCALES);
  const space = new LabelSpace({ x0: 1, y0: 1, x1: widthMm - 1, y1: heightMm - 1 });
  const items: DrawItem[] = [];
  const hallBox = map.paper(hallRect);
  items.push(rectItem(hallBox, 'hall'));

  const rackCount = rows.reduce((n, r) => n + r.racks.length, 0);
  const rowBoxes = rows.map((r) => ({ row: r, rect: rectOf(r.box), box: map.paper(rectOf(r.box)) }));
  const equipmentBoxes = equipment.map((e) => ({ eq: e, box: map.paper(rectOf(e.box)) }));
  const solid = [...rowBoxes.map((r) => r.box), ...equipmentBoxes.map((e) => e.box)];
  const rowRecords = new Map<string, (typeof document.rows)[number]>(document.rows.map((r) => [r.id, r]));
  for (const { row, box } of rowBoxes) {
    items.push(rectItem(box, 'row'));
    if (rackCount <= MAX_DRAWN_RACKS) for (const rack of row.racks) items.push(rectItem(map.paper(rectOf(rack.box)), 'rack'));
    // The busways run along the row's long sides, A on the north or west side and B on the other, just inside its outline.
    const record = rowRecords.get(row.id);
    const along = box.x1 - box.x0 >= box.y1 - box.y0;
    const inset = 0.35;
    const side = (first: boolean): [number, number][] =>
      along ? [[box.x0, first ? box.y0 + inset : box.y1 - inset], [box.x1, first ? box.y0 + inset : box.y1 - inset]] : [[first ? box.x0 + inset : box.x1 - inset, box.y0], [first ? box.x0 + inset : box.x1 - inset, box.y1]];
    if (record?.feedAId) items.push({ kind: 'line', points: side(true), pen: 'power-a' });
    if (record?.feedBId) items.push({ kind: 'line', points: side(false), pen: 'power-b' });
  }
  for (const { box } of equipmentBoxes) items.push(rectItem(box, 'equipment'));
  for (const route of routes) items.push({ kind: 'line', points: route.points.map((p) => [map.px(p.x), map.py(p.y)] as const), pen: 'pipe' });

  // Overall dimensions below and left of the walls, then chains through the rows' edges above and right of them.
  items.push(...dimension(space, hallBox.x0, hallBox.y1 + 7, hallBox.x1, hallBox.y1 + 7, hallRect.maxX - hallRect.minX, 2));
  items.push(...dimension(space, hallBox.x0 - 7, hallBox.y0, hallBox.x0 - 7, hallBox.y1, hallRect.maxY - hallRect.minY, 2));
  if (rows.length > 0) {
    const xs = edges([hallRect.minX, hallRect.maxX, ...rowBoxes.flatMap((r) => [r.rect.minX, r.rect.maxX])]);
    const ys = edges([hallRect.minY, hallRect.maxY, ...rowBoxes.flatMap((r) => [r.rect.minY, r.rect.maxY])]);
    // A chain's figures stand outside it: the strip between the chains and the walls is left to the ticks.
    const inner = [{ x0: hallBox.x0, y0: hallBox.y0 - 4.9, x1: hallBox.x1 + 4.9, y1: hallBox.y1 }];
    items.push(...chain(space, map, xs, hallBox.y0 - 5, false, inner));
    items.push(...chain(space, map, ys, hallBox.x1 + 5, true, inner));
  }

  // Labels keep off the pipes as well as the rows and equipment: a figure crossed by a pipe cannot be read.
  const pipes = items.flatMap((i) => (i.kind === 'line' && i.pen === 'pipe' ? segmentBoxes(i.points) : []));
  const floor = (b: PaperBox) => b.x0 >= hallBox.x0 && b.x1 <= hallBox.x1 && b.y0 >= hallBox.y0 && b.y1 <= hallBox.y1;
  for (const { row, box } of rowBoxes) {
    const along = box.x1 - box.x0 >= box.y1 - box.y0;
    const cy = (box.y0 + box.y1) / 2;
    const cx = (box.x0 + box.x1) / 2;
    const candidates = ROW_SIZES.flatMap((s) =>
      along
        ? [label(box.x0 - 0.8, cy - s * 0.58, row.name, s, { align: 'right', bold: true }), label(box.x1 + 0.8, cy - s * 0.58, row.name, s, { bold: true })]
        : [label(cx, box.y0 - s * 1.16 - 0.5, row.name, s, { align: 'center', bold: true }), label(cx, box.y1 + 0.5, row.name, s, { align: 'center', bold: true })],
    );
    const placed = space.place(candidates.filter((c) => floor(textBox(c))), [...solid, ...pipes]);
    if (placed) items.push(placed);
  }
  for (const { eq, box } of equipmentBoxes) {
    const others = solid.filter((b) => b !== box);
    const placed = space.place(around(box, eq.name, EQUIPMENT_SIZES).filter((c) => floor(textBox(c))), [...others, ...pipes]);
    if (placed) items.push(placed);
  }
  const loopNames = new Map(report.groups.filter((g) => g.kind === 'coolingLoop').map((g) => [g.id, g.name]));
  for (const route of routes) {
    const text = `${loopNames.get(route.loopId) ?? route.loopId} ${formatNumber(route.lengthM, 1)} m`;
    const segments = route.points.slice(1).map((p, i) => [route.points[i]!, p] as const).sort(([a1, b1], [a2, b2]) => Math.hypot(b2.x - a2.x, b2.y - a2.y) - Math.hypot(b1.x - a1.x, b1.y - a1.y));
    // Along each segment, longest first, from its middle outwards, above or below (left or right of) the pipe.
    const candidates = LOOP_SIZES.flatMap((s) =>
      segments.flatMap(([a, b]) =>
        [0.5, 0.3, 0.7, 0.15, 0.85].flatMap((f) => {
          const mx = map.px(a.x + (b.x - a.x) * f);
          const my = map.py(a.y + (b.y - a.y) * f);
          return Math.abs(b.x - a.x) >= Math.abs(b.y - a.y)
            ? [label(mx, my - s * 1.16 - 0.3, text, s, { align: 'center' }), label(mx, my + 0.3, text, s, { align: 'center' })]
            : [label(mx + 0.6, my - s * 0.58, text, s), label(mx - 0.6, my - s * 0.58, text, s, { align: 'right' })];
        }),
      ),
    );
    const placed = space.place(candidates, [...solid, ...pipes]);
    if (placed) items.push(placed);
  }

  // The schedule column: legend, the hall's loops, its feeds and the UPS modules that feed them.
  const sx = planRight + 3;
  const sw = SCHEDULE_W - 6;
  items.push({ kind: 'line', points: [[planRight, 0], [planRight, heightMm]], pen: 'thin' });
  const present = new Set(items.flatMap((i) => (i.kind === 'text' ? [] : [i.pen])));
  const legend = legendItems(space, sx, 4, KEYS.filter(([pen]) => present.has(pen)));
  items.push(...legend.items);
  const loops = report.groups.filter((g) => g.kind === 'coolingLoop' && g.hallId === hallId);
  const loopLines = loops.map((g) => `${g.name}: ${g.routeLengthM === null ? 'no route drawn' : `${formatNumber(g.routeLengthM, 1)} m`}, ${formatNumber(g.units)} CDUs${g.redundancy ? ` ${g.redundancy}` : ''}`);
  const loopSchedule = scheduleItems(space, sx, legend.y, sw, heightMm - 12, 'Cooling loops', loopLines.length > 0 ? loopLines : ['none']);
  items.push(...loopSchedule.items);
  const names = new Map(placement.equipment.map((e) => [e.id, e]));
  const feedRecords = new Map<string, (typeof document.powerFeeds)[number]>(document.powerFeeds.map((f) => [f.id, f]));
  const feeds = report.groups.filter((g) => g.kind === 'powerFeed' && g.hallId === hallId);
  let inYard = false;
  const feedLines = feeds.flatMap((g) => {
    const record = g.subject?.type === 'powerFeed' ? feedRecords.get(g.subject.id) : undefined;
    const ups = (record?.upsIds ?? []).flatMap((id) => {
      const unit = names.get(id);
      if (unit && unit.hallId === null) inYard = true;
      return unit ? [unit.name] : [];
    });
    const head = `${g.name}${record ? ` (${record.side}, ${formatNumber(g.rows)} row${g.rows === 1 ? '' : 's'})` : ''}`;
    return ups.length > 0 ? wrapWords([`${head}: ${ups[0]}`, ...ups.slice(1)], 1.75, sw, '   ') : [head];
  });
  // A hall without drawn feeds has its UPS sized by the engine: its lineup group says what was sized.
  const sizedLineups = report.groups.filter((g) => g.kind === 'upsLineup' && g.hallId === hallId).map((g) => `${g.name}, ${g.redundancy ?? 'N'}`);
  if (sizedLineups.length === 0) sizedLineups.push('no feeds drawn: see the single-line diagram');
  const feedSchedule = scheduleItems(space, sx, loopSchedule.y, sw, heightMm - 8, 'Feeds and their UPS modules', feedLines.length > 0 ? feedLines : sizedLineups);
  items.push(...feedSchedule.items);
  if (inYard) {
    const note = space.place([label(sx, Math.min(feedSchedule.y, heightMm - 5), `UPS modules stand in the yard: see ${sitePlanNumber}`, 1.6)]);
    if (note) items.push(note);
  }
  return {
    title: `Hall plan: ${hall.name}`,
    number,
    widthMm,
    heightMm,
    items,
    mmPerMetre: map.k,
    notes: [`Scale 1:${map.scale}`, 'Dimensions in metres', `${formatNumber(rows.length)} rows, ${formatNumber(rackCount)} racks`],
  };
}

