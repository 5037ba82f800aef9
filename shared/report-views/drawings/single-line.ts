import type { GroupFigure } from '../../engine/bill-schema.ts';
import { scenarioOf, type ReportContext } from '../report-context.ts';
import { formatNumber, type DrawItem, type Drawing } from './drawing.ts';
import { boxHeight, count, labelledBox, line, unitsOf } from './diagram-parts.ts';

/** More feeds than this in one hall are drawn as one box per side. */
const MAX_FEED_BOXES = 16;

const pct = (u: number | null) => (u === null ? '' : ` (${formatNumber(u * 100)}%)`);

function feedLines(g: GroupFigure): string[] {
  const unit = g.units > 0 && g.installedCapacity !== null ? `${g.units} × ${formatNumber(g.installedCapacity / g.units)} ${g.unit}` : 'no UPS';
  return [g.name, `UPS ${unit}`, `${g.redundancy ?? 'N'} · load ${formatNumber(g.load)} ${g.unit}${pct(g.utilisation)}`, `to ${g.rows} rows`];
}

/** Feeds of a hall on one side merged into one figure, for halls with too many feeds to draw one by one. */
function mergeSide(feeds: readonly GroupFigure[], side: string): GroupFigure {
  const sum = (f: (g: GroupFigure) => number | null) => feeds.reduce((s, g) => s + (f(g) ?? 0), 0);
  const capacity = sum((g) => g.usableCapacity);
  return {
    ...feeds[0]!,
    id: `side-${side}`,
    name: `${feeds.length} feeds, side ${side}`,
    units: sum((g) => g.units),
    installedCapacity: sum((g) => g.installedCapacity),
    usableCapacity: capacity,
    load: sum((g) => g.load),
    utilisation: capacity > 0 ? sum((g) => g.load) / capacity : null,
    rows: sum((g) => g.rows),
  };
}

/**
 * The electrical single-line diagram: utility, substation, MV switchgear, each hall's transformers and LV boards
 * (with generators where the scenario has them), and the UPS lineups feeding the rows on sides A and B.
 */
export function singleLineDiagram(context: ReportContext, widthMm: number, heightMm: number): Drawing {
  const { report, document } = context;
  const site = document.site;
  const scenario = scenarioOf(context);
  const items: DrawItem[] = [];
  const cx = widthMm / 2;
  const topW = 70;
  items.push(...labelledBox(cx - topW / 2, 6, topW, ['Utility', `${formatNumber(site.utilityVoltageKv)} kV · ${formatNumber(site.interconnectMw)} MW firm`], 'outline', 2.4));
  items.push(line([[cx, 6 + boxHeight(2, 2.4)], [cx, 24]]));
  // High-voltage units the bill adds at the substation (transformers, bays), at most two lines so the MV bus stays clear.
  const hv = unitsOf(context, ['hv-transformer', 'hv-bay'])
    .slice(0, 2)
    .map((u) => `${count(u.quantity)} × ${u.item}${u.redundancy ? `, ${u.redundancy}` : ''}`);
  const substation = ['Substation', `${formatNumber(site.substationMva)} MVA available · facility ${formatNumber(report.summary.facilityKva)} kVA`, ...hv];
  const subW = hv.length > 0 ? 120 : topW;
  items.push(...labelledBox(cx - subW / 2, 24, subW, substation, 'outline', 2.4));
  const busY = 46;
  items.push(line([[cx, 24 + boxHeight(substation.length, 2.4)], [cx, busY]]));
  const mv = unitsOf(context, ['switchgear']).filter((u) => /MV/i.test(u.item));
  items.push(line([[10, busY], [widthMm - 10, busY]], 'accent'));
  const mvLabel = mv.length > 0 ? mv.map((u) => `${count(u.quantity)} × ${u.item}${u.redundancy ? `, ${u.redundancy}` : ''}`).join('; ') : 'MV bus';
  items.push({ kind: 'text', x: 12, y: busY - 3.4, text: mvLabel, size: 2, maxWidth: cx - 50 });
  // Transformers placed in the yard serve the site as one group: drawn once on the MV bus, not under a hall.
  const siteTx = report.groups.find((g) => g.kind === 'transformerGroup' && g.hallId === null);
  if (siteTx) {
    const text = `${siteTx.name}: ${siteTx.units} units, ${formatNumber(siteTx.installedCapacity ?? 0)} kVA installed, ${formatNumber(siteTx.usableCapacity ?? 0)} kVA usable at ${siteTx.redundancy ?? 'N'} · load ${formatNumber(siteTx.load)} kVA${pct(siteTx.utilisation)}`;
    items.push({ kind: 'text', x: cx + 4, y: busY - 3.4, text, size: 2, maxWidth: widthMm - 10 - (cx + 4) });
  }

  const halls = report.groups.filter((g) => g.kind === 'hall');
  const feedSides = new Map<string, string>(document.powerFeeds.map((f) => [f.id, f.side]));
  const sideOf = (g: GroupFigure) => feedSides.get(g.id) ?? (/side B$/.test(g.name) ? 'B' : 'A');
  const placedFeeds = (feeds: readonly GroupFigure[]) => feeds.flatMap((g) => (g.subject?.type === 'powerFeed' ? [g.subject.id] : []));
  /** Each box to draw, with the placed feeds it stands for (a merged side stands for all of that side's). */
  const feedsOf = (hallId: string): { figure: GroupFigure; feedIds: string[] }[] => {
    const feeds = report.groups.filter((g) => g.hallId === hallId && (g.kind === 'powerFeed' || g.kind === 'upsLineup'));
    if (feeds.length <= MAX_FEED_BOXES) return feeds.map((g) => ({ figure: g, feedIds: placedFeeds([g]) }));
    return ['A', 'B']
      .map((s) => feeds.filter((g) => sideOf(g) === s))
      .filter((f) => f.length > 0)
      .map((f) => ({ figure: mergeSide(f, sideOf(f[0]!)), feedIds: placedFeeds(f) }));
  };
  const weights = halls.map((h) => Math.max(feedsOf(h.id).length, 2));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  let x0 = 10;
  halls.forEach((hall, hi) => {
    const w = ((widthMm - 20) * weights[hi]!) / total;
    const hx = x0 + w / 2;
    x0 += w;
    const tx = report.groups.find((g) => g.kind === 'transformerGroup' && g.hallId === hall.id);
    // The hall's riser runs down the column's left edge and its figures sit right of it: nothing crosses them.
    const riserX = x0 - w + 5;
    const txY = 54;
    const lvY = 74;
    items.push(line([[riserX, busY], [riserX, txY]]));
    // Transformer symbol: two windings.
    items.push({ kind: 'rect', x: riserX - 3, y: txY, w: 6, h: 6, pen: 'thin' });
    items.push(line([[riserX - 3, txY + 3], [riserX + 3, txY + 3]], 'thin'));
    items.push(line([[riserX, txY + 6], [riserX, lvY]]));
    items.push(line([[x0 - w + 2, lvY], [x0 - 2, lvY]], 'accent'));
    const gens = unitsOf(context, ['generator'], hall.id);
    const boards = unitsOf(context, ['switchgear'], hall.id).filter((u) => !/MV/i.test(u.item));
    const figures = [
      hall.name,
      tx ? `${tx.units} × ${formatNumber((tx.installedCapacity ?? 0) / Math.max(tx.units, 1))} kVA transformers, ${tx.redundancy ?? 'N'}` : siteTx ? 'Transformers: the site group on the MV bus' : 'Transformers: none sized',
      tx ? `load ${formatNumber(tx.load)} kVA${pct(tx.utilisation)}` : '',
      boards.map((b) => `${count(b.quantity)} × ${b.item}`).join('; ') || 'LV board',
      scenario.generators && gens.length > 0 ? `Backup ${count(gens[0]!.quantity)} × ${gens[0]!.item}${gens[0]!.redundancy ? `, ${gens[0]!.redundancy}` : ''}` : '',
    ].filter((t) => t !== '');
    figures.forEach((text, i) => items.push({ kind: 'text', x: riserX + 5, y: txY - 1 + i * 3.6, text, size: 1.8, bold: i === 0, maxWidth: x0 - 2 - (riserX + 5) }));
    const feeds = feedsOf(hall.id);
    const upsY = 90;
    if (feeds.length === 0) {
      const bw = Math.min(60, w - 4);
      items.push(...labelledBox(hx - bw / 2, upsY, bw, ['No UPS lineups', `power redundancy ${scenario.powerRedundancy}`], 'thin'));
      items.push(line([[hx, lvY], [hx, upsY]]));
      return;
    }
    const bw = (w - 8) / feeds.length;
    feeds.forEach(({ figure: g, feedIds }, i) => {
      const bx = x0 - w + 4 + i * bw;
      const side = sideOf(g) === 'B' ? 'power-b' : 'power-a';
      const fx = bx + bw / 2;
      items.push(line([[fx, lvY], [fx, upsY]], side));
      items.push(...labelledBox(bx + 1, upsY, bw - 2, feedLines(g), side, 1.8, feedIds));
      const bottom = upsY + boxHeight(4, 1.8);
      items.push(line([[fx, bottom], [fx, bottom + 10]], side, true));
    });
    items.push({ kind: 'text', x: hx, y: upsY + boxHeight(4, 1.8) + 12, text: `Rows of ${hall.name}: IT ${formatNumber(hall.load)} kW`, size: 2, align: 'center', maxWidth: w - 4 });
  });
  if (halls.length === 0) items.push({ kind: 'text', x: cx, y: 80, text: 'No halls in this scenario', size: 3, align: 'center' });
  return {
    title: 'Electrical single-line diagram',
    number: 'E-201',
    widthMm,
    heightMm,
    items,
    mmPerMetre: null,
    notes: ['Not to scale', `Power redundancy ${scenario.powerRedundancy}${scenario.generators ? ', backup generators' : ', no generators'}`, 'A feeds solid, B feeds dashed'],
  };
}
