import { usdText as usd } from '../../money-text.ts';
import { csvText } from '../../report-views/csv.ts';
import type { RetrofitReport } from './schema.ts';

export const RETROFIT_FORMATS = ['json', 'csv', 'table'] as const;
export type RetrofitFormat = (typeof RETROFIT_FORMATS)[number];

const CSV_HEADER = ['disposition', 'category', 'item', 'asset_id', 'catalog_id', 'group', 'quantity', 'unit', 'unit_cost_usd', 'total_usd', 'lead_time_weeks', 'derivation', 'source'];

/** The upgrade bill as CSV: one row per line with its disposition and the asset it comes from. */
export function retrofitToCsv(r: RetrofitReport): string {
  const rows = r.lines.map((l) => [l.disposition, l.category, l.item, l.assetId ?? null, l.catalogId, l.groupName, l.quantity, l.unit, l.unitCostUsd, l.totalUsd, l.leadTimeWeeks, l.derivation, l.source]);
  return csvText([CSV_HEADER, ...rows]);
}


function table(columns: readonly string[], rows: readonly (readonly string[])[], numeric: ReadonlySet<number>): string[] {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export function retrofitToTable(r: RetrofitReport): string {
  const s = r.summary;
  const head = [
    `retrofit of ${r.target.name} from ${r.baseline.name}`,
    `target built new ${usd(s.targetNewBuildCapexUsd)} · credited ${usd(s.creditedUsd)} · removal ${usd(s.removalUsd)} · upgrade bill ${usd(s.deltaCapexUsd)}`,
    `landlord ${usd(s.deltaLandlordUsdPerMwIt)}/MW IT (new build ${usd(s.newBuildLandlordUsdPerMwIt)}/MW IT) · first MW week ${s.firstPowerWeeks} · full load week ${s.fullPowerWeeks}`,
    '',
  ];
  const assets = table(['asset', 'kind', 'disposition', 'reason'], r.assets.map((a) => [a.name, a.kind, a.disposition, a.reason]), new Set());
  const lines = table(
    ['disposition', 'category', 'item', 'qty', 'unit', 'total', 'lead (wk)'],
    r.lines.map((l) => [l.disposition, l.category, l.item, l.quantity.toLocaleString('en-US', { maximumFractionDigits: 2 }), l.unit, usd(l.totalUsd), l.leadTimeWeeks === null ? '' : String(l.leadTimeWeeks)]),
    new Set([3, 5, 6]),
  );
  const tasks = table(['task', 'start (wk)', 'end (wk)', 'critical'], r.schedule.tasks.map((t) => [t.name, String(t.startWeek), String(t.endWeek), t.critical ? 'yes' : '']), new Set([1, 2]));
  const ready = table(['factor', 'score', 'blocking', 'evidence'], r.readiness.map((f) => [f.factor, f.score === null ? '-' : f.score.toFixed(2), f.blocking ? 'BLOCKING' : '', f.evidence]), new Set([1]));
  return [...head, ...assets, '', ...lines, '', ...tasks, r.schedule.derivation, '', ...ready].join('\n') + '\n';
}

export function formatRetrofit(r: RetrofitReport, format: RetrofitFormat): string {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  return format === 'csv' ? retrofitToCsv(r) : retrofitToTable(r);
}
