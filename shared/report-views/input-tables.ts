import type { Source } from '../catalog/schema.ts';
import { scenarioOf, type ReportContext } from './report-context.ts';
import type { ReportTable, ViewColumn } from './table.ts';

const ASSUMPTION_COLUMNS: readonly ViewColumn[] = [
  { key: 'scope', title: 'Scope', unit: null, kind: 'text' },
  { key: 'input', title: 'Input', unit: null, kind: 'text' },
  { key: 'value', title: 'Value', unit: null, kind: 'number' },
  { key: 'unit', title: 'Unit', unit: null, kind: 'text' },
  { key: 'basis', title: 'Basis', unit: null, kind: 'text' },
];

/**
 * Every input the figures rest on: what was entered for the site and the scenario, and each engine factor with
 * its source tag (A = a Powerhall default to replace with site data or a quote).
 */
export function assumptionsTable(context: ReportContext): ReportTable {
  const site = context.document.site;
  const sc = scenarioOf(context);
  const entered = (scope: string, input: string, value: number | string, unit: string | null) => [scope, input, value, unit, 'entered'];
  const tags = new Map(context.catalog.sources.map((s) => [s.id, s.tag]));
  return {
    title: 'Assumptions',
    columns: ASSUMPTION_COLUMNS,
    rows: [
      entered('site', 'Firm grid interconnect', site.interconnectMw, 'MW'),
      entered('site', 'Substation capacity', site.substationMva, 'MVA'),
      entered('site', 'Utility voltage', site.utilityVoltageKv, 'kV'),
      entered('site', 'Design dry bulb', site.designDryBulbC, '°C'),
      entered('site', 'Design wet bulb', site.designWetBulbC, '°C'),
      entered('site', 'Power price', site.powerPriceUsdPerKwh, 'USD/kWh'),
      entered('site', 'Price overrides', Object.keys(site.priceOverrides).length, 'items'),
      entered('scenario', 'Power redundancy', sc.powerRedundancy, null),
      entered('scenario', 'Cooling redundancy', sc.coolingRedundancy, null),
      entered('scenario', 'Backup generators', sc.generators ? 'yes' : 'no', null),
      entered('scenario', 'Liquid', sc.fluid === 'pg25' ? 'PG25' : 'water', null),
      entered('scenario', 'Facility-water supply', sc.liquidSupplyC, '°C'),
      entered('scenario', 'Loop temperature rise', sc.liquidDeltaTK, 'K'),
      entered('scenario', 'Compute-fabric switch', sc.fabricSwitchId ?? "each profile's reference", null),
      ...context.catalog.factors.map((f) => [
        'factor',
        f.name,
        f.value,
        f.unit,
        `${f.source} [${tags.get(f.source) ?? '?'}]${tags.get(f.source) === 'A' ? ' assumed' : ''}`,
      ]),
    ],
  };
}

/** The catalog sources the report's lines cite, with how many lines cite each. */
export function citedSources(context: ReportContext): { source: Source; lines: number }[] {
  return context.catalog.sources
    .map((source) => ({ source, lines: context.report.lines.filter((l) => l.source.includes(`${source.id} [`)).length }))
    .filter((s) => s.lines > 0);
}

export function sourcesTable(context: ReportContext): ReportTable {
  return {
    title: 'Sources',
    columns: [
      { key: 'id', title: 'Source', unit: null, kind: 'text' },
      { key: 'tag', title: 'Tag', unit: null, kind: 'text' },
      { key: 'title', title: 'Title', unit: null, kind: 'text' },
      { key: 'lines', title: 'Bill lines citing it', unit: null, kind: 'integer' },
    ],
    rows: citedSources(context).map(({ source, lines }) => [source.id, source.tag, source.title, lines]),
  };
}

/** What the source tags mean, for a legend under the sources. */
export const SOURCE_TAGS: Record<Source['tag'], string> = {
  P: 'primary source',
  S: 'secondary source',
  D: 'derived by arithmetic',
  A: 'assumed default (replace with site data or a quote)',
};
