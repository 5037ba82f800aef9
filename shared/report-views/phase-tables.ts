import { ECONOMICS_FIELDS, economicsInputFields, irrRate, type EconomicsInputs, type PhaseEconomics } from '../analysis/economics/index.ts';
import { aiProfileFields, defaultAiProfile, DEMAND_RESPONSE_DEFAULT, DEMAND_RESPONSE_FIELDS, DEMAND_RESPONSE_SOURCE, LOAD_FIELDS, PROFILE_SOURCES, type AiProfile } from '../analysis/load-profile/index.ts';
import type { HallLoad } from '../analysis/load-profile/inputs.ts';
import type { ScenarioReport } from '../analysis/report-schema.ts';
import type { RetrofitReport } from '../analysis/retrofit/schema.ts';
import type { Schedule } from '../analysis/retrofit/schedule.ts';
import type { Catalog } from '../catalog/schema.ts';
import { CATEGORY_TITLES } from './bill-tables.ts';
import { compareSystems } from './retrofit-view.ts';
import type { ReportTable, ViewColumn } from './table.ts';

// The phase's tables beside the scenario's bill: the upgrade bill, the schedule, the economics and the compare of
// two scenarios. Typed, unit-labelled columns; `total` columns are the ones a writer sums.

const UPGRADE_COLUMNS: readonly ViewColumn[] = [
  { key: 'system', title: 'System', unit: null, kind: 'text' },
  { key: 'item', title: 'Item', unit: null, kind: 'text' },
  { key: 'group', title: 'Group', unit: null, kind: 'text' },
  { key: 'disposition', title: 'Disposition', unit: null, kind: 'text' },
  { key: 'scope', title: 'Scope', unit: null, kind: 'text' },
  { key: 'quantity', title: 'Quantity', unit: null, kind: 'number' },
  { key: 'unit', title: 'Unit', unit: null, kind: 'text' },
  { key: 'unitCost', title: 'Unit cost', unit: 'USD', kind: 'usd', price: true },
  { key: 'total', title: 'Total', unit: 'USD', kind: 'usd', price: true },
  { key: 'leadTime', title: 'Lead time', unit: 'weeks', kind: 'number' },
  { key: 'derivation', title: 'Derivation', unit: null, kind: 'text', mentionsPrices: true },
];

/** The upgrade bill: what going from the baseline to the target costs, line by line; its total is the compare's delta capex. */
export function upgradeBillTable(retrofit: RetrofitReport): ReportTable {
  return {
    title: 'Upgrade bill',
    columns: UPGRADE_COLUMNS,
    rows: retrofit.lines.map((l) => [CATEGORY_TITLES[l.category], l.item, l.groupName, l.disposition, l.scope, l.quantity, l.unit, l.unitCostUsd, l.totalUsd, l.leadTimeWeeks, l.derivation]),
  };
}

/** The schedule's tasks in weeks from the decision to build; the last end is full power. */
export function scheduleTable(schedule: Schedule): ReportTable {
  return {
    title: 'Schedule',
    columns: [
      { key: 'task', title: 'Task', unit: null, kind: 'text' },
      { key: 'start', title: 'Start', unit: 'week', kind: 'number' },
      { key: 'end', title: 'End', unit: 'week', kind: 'number' },
      { key: 'duration', title: 'Duration', unit: 'weeks', kind: 'number' },
      { key: 'critical', title: 'Critical path', unit: null, kind: 'text' },
      { key: 'dependsOn', title: 'After', unit: null, kind: 'text' },
      { key: 'derivation', title: 'Derivation', unit: null, kind: 'text' },
    ],
    rows: schedule.tasks.map((t) => [t.name, t.startWeek, t.endWeek, t.endWeek - t.startWeek, t.critical ? 'yes' : '', t.dependsOn.map((d) => schedule.tasks.find((o) => o.id === d)?.name ?? d).join(', '), t.derivation]),
  };
}

/** The yearly cash flows of the phase; the capex, revenue, opex, EBITDA and free cash flow columns sum to the headline figures. */
export function cashFlowReportTable(e: PhaseEconomics): ReportTable {
  const usd = (key: string, title: string): ViewColumn => ({ key, title, unit: 'USD', kind: 'usd', price: true });
  return {
    title: 'Economics',
    columns: [
      { key: 'year', title: 'Year', unit: null, kind: 'integer' },
      usd('capex', 'Capex'),
      usd('revenue', 'Revenue'),
      usd('opex', 'Opex'),
      usd('ebitda', 'EBITDA'),
      { key: 'margin', title: 'EBITDA margin', unit: '%', kind: 'fraction', price: true },
      usd('debtService', 'Debt service'),
      { key: 'dscr', title: 'DSCR', unit: '×', kind: 'number', price: true },
      usd('tax', 'Tax (unlevered)'),
      usd('fcf', 'Free cash flow'),
      usd('leveredFcf', 'Levered free cash flow'),
    ],
    rows: e.cashFlows.map((y) => [y.year, y.capexUsd, y.revenueUsd, y.opexUsd, y.ebitdaUsd, y.ebitdaMarginPct, y.debtServiceUsd, y.dscr, y.taxUnleveredUsd, y.freeCashFlowUsd, y.leveredFreeCashFlowUsd]),
  };
}

/** The columns of the cash-flow table whose totals a writer adds as formulas. */
export const CASH_FLOW_TOTALS = ['capex', 'revenue', 'opex', 'ebitda', 'debtService', 'tax', 'fcf', 'leveredFcf'] as const;

const AI_PROFILE_KIND_SOURCE = 'assumed: a hall with no profile entered on its record runs as a training tenant; enter the tenant\'s own';

/** The number at `path` in the default profile of the same kind, or null where it has none (a stop beyond the defaults). */
function profileDefaultAt(profile: AiProfile, path: readonly (string | number)[]): number | null {
  let node: unknown = defaultAiProfile(profile.kind);
  for (const key of path) node = node === null || typeof node !== 'object' ? undefined : (node as Record<string | number, unknown>)[key];
  return typeof node === 'number' ? node : null;
}

/** An AI hall's load profile as input rows: its kind, then every figure with its unit, default and the default's source. */
function hallProfileRows(hall: HallLoad): (string | number | null)[][] {
  return [
    [`${hall.name}: AI load profile`, hall.profile.kind, 'training, inference or mix (of both)', 'training', AI_PROFILE_KIND_SOURCE],
    ...aiProfileFields(hall.profile).map((f) => [`${hall.name}: ${f.label}`, f.value, LOAD_FIELDS[f.key].unit, profileDefaultAt(hall.profile, f.path), PROFILE_SOURCES[f.key]]),
  ];
}

/**
 * The inputs the economics ran on, each with its unit and the source of its default; the demand-response events after
 * them, then each AI hall's load profile.
 */
export function economicsInputsTable(inputs: EconomicsInputs, halls: readonly HallLoad[] = []): ReportTable {
  return {
    title: 'Economics inputs',
    columns: [
      { key: 'input', title: 'Input', unit: null, kind: 'text' },
      { key: 'value', title: 'Value', unit: null, kind: 'number' },
      { key: 'unit', title: 'Unit', unit: null, kind: 'text' },
      { key: 'default', title: 'Default', unit: null, kind: 'number' },
      { key: 'source', title: 'Source of the default', unit: null, kind: 'text' },
    ],
    rows: [
      ...economicsInputFields(inputs).map((f) => {
        const spec = ECONOMICS_FIELDS[f.key];
        return [spec.label, f.value, spec.unit, spec.default, spec.source];
      }),
      ['Power price', null, inputs.power.kind === 'hourly' ? '8,760 hourly prices in $/MWh' : 'flat, $/kWh (above)', null, inputs.power.kind === 'hourly' ? 'imported price series' : ECONOMICS_FIELDS.powerUsdPerKwh.source],
      ...(inputs.demandResponse ?? []).flatMap((event, i) =>
        DEMAND_RESPONSE_FIELDS.map(([leaf, spec]) => [`Demand-response event ${i + 1}: ${spec.label}`, event[leaf], spec.unit, DEMAND_RESPONSE_DEFAULT[leaf], DEMAND_RESPONSE_SOURCE]),
      ),
      ...halls.flatMap(hallProfileRows),
    ],
  };
}

/** The headline figures of the economics, as label, value and unit rows. */
export function economicsSummaryRows(e: PhaseEconomics): { label: string; value: number | null; kind: 'usd' | 'fraction' | 'number'; unit: string }[] {
  const s = e.summary;
  return [
    { label: 'Capex (landlord)', value: s.capexUsd, kind: 'usd', unit: 'USD' },
    { label: 'IRR unlevered', value: irrRate(s.irrUnlevered), kind: 'fraction', unit: '%' },
    { label: 'IRR levered', value: irrRate(s.irrLevered), kind: 'fraction', unit: '%' },
    { label: `NPV at the discount rate`, value: s.npvUsd, kind: 'usd', unit: 'USD' },
    { label: 'Discount rate', value: s.discountRatePct, kind: 'fraction', unit: '%' },
    { label: 'Payback', value: s.paybackYears, kind: 'number', unit: 'years' },
    { label: 'EBITDA at full power', value: s.ebitdaStabilisedUsd, kind: 'usd', unit: 'USD a year' },
    { label: 'Minimum DSCR', value: s.minDscr, kind: 'number', unit: '×' },
    { label: 'Value before (mining)', value: s.valuationBeforeUsd, kind: 'usd', unit: 'USD' },
    { label: 'Value after', value: s.valuationAfterUsd, kind: 'usd', unit: 'USD' },
    { label: 'Re-rating (after − capex − before)', value: s.reratingUsd, kind: 'usd', unit: 'USD' },
  ];
}

/** Two scenarios item by item, by system: quantities and costs of the baseline beside the target's upgrade bill. */
export function compareTable(baseline: ScenarioReport, retrofit: RetrofitReport, catalog: Catalog): ReportTable {
  return {
    title: 'Compare',
    columns: [
      { key: 'system', title: 'System', unit: null, kind: 'text' },
      { key: 'item', title: 'Item', unit: null, kind: 'text' },
      { key: 'unit', title: 'Unit', unit: null, kind: 'text' },
      { key: 'baselineQuantity', title: `Quantity, ${retrofit.baseline.name}`, unit: null, kind: 'number' },
      { key: 'targetQuantity', title: `Quantity, ${retrofit.target.name}`, unit: null, kind: 'number' },
      { key: 'deltaQuantity', title: 'Change in quantity', unit: null, kind: 'number' },
      { key: 'baselineTotal', title: `Bill, ${retrofit.baseline.name}`, unit: 'USD', kind: 'usd', price: true },
      { key: 'total', title: 'Upgrade bill', unit: 'USD', kind: 'usd', price: true },
    ],
    rows: compareSystems(baseline, retrofit, catalog).flatMap((s) => s.rows.map((r) => [CATEGORY_TITLES[s.category], r.item, r.unit, r.baselineQuantity, r.targetQuantity, r.deltaQuantity, r.baselineUsd, r.deltaUsd])),
  };
}
