import type { Placement, ScenarioReport } from '../../analysis/report-schema.ts';
import { worldBounds } from '../../geometry/floor-box.ts';
import { fitText, formatNumber, type DrawItem, type Drawing, type Pen } from './drawing.ts';

type Box = Placement['halls'][number]['box'];

/** Plan scales engineers draw at, as 1:n. */
const SCALES = [50, 100, 200, 250, 400, 500, 1000, 2000, 2500, 5000, 10000];
/** Width of the legend column at the drawing's left, mm. */
const LEGEND_W = 52;
/** Above this many racks the plan draws rows only: single racks would be specks. */
const MAX_DRAWN_RACKS = 3000;

function rectOf(box: Box): { minX: number; minY: number; maxX: number; maxY: number } {
  const [minX, , minY, maxX, , maxY] = worldBounds(box);
  return { minX, minY, maxX, maxY };
}

function extent(placement: Placement) {
  const rects = [...placement.halls, ...placement.rows, ...placement.equipment].map((r) => rectOf(r.box));
  if (placement.yard) rects.push(placement.yard);
  for (const route of placement.routes) for (const p of route.points) rects.push({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y });
  if (rects.length === 0) return { minX: 0, minY: 0, maxX: 10, maxY: 10 };
  return {
    minX: Math.min(...rects.map((r) => r.minX)),
    minY: Math.min(...rects.map((r) => r.minY)),
    maxX: Math.max(...rects.map((r) => r.maxX)),
    maxY: Math.max(...rects.map((r) => r.maxY)),
  };
}

/** A dimension line between two paper points with ticks and the length in metres written along it. */
function dimension(x1: number, y1: number, x2: number, y2: number, metres: number): DrawItem[] {
  const vertical = Math.abs(x2 - x1) < Math.abs(y2 - y1);
  const tick = 1.2;
  const label = `${formatNumber(metres, 1)} m`;
  return [
    { kind: 'line', points: [[x1, y1], [x2, y2]], pen: 'dimension' },
    { kind: 'line', points: vertical ? [[x1 - tick, y1], [x1 + tick, y1]] : [[x1, y1 - tick], [x1, y1 + tick]], pen: 'dimension' },
    { kind: 'line', points: vertical ? [[x2 - tick, y2], [x2 + tick, y2]] : [[x2, y2 - tick], [x2, y2 + tick]], pen: 'dimension' },
    vertical
      ? { kind: 'text', x: x1 - 1.5, y: (y1 + y2) / 2 - 1, text: label, size: 2, align: 'right' }
      : { kind: 'text', x: (x1 + x2) / 2, y: y1 - 3.2, text: label, size: 2, align: 'center' },
  ];
}

/** The legend column: what each pen means, and each loop's pipe route with its length (too crowded on the plan). */
function legend(report: ScenarioReport, loopNames: Map<string, string>, racksDrawn: boolean): DrawItem[] {
  const items: DrawItem[] = [{ kind: 'text', x: 4, y: 5, text: 'Legend', size: 2.6, bold: true }];
  const keys: [Pen, string][] = [['hall', 'Hall'], ['row', 'Rack row'], ...(racksDrawn ? [['rack', 'Rack'] as [Pen, string]] : []), ['equipment', 'Equipment'], ['yard', 'Outdoor yard'], ['pipe', 'Cooling loop pipe route']];
  keys.forEach(([pen, label], i) => {
    const y = 11 + i * 5;
    items.push(pen === 'pipe' ? { kind: 'line', points: [[4, y + 1], [11, y + 1]], pen } : { kind: 'rect', x: 4, y, w: 7, h: 2.4, pen });
    items.push({ kind: 'text', x: 13, y: y + 0.1, text: label, size: 2 });
  });
  let y = 14 + keys.length * 5;
  const routes = report.placement.routes;
  if (routes.length > 0) items.push({ kind: 'text', x: 4, y, text: 'Pipe routes', size: 2.2, bold: true });
  const shown = routes.slice(0, 24);
  shown.forEach((route) => {
    y += 4;
    const name = loopNames.get(route.loopId) ?? route.loopId;
    items.push({ kind: 'text', x: 4, y, text: fitText(`${name}: ${formatNumber(route.lengthM, 1)} m${route.automatic ? ' (automatic)' : ''}`, 1.9, 46), size: 1.9, maxWidth: 46 });
  });
  if (routes.length > shown.length) items.push({ kind: 'text', x: 4, y: y + 4, text: `and ${routes.length - shown.length} more`, size: 1.9 });
  return items;
}

/**
 * The dimensioned plan of the site and its halls: halls with overall dimensions, rows with names, racks,
 * equipment, the yard and the loops' pipe routes, at the largest standard scale that fits the paper.
 */
export function planDrawing(report: ScenarioReport, widthMm: number, heightMm: number): Drawing {
  const placement = report.placement;
  const loopNames = new Map(report.summary.cooling.loops.map((l) => [l.id, l.name]));
  const e = extent(placement);
  const margin = 18;
  const spanX = Math.max(e.maxX - e.minX, 1);
  const spanY = Math.max(e.maxY - e.minY, 1);
  const planW = widthMm - LEGEND_W;
  const fit = Math.min((planW - 2 * margin) / spanX, (heightMm - 2 * margin) / spanY);
  const scale = SCALES.find((n) => 1000 / n <= fit) ?? Math.ceil(1000 / fit);
  const k = 1000 / scale;
  const ox = LEGEND_W + (planW - spanX * k) / 2 - e.minX * k;
  const oy = (heightMm - spanY * k) / 2 - e.minY * k;
  const px = (x: number) => ox + x * k;
  const py = (y: number) => oy + y * k;
  const items: DrawItem[] = [];
  const rect = (box: Box, pen: 'hall' | 'row' | 'rack' | 'equipment') => {
    const r = rectOf(box);
    items.push({ kind: 'rect', x: px(r.minX), y: py(r.minY), w: (r.maxX - r.minX) * k, h: (r.maxY - r.minY) * k, pen });
    return r;
  };
  if (placement.yard) {
    const y = placement.yard;
    items.push({ kind: 'rect', x: px(y.minX), y: py(y.minY), w: (y.maxX - y.minX) * k, h: (y.maxY - y.minY) * k, pen: 'yard' });
    items.push({ kind: 'text', x: px(y.minX) + 1, y: py(y.minY) + 1, text: 'Yard', size: 2, bold: true });
  }
  const obstacles = [
    ...placement.halls.map((h) => ({ id: h.id, ...rectOf(h.box) })),
    ...placement.equipment.filter((e) => e.hallId === null).map((e) => ({ id: e.id, ...rectOf(e.box) })),
    ...(placement.yard ? [{ id: 'yard', ...placement.yard }] : []),
  ];
  const clear = (b: { minX: number; minY: number; maxX: number; maxY: number }, own: string) =>
    obstacles.every((o) => o.id === own || o.maxX <= b.minX || o.minX >= b.maxX || o.maxY <= b.minY || o.minY >= b.maxY);
  for (const hall of placement.halls) {
    const r = rect(hall.box, 'hall');
    const w = (r.maxX - r.minX) * k;
    items.push({ kind: 'text', x: px(r.minX) + 1.2, y: py(r.minY) + 1.2, text: fitText(hall.name, 2.4, w - 2.4), size: 2.4, bold: true });
    // A dimension only where its band (below the hall, left of it) is clear of other halls, equipment and the yard.
    const band = 12 / k;
    if (clear({ minX: r.minX, minY: r.maxY, maxX: r.maxX, maxY: r.maxY + band }, hall.id)) {
      items.push(...dimension(px(r.minX), py(r.maxY) + 6, px(r.maxX), py(r.maxY) + 6, r.maxX - r.minX));
    }
    if (clear({ minX: r.minX - band * 1.4, minY: r.minY, maxX: r.minX, maxY: r.maxY }, hall.id)) {
      items.push(...dimension(px(r.minX) - 5, py(r.minY), px(r.minX) - 5, py(r.maxY), r.maxY - r.minY));
    }
  }
  const rackCount = placement.rows.reduce((n, row) => n + row.racks.length, 0);
  const hallLeft = new Map(placement.halls.map((h) => [h.id, rectOf(h.box).minX]));
  for (const row of placement.rows) {
    const r = rect(row.box, 'row');
    if (rackCount <= MAX_DRAWN_RACKS) for (const rack of row.racks) rect(rack.box, 'rack');
    const h = (r.maxY - r.minY) * k;
    const w = (r.maxX - r.minX) * k;
    // The name left of the row's end, in the clear floor between the hall wall and the row, when it fits there.
    const room = (r.minX - (hallLeft.get(row.hallId) ?? r.minX)) * k - 1;
    const size = Math.min(1.8, h * 0.8, room / (0.55 * Math.max(row.name.length, 1)));
    if (size >= 0.8 && w >= h) items.push({ kind: 'text', x: px(r.minX) - 0.5, y: py(r.minY) + (h - size) / 2, text: row.name, size, align: 'right' });
  }
  for (const eq of placement.equipment) {
    const r = rect(eq.box, 'equipment');
    const w = (r.maxX - r.minX) * k;
    const h = (r.maxY - r.minY) * k;
    const size = Math.min(1.5, h * 0.5, (w - 0.6) / (0.55 * Math.max(eq.name.length, 1)));
    if (size >= 0.7) items.push({ kind: 'text', x: px(r.minX) + w / 2, y: py(r.minY) + (h - size) / 2, text: eq.name, size, align: 'center' });
  }
  for (const route of placement.routes) {
    if (route.points.length < 2) continue;
    items.push({ kind: 'line', points: route.points.map((p) => [px(p.x), py(p.y)] as const), pen: 'pipe' });
  }
  items.push(...legend(report, loopNames, rackCount <= MAX_DRAWN_RACKS));
  return {
    title: 'Site and hall plan',
    number: 'E-101',
    widthMm,
    heightMm,
    items,
    mmPerMetre: k,
    notes: [`Scale 1:${scale}`, 'Dimensions in metres', rackCount > MAX_DRAWN_RACKS ? `${formatNumber(rackCount)} racks shown as rows` : `${formatNumber(rackCount)} racks`],
  };
}
