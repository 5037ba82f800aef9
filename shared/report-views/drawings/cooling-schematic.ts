import { scenarioOf, type ReportContext } from '../report-context.ts';
import { formatNumber, type DrawItem, type Drawing } from './drawing.ts';
import { boxHeight, count, labelledBox, line, unitsOf } from './diagram-parts.ts';

const MAX_LOOP_BOXES = 12;

interface LoopFigure {
  name: string;
  lines: string[];
  /** The loop records the box stands for; none for the engine's own loop, all the rest for the "more loops" box. */
  recordIds?: string[];
}

/**
 * The cooling schematic: heat rejection, the facility-water supply and return headers with their temperatures
 * and flow, each loop's CDUs with redundancy, heat, flow, pipe size and route, the rows they serve, and the air side.
 */
export function coolingSchematic(context: ReportContext, widthMm: number, heightMm: number): Drawing {
  const { report, catalog } = context;
  const scenario = scenarioOf(context);
  const cooling = report.summary.cooling;
  const approach = catalog.factors.find((f) => f.id === 'cdu-approach-k')?.value ?? 0;
  const supply = scenario.liquidSupplyC;
  const ret = supply + scenario.liquidDeltaTK;
  const fluid = scenario.fluid === 'pg25' ? 'PG25' : 'water';
  const items: DrawItem[] = [];
  const cx = widthMm / 2;

  const rejection = unitsOf(context, ['heat-rejection', 'pump']).slice(0, 3);
  const rejectionLines = rejection.length > 0
    ? rejection.map((u) => `${count(u.quantity)} × ${u.item}${u.redundancy ? `, ${u.redundancy}` : ''}`)
    : ['none sized'];
  const topW = 110;
  items.push(...labelledBox(cx - topW / 2, 6, topW, ['Heat rejection', ...rejectionLines, `design dry bulb ${formatNumber(context.document.site.designDryBulbC)} °C, wet bulb ${formatNumber(context.document.site.designWetBulbC)} °C`], 'outline', 2.4));
  const topBottom = 6 + boxHeight(2 + rejectionLines.length, 2.4);

  const supplyY = topBottom + 10;
  const returnY = supplyY + 9;
  items.push(line([[cx - 8, topBottom], [cx - 8, supplyY]], 'pipe', true));
  items.push(line([[cx + 8, returnY], [cx + 8, topBottom]], 'accent', true));
  items.push(line([[10, supplyY], [widthMm - 10, supplyY]], 'pipe'));
  items.push(line([[10, returnY], [widthMm - 10, returnY]], 'accent'));
  // Both labels above the supply header, left of the heat rejection risers: nothing crosses them there.
  const labelWidth = cx - topW / 2 - 14;
  items.push({ kind: 'text', x: 12, y: supplyY - 7.6, text: `Facility water supply ${formatNumber(supply, 1)} °C (${fluid}) · ${formatNumber(cooling.flowLpm)} L/min`, size: 2, maxWidth: labelWidth });
  items.push({ kind: 'text', x: 12, y: supplyY - 4, text: `Facility water return ${formatNumber(ret, 1)} °C · rise ${formatNumber(scenario.liquidDeltaTK, 1)} K`, size: 2, maxWidth: labelWidth });

  const heatOf = new Map(cooling.loops.map((l) => [l.id, l]));
  let loops: LoopFigure[] = report.groups
    .filter((g) => g.kind === 'coolingLoop')
    .map((g) => {
      const summary = heatOf.get(g.id);
      const unit = g.units > 0 && g.installedCapacity !== null ? `${g.units} × ${formatNumber(g.installedCapacity / g.units)} kWt CDU` : 'no CDU';
      return {
        name: g.name,
        ...(g.subject?.type === 'coolingLoop' ? { recordIds: [g.subject.id] } : {}),
        lines: [
          g.name,
          `${unit}, ${g.redundancy ?? 'N'}`,
          `${formatNumber(g.load)} kWt · ${formatNumber(g.flowLpm ?? 0)} L/min`,
          `${summary && summary.pipeDn > 0 ? `DN${summary.pipeDn}` : 'pipe'}${g.routeLengthM !== null ? ` · ${formatNumber(g.routeLengthM, 1)} m` : ''}`,
          `TCS ${formatNumber(supply + approach, 1)} / ${formatNumber(supply + approach + scenario.liquidDeltaTK, 1)} °C`,
          `to ${g.rows} rows`,
        ],
      };
    });
  if (loops.length > MAX_LOOP_BOXES) {
    const shown = loops.slice(0, MAX_LOOP_BOXES - 1);
    const rest = loops.slice(MAX_LOOP_BOXES - 1).flatMap((l) => l.recordIds ?? []);
    loops = [...shown, { name: 'more', lines: [`${loops.length - shown.length} more loops`, 'see the Groups table'], recordIds: rest }];
  }
  const boxY = returnY + 14;
  const lineCount = 6;
  if (loops.length === 0) {
    items.push(...labelledBox(cx - 40, boxY, 80, ['No liquid loops', `liquid load ${formatNumber(report.summary.liquidKw)} kW`], 'thin'));
  }
  const bw = (widthMm - 20) / Math.max(loops.length, 1);
  loops.forEach((loop, i) => {
    const bx = 10 + i * bw;
    items.push(line([[bx + bw / 2 - 3, supplyY], [bx + bw / 2 - 3, boxY]], 'pipe', true));
    items.push(line([[bx + bw / 2 + 3, boxY], [bx + bw / 2 + 3, returnY]], 'accent', true));
    items.push(...labelledBox(bx + 1, boxY, bw - 2, loop.lines, 'equipment', 1.8, loop.recordIds));
    const bottom = boxY + boxHeight(loop.lines.length, 1.8);
    if (loop.name !== 'more') items.push(line([[bx + bw / 2, bottom], [bx + bw / 2, bottom + 8]], 'pipe', true));
  });
  const rowsY = boxY + boxHeight(lineCount, 1.8) + 10;
  items.push({ kind: 'rect', x: 10, y: rowsY, w: widthMm - 20, h: 9, pen: 'row' });
  items.push({ kind: 'text', x: cx, y: rowsY + 3, text: `Rack rows: liquid ${formatNumber(report.summary.liquidKw)} kW · air ${formatNumber(report.summary.airKw)} kW`, size: 2.2, align: 'center', bold: true });

  const air = unitsOf(context, ['crah', 'rdhx']);
  const airY = rowsY + 16;
  const airLines = air.length > 0 ? air.map((u) => `${count(u.quantity)} × ${u.item}${u.redundancy ? `, ${u.redundancy}` : ''}`) : ['no air units sized'];
  items.push(...labelledBox(cx - 60, airY, 120, [`Air side: ${formatNumber(report.summary.airKw)} kW`, ...airLines], 'thin', 2));
  return {
    title: 'Cooling schematic',
    number: 'M-301',
    widthMm,
    heightMm,
    items,
    mmPerMetre: null,
    notes: ['Not to scale', `Cooling redundancy ${scenario.coolingRedundancy}`, `TCS = secondary loop, CDU approach ${formatNumber(approach)} K`],
  };
}
