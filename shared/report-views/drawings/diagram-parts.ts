import type { BillLine } from '../../engine/bill-schema.ts';
import type { ReportContext } from '../report-context.ts';
import { fitText, formatNumber, type DrawItem, type Pen } from './drawing.ts';

/** A labelled box of a schematic: a bold first line, then smaller lines, each cut to fit the box. */
export function labelledBox(x: number, y: number, w: number, lines: readonly string[], pen: Pen = 'outline', size = 2, recordIds?: readonly string[]): DrawItem[] {
  const small = size * 0.82;
  const h = 2.2 + size + lines.slice(1).length * (small + 1.2) + 1.4;
  const items: DrawItem[] = [{ kind: 'rect', x, y, w, h, pen, ...(recordIds && recordIds.length > 0 ? { recordIds } : {}) }];
  lines.forEach((text, i) => {
    const s = i === 0 ? size : small;
    const ty = i === 0 ? y + 1.6 : y + 2.2 + size + (i - 1) * (small + 1.2) + 0.4;
    items.push({ kind: 'text', x: x + w / 2, y: ty, text: fitText(text, s, w - 2), size: s, bold: i === 0, align: 'center', maxWidth: w - 2 });
  });
  return items;
}

/** Height of a labelledBox with `count` lines. */
export function boxHeight(count: number, size = 2): number {
  return 2.2 + size + Math.max(count - 1, 0) * (size * 0.82 + 1.2) + 1.4;
}

export const line = (points: [number, number][], pen: Pen = 'outline', arrow = false): DrawItem => ({ kind: 'line', points, pen, arrow });

/** The catalog kind of a bill line's item (ups, transformer, cdu, heat-rejection, ...), null for a non-catalog line. */
export function lineKind(context: ReportContext, l: BillLine): string | null {
  return l.catalogId ? (context.catalog.equipment.find((e) => e.id === l.catalogId)?.kind ?? null) : null;
}

/** Bill lines of the given catalog kinds (of one group when named), summed by item: "3 × Facility CDU 2,500 kW". */
export function unitsOf(context: ReportContext, kinds: readonly string[], group?: string): { item: string; quantity: number; capacity: string | null; redundancy: string | null }[] {
  const byItem = new Map<string, { item: string; quantity: number; capacity: string | null; redundancy: string | null }>();
  for (const l of context.report.lines) {
    const kind = lineKind(context, l);
    if (!kind || !kinds.includes(kind) || (group !== undefined && l.group !== group)) continue;
    // A kept unit's line is named after the asset ("Cooling tower 3"): drawn with the other kept units of its item.
    const kept = l.assetId !== undefined && (l.disposition === 'reused' || l.disposition === 'upgraded');
    const item = kept ? `${context.catalog.equipment.find((e) => e.id === l.catalogId)?.name ?? l.item} (${l.disposition === 'upgraded' ? 'upgraded' : 'existing'})` : l.item;
    const entry = byItem.get(item) ?? { item, quantity: 0, capacity: l.capacity ? `${formatNumber(l.capacity.value)} ${l.capacity.unit}` : null, redundancy: l.redundancy };
    entry.quantity += l.quantity;
    byItem.set(item, entry);
  }
  return [...byItem.values()];
}

export const count = (n: number) => formatNumber(n, 1);
