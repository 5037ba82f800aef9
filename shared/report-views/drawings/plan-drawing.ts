import type { ScenarioReport } from '../../analysis/report-schema.ts';
import type { ReportContext } from '../report-context.ts';
import { formatNumber, type DrawItem, type Drawing, type Pen } from './drawing.ts';
import { hallPlanDrawing } from './hall-plan.ts';
import { boxesOverlap, label, LabelSpace, textBox, type PaperBox, type TextItem } from './label-fit.ts';
import { around, dimension, fitPlan, legendItems, rectItem, rectOf, scheduleItems, segmentBoxes, unionOf, type SiteRect } from './plan-parts.ts';

/** Plan scales engineers draw a site at, as 1:n. */
const SCALES = [50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000];
/** Width of the legend and schedule column at the drawing's left, mm. */
const LEGEND_W = 62;
/** Above this many racks the plan draws rows only: single racks would be specks. */
const MAX_DRAWN_RACKS = 3000;
const HALL_NAME_SIZES = [2.4, 2, 1.7];
const ROW_NAME_SIZES = [1.6, 1.3];
// No smaller: a unit too small to name at the site scale is named on its hall sheet or in its feed schedule.
const EQUIPMENT_SIZES = [1.5, 1.25];
const SITE_PLAN_NUMBER = 'E-101';

/** The halls that get a sheet of their own (those with racks), with their drawing numbers after the site plan's. */
export function hallSheets(report: ScenarioReport): { hallId: string; number: string }[] {
  const withRacks = new Set(report.placement.rows.filter((r) => r.racks.length > 0).map((r) => r.hallId));
  return report.placement.halls.filter((h) => withRacks.has(h.id)).map((h, i) => ({ hallId: h.id, number: `E-${102 + i}` }));
}

/** The plan sheets of the set: the site plan, then one dimensioned plan per hall with racks. */
export function planSheets(context: ReportContext, widthMm: number, heightMm: number): Drawing[] {
  const sheets = hallSheets(context.report);
  return [sitePlanDrawing(context.report, sheets, widthMm, heightMm), ...sheets.map((s) => hallPlanDrawing(context, s.hallId, s.number, SITE_PLAN_NUMBER, widthMm, heightMm))];
}

/**
 * The site plan: halls with overall dimensions and names, rows, racks, equipment, the yard and the loops'
 * pipe routes at the largest standard scale that fits; names go where they stay clear of rows, equipment
 * and each other, and the legend column lists each hall's own sheet and each loop's route length.
 */
export function sitePlanDrawing(report: ScenarioReport, sheets: readonly { hallId: string; number: string }[], widthMm: number, heightMm: number): Drawing {
  const placement = report.placement;
  const rects: SiteRect[] = [...placement.halls, ...placement.rows, ...placement.equipment].map((r) => rectOf(r.box));
  if (placement.yard) rects.push(placement.yard);
  for (const route of placement.routes) for (const p of route.points) rects.push({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y });
  const map = fitPlan(unionOf(rects), { x0: LEGEND_W + 12, y0: 14, x1: widthMm - 12, y1: heightMm - 14 }, SCALES);
  const space = new LabelSpace({ x0: 1, y0: 1, x1: widthMm - 1, y1: heightMm - 1 });
  const items: DrawItem[] = [];
  const rackCount = placement.rows.reduce((n, row) => n + row.racks.length, 0);

  const halls = placement.halls.map((h) => ({ hall: h, box: map.paper(rectOf(h.box)), rect: rectOf(h.box) }));
  const rows = placement.rows.map((r) => ({ row: r, box: map.paper(rectOf(r.box)) }));
  const equipment = placement.equipment.map((e) => ({ eq: e, box: map.paper(rectOf(e.box)) }));
  const solid = [...rows.map((r) => r.box), ...equipment.map((e) => e.box)];
  const yardBox = placement.yard ? map.paper(placement.yard) : null;
  if (yardBox) items.push(rectItem(yardBox, 'yard'));
  for (const { box } of halls) items.push(rectItem(box, 'hall'));
  for (const { row, box } of rows) {
    items.push(rectItem(box, 'row'));
    if (rackCount <= MAX_DRAWN_RACKS) for (const rack of row.racks) items.push(rectItem(map.paper(rectOf(rack.box)), 'rack'));
  }
  for (const { box } of equipment) items.push(rectItem(box, 'equipment'));
  for (const route of placement.routes) {
    if (route.points.length >= 2) items.push({ kind: 'line', points: route.points.map((p) => [map.px(p.x), map.py(p.y)] as const), pen: 'pipe' });
  }

  // Labels keep off the yard's outline and the pipes as well: a name crossed by a line cannot be read.
  const strokes = items.flatMap((i) =>
    i.kind === 'line' ? segmentBoxes(i.points) : i.kind === 'rect' && i.pen === 'yard' ? segmentBoxes([[i.x, i.y], [i.x + i.w, i.y], [i.x + i.w, i.y + i.h], [i.x, i.y + i.h], [i.x, i.y]]) : [],
  );
  // Hall names first (above the hall, else inside its top edge, else below it, from its left corner rightwards), clear of
  // rows, equipment, other halls and lines; a name that finds no such place may cross the yard's outline, never a row.
  const sheetOf = new Map(sheets.map((s) => [s.hallId, s.number]));
  const names: PaperBox[] = [];
  for (const { hall, box } of halls) {
    const others = [...solid, ...halls.filter((h) => h.hall !== hall).map((h) => h.box)];
    const text = sheetOf.has(hall.id) ? `${hall.name} (${sheetOf.get(hall.id)})` : hall.name;
    const shifts = [0, 1.5, 3, 6];
    const candidates = HALL_NAME_SIZES.flatMap((s) =>
      shifts.flatMap((dx) => [
        label(box.x0 + dx, box.y0 - s * 1.16 - 0.6, text, s, { bold: true }),
        label(box.x0 + 1 + dx, box.y0 + 0.8, text, s, { bold: true }),
        label(box.x0 + dx, box.y1 + 0.6, text, s, { bold: true }),
      ]),
    );
    const placed = space.place(candidates, [...others, ...strokes]) ?? space.place(candidates, others);
    if (placed) {
      items.push(placed);
      names.push(textBox(placed));
    }
  }
  if (yardBox) {
    const placed = space.place([label(yardBox.x0 + 1, yardBox.y0 + 0.8, 'Yard', 2, { bold: true }), label(yardBox.x0, yardBox.y0 - 3, 'Yard', 2, { bold: true })], [...solid, ...halls.map((h) => h.box)]);
    if (placed) items.push(placed);
  }
  // Overall hall dimensions where their band (below the hall, left of it) is clear of everything drawn and of the hall names.
  const drawn = [...solid, ...halls.map((h) => h.box), ...names];
  for (const { rect, box } of halls) {
    const clear = (band: PaperBox) => drawn.every((d) => d === box || !boxesOverlap(d, band));
    if (clear({ x0: box.x0, y0: box.y1 + 0.1, x1: box.x1, y1: box.y1 + 8 })) items.push(...dimension(space, box.x0, box.y1 + 5, box.x1, box.y1 + 5, rect.maxX - rect.minX, 1.8, strokes));
    if (clear({ x0: box.x0 - 8, y0: box.y0, x1: box.x0 - 0.1, y1: box.y1 })) items.push(...dimension(space, box.x0 - 5, box.y0, box.x0 - 5, box.y1, rect.maxY - rect.minY, 1.8, strokes));
  }
  // Row and equipment names stay on their own ground: a hall's floor, or the yard for outdoor equipment.
  const hallBoxes = new Map(halls.map((h) => [h.hall.id, h.box]));
  const within = (ground: PaperBox | null | undefined) => (c: TextItem) => {
    const b = textBox(c);
    return !ground || (b.x0 >= ground.x0 && b.x1 <= ground.x1 && b.y0 >= ground.y0 && b.y1 <= ground.y1);
  };
  for (const { row, box } of rows) {
    const cy = (box.y0 + box.y1) / 2;
    const candidates = ROW_NAME_SIZES.flatMap((s) => [label(box.x0 - 0.6, cy - s * 0.58, row.name, s, { align: 'right' }), label(box.x1 + 0.6, cy - s * 0.58, row.name, s)]);
    const placed = space.place(candidates.filter(within(hallBoxes.get(row.hallId))), [...solid, ...strokes]);
    if (placed) items.push(placed);
  }
  // Equipment inside a hall with a sheet of its own is named there; the site plan names the yard's.
  for (const { eq, box } of equipment.filter((e) => e.eq.hallId === null || !sheetOf.has(e.eq.hallId))) {
    const ground = eq.hallId === null ? yardBox : hallBoxes.get(eq.hallId);
    const keepOff = [...solid.filter((b) => b !== box), ...strokes, ...(eq.hallId === null ? halls.map((h) => h.box) : [])];
    const placed = space.place(around(box, eq.name, EQUIPMENT_SIZES).filter(within(ground)), keepOff);
    if (placed) items.push(placed);
  }

  const keys: [Pen, string][] = [['hall', 'Hall'], ['row', 'Rack row'], ['rack', 'Rack'], ['equipment', 'Equipment'], ['yard', 'Outdoor yard'], ['pipe', 'Cooling loop pipe route']];
  const present = new Set(items.flatMap((i) => (i.kind === 'text' ? [] : [i.pen])));
  const legend = legendItems(space, 4, 4, keys.filter(([pen]) => present.has(pen)));
  items.push(...legend.items);
  items.push({ kind: 'line', points: [[LEGEND_W, 0], [LEGEND_W, heightMm]], pen: 'thin' });
  const racksIn = (hallId: string) => placement.rows.filter((r) => r.hallId === hallId).reduce((n, r) => n + r.racks.length, 0);
  const hallLines = sheets.map((s) => {
    const hall = placement.halls.find((h) => h.id === s.hallId)!;
    return `${s.number}: ${hall.name}, ${formatNumber(racksIn(hall.id))} racks`;
  });
  const hallSchedule = scheduleItems(space, 4, legend.y, LEGEND_W - 6, heightMm - 40, 'Hall sheets', hallLines.length > 0 ? hallLines : ['no hall has racks']);
  items.push(...hallSchedule.items);
  const loopNames = new Map(report.groups.filter((g) => g.kind === 'coolingLoop').map((g) => [g.id, g.name]));
  const routeLines = placement.routes.map((r) => `${loopNames.get(r.loopId) ?? r.loopId}: ${formatNumber(r.lengthM, 1)} m${r.automatic ? ' (automatic)' : ''}`);
  if (routeLines.length > 0) items.push(...scheduleItems(space, 4, hallSchedule.y, LEGEND_W - 6, heightMm - 4, 'Pipe routes', routeLines).items);
  return {
    title: 'Site and hall plan',
    number: SITE_PLAN_NUMBER,
    widthMm,
    heightMm,
    items,
    mmPerMetre: map.k,
    notes: [`Scale 1:${map.scale}`, 'Dimensions in metres', rackCount > MAX_DRAWN_RACKS ? `${formatNumber(rackCount)} racks shown as rows` : `${formatNumber(rackCount)} racks`],
  };
}
