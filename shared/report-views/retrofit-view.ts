import { createAnalyzer, type Analyzer } from '../analysis/analyze.ts';
import type { ScenarioReport } from '../analysis/report-schema.ts';
import { compareScenarios } from '../analysis/retrofit/compare.ts';
import type { AssetDisposition, RetrofitAsset, RetrofitLine, RetrofitReport } from '../analysis/retrofit/schema.ts';
import type { Catalog } from '../catalog/schema.ts';
import { catalogIndexOf } from '../catalog/catalog-index.ts';
import { BillCategory, type LineDisposition } from '../engine/bill-schema.ts';
import { roundUsd } from '../engine/format.ts';
import { originIn, type DocRecord, type ProjectDocument, type ScenarioId } from '../model/index.ts';

/** One item of one system, baseline beside target: quantities, the baseline's bill and the upgrade bill (the delta). */
export interface CompareRow {
  readonly key: string;
  readonly item: string;
  readonly unit: string;
  readonly baselineQuantity: number;
  /** What the target has of the item: every upgrade-bill line but the removals (kept, upgraded and new). */
  readonly targetQuantity: number;
  readonly deltaQuantity: number;
  readonly baselineUsd: number;
  /** The upgrade bill's lines of the item: what going from baseline to target costs. */
  readonly deltaUsd: number;
  /** Quantity and cost of the item's lines by disposition, in the order new, upgraded, reused, removed. */
  readonly dispositions: readonly { readonly disposition: LineDisposition; readonly quantity: number; readonly totalUsd: number }[];
  readonly lines: readonly RetrofitLine[];
}

export interface CompareSystem {
  readonly category: BillCategory;
  readonly rows: readonly CompareRow[];
  readonly baselineUsd: number;
  readonly deltaUsd: number;
}

/** How a drawn record reads in the disposition colour mode. */
export type DrawnDisposition = 'existing' | 'upgrade' | 'new' | 'replace' | 'retire';

export interface RetrofitView {
  readonly report: RetrofitReport;
  /** The upgrade bill beside the baseline's bill, grouped by system (power, cooling, network, building). */
  readonly systems: readonly CompareSystem[];
  /** Each drawn record of the target (equipment from the compare's assets, racks by lineage) and its disposition. */
  readonly drawn: ReadonlyMap<string, DrawnDisposition>;
  /** Baseline equipment the target no longer has: drawn as ghosts where it stood. */
  readonly ghostIds: readonly string[];
  /** Why each drawn record has its disposition: the compare's reason for a unit, the lineage for a rack. */
  readonly reasons: ReadonlyMap<string, string>;
}

const ORDER: readonly LineDisposition[] = ['new', 'upgraded', 'reused', 'removed'];
// An item is its catalog entry where the line has one: a kept unit's line is worded by the unit's own name ('UPS A09'),
// the baseline's line of the same unit by the catalog's ('UPS frame 1,000 kW'), and both are one row.
const keyOf = (l: { category: string; catalogId: string | null; item: string; unit: string }) => `${l.category}\u0000${l.catalogId ?? l.item}\u0000${l.unit}`;
const sumOf = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
// Quantities are summed as the lines state them; six decimals keep float dust out of a delta that is really zero.
const qty = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The compare table: one row per item (category, catalog entry or, without one, the line's item; unit), named as the
 * catalog names it, in the order the upgrade bill first names them.
 */
export function compareSystems(baseline: Pick<ScenarioReport, 'lines'>, report: Pick<RetrofitReport, 'lines'>, catalog: Catalog): CompareSystem[] {
  const before = new Map<string, { quantity: number; usd: number }>();
  const keys: string[] = [];
  const seen = new Set<string>();
  const note = (k: string) => {
    if (!seen.has(k)) keys.push(k);
    seen.add(k);
  };
  for (const l of baseline.lines) {
    const k = keyOf(l);
    const b = before.get(k) ?? { quantity: 0, usd: 0 };
    before.set(k, { quantity: b.quantity + l.quantity, usd: b.usd + l.totalUsd });
  }
  const after = new Map<string, RetrofitLine[]>();
  for (const l of report.lines) {
    const k = keyOf(l);
    note(k);
    after.set(k, [...(after.get(k) ?? []), l]);
  }
  for (const l of baseline.lines) note(keyOf(l));
  const first = new Map<string, { category: BillCategory; catalogId: string | null; item: string; unit: string }>();
  for (const l of [...report.lines, ...baseline.lines]) if (!first.has(keyOf(l))) first.set(keyOf(l), l);
  const index = catalogIndexOf(catalog);
  const itemName = (l: { catalogId: string | null; item: string }) => (l.catalogId !== null ? (index.findItem(l.catalogId)?.name ?? index.findProfile(l.catalogId)?.name) : undefined) ?? l.item;
  return BillCategory.options.flatMap((category): CompareSystem[] => {
    const rows = keys
      .filter((k) => first.get(k)!.category === category)
      .map((k): CompareRow => {
        const lines = after.get(k) ?? [];
        const b = before.get(k) ?? { quantity: 0, usd: 0 };
        const targetQuantity = qty(sumOf(lines.filter((l) => l.disposition !== 'removed').map((l) => l.quantity)));
        return {
          key: k,
          item: itemName(first.get(k)!),
          unit: first.get(k)!.unit,
          baselineQuantity: qty(b.quantity),
          targetQuantity,
          deltaQuantity: qty(targetQuantity - b.quantity),
          baselineUsd: roundUsd(b.usd),
          deltaUsd: roundUsd(sumOf(lines.map((l) => l.totalUsd))),
          dispositions: ORDER.flatMap((d) => {
            const of = lines.filter((l) => l.disposition === d);
            return of.length === 0 ? [] : [{ disposition: d, quantity: qty(sumOf(of.map((l) => l.quantity))), totalUsd: roundUsd(sumOf(of.map((l) => l.totalUsd))) }];
          }),
          lines,
        };
      });
    if (rows.length === 0) return [];
    return [{ category, rows, baselineUsd: roundUsd(sumOf(rows.map((r) => r.baselineUsd))), deltaUsd: roundUsd(sumOf(rows.map((r) => r.deltaUsd))) }];
  });
}

const DRAWN: Record<AssetDisposition, DrawnDisposition> = { new: 'new', existing: 'existing', upgrade: 'upgrade', replace: 'replace', retire: 'retire' };

/**
 * Dispositions of what the target draws: equipment as the compare decided it; a rack is kept when it continues a
 * baseline rack (by lineage) and new otherwise. Baseline equipment the compare retires with no target counterpart
 * becomes a ghost.
 */
export function drawnDispositions(doc: ProjectDocument, report: RetrofitReport): Pick<RetrofitView, 'drawn' | 'ghostIds' | 'reasons'> {
  const assets = new Map<string, RetrofitAsset>(report.assets.map((a) => [a.id, a]));
  const drawn = new Map<string, DrawnDisposition>();
  const reasons = new Map<string, string>();
  const ghostIds: string[] = [];
  const baselineId = report.baseline.id;
  const targetId = report.target.id;
  for (const e of doc.equipment) {
    const a = assets.get(e.id);
    if (!a) continue;
    if (e.scenarioId === targetId) {
      drawn.set(e.id, DRAWN[a.disposition]);
      reasons.set(e.id, a.reason);
    } else if (e.scenarioId === baselineId && baselineId !== targetId) ghostIds.push(e.id);
  }
  const targetHalls = new Set<string>(doc.halls.filter((h) => h.scenarioId === targetId).map((h) => h.id));
  const baselineHalls = new Set<string>(doc.halls.filter((h) => h.scenarioId === baselineId).map((h) => h.id));
  const rowHall = new Map(doc.rows.map((r) => [r.id, r.hallId]));
  const baselineRacks = new Set(doc.racks.filter((r) => baselineHalls.has(rowHall.get(r.rowId) ?? '')).map((r) => r.id));
  const byId = new Map<string, DocRecord>(doc.racks.map((r) => [r.id, r]));
  for (const r of doc.racks) {
    if (!targetHalls.has(rowHall.get(r.rowId) ?? '')) continue;
    const kept = originIn(r, byId, baselineRacks) !== undefined;
    drawn.set(r.id, kept ? 'existing' : 'new');
    reasons.set(r.id, kept ? 'continues a rack of the baseline: kept in place' : 'not in the baseline: new');
  }
  return { drawn, ghostIds, reasons };
}

const analyzers = new WeakMap<Catalog, Analyzer>();
const views = new WeakMap<ProjectDocument, Map<string, RetrofitView>>();

/**
 * The retrofit of `targetId` from `baselineId` as the app shows it, computed once per document and pair (the
 * document object changes with every edit, so an edit gives a fresh view and a redraw reuses the last one).
 */
export function retrofitView(doc: ProjectDocument, catalog: Catalog, baselineId: ScenarioId, targetId: ScenarioId, asOf: string): RetrofitView {
  let byPair = views.get(doc);
  if (!byPair) views.set(doc, (byPair = new Map()));
  const key = `${baselineId}\u0000${targetId}\u0000${asOf}`;
  const known = byPair.get(key);
  if (known) return known;
  let analyzer = analyzers.get(catalog);
  if (!analyzer) analyzers.set(catalog, (analyzer = createAnalyzer(catalog)));
  const report = compareScenarios(doc, catalog, baselineId, targetId, { asOf });
  const baseline = analyzer.analyze(doc, baselineId);
  const view: RetrofitView = { report, systems: compareSystems(baseline, report, catalog), ...drawnDispositions(doc, report) };
  byPair.set(key, view);
  return view;
}
