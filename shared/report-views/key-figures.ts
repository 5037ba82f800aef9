import { scenarioOf, type ReportContext } from './report-context.ts';
import type { ColumnKind } from './table.ts';

export interface KeyFigure {
  readonly label: string;
  readonly value: number | string;
  readonly unit: string | null;
  readonly kind: ColumnKind;
}

const HEAT_REJECTION: Record<string, string> = {
  'dry-cooler': 'Dry coolers',
  'cooling-tower': 'Cooling towers',
  chiller: 'Air-cooled chillers',
};

/** The figures a tenant reads first, as the report states them (prices left out of a tenant copy). */
export function keyFigures(context: ReportContext): KeyFigure[] {
  const s = context.report.summary;
  const scenario = scenarioOf(context);
  const figures: KeyFigure[] = [
    { label: 'IT load', value: s.itKw / 1000, unit: 'MW', kind: 'number' },
    { label: 'Facility load', value: s.facilityKw / 1000, unit: 'MW', kind: 'number' },
    { label: 'Annual PUE', value: s.pue, unit: null, kind: 'number' },
    { label: 'Design-day PUE', value: s.designDayPue, unit: null, kind: 'number' },
    { label: 'Racks', value: s.racks, unit: null, kind: 'integer' },
    { label: 'GPUs', value: s.gpus, unit: null, kind: 'integer' },
    { label: 'Liquid-cooled load', value: s.liquidKw / 1000, unit: 'MW', kind: 'number' },
    { label: 'Air-cooled load', value: s.airKw / 1000, unit: 'MW', kind: 'number' },
    { label: 'Facility apparent power', value: s.facilityKva / 1000, unit: 'MVA', kind: 'number' },
    { label: 'Power redundancy', value: scenario.powerRedundancy, unit: null, kind: 'text' },
    { label: 'Cooling redundancy', value: scenario.coolingRedundancy, unit: null, kind: 'text' },
    { label: 'Backup generation', value: scenario.generators ? 'Yes' : 'No', unit: null, kind: 'text' },
    { label: 'Heat rejection', value: HEAT_REJECTION[s.cooling.heatRejection] ?? s.cooling.heatRejection, unit: null, kind: 'text' },
    { label: 'Liquid flow', value: s.cooling.flowLpm, unit: 'L/min', kind: 'number' },
    { label: 'Site water use', value: s.cooling.waterM3PerYear, unit: 'm³/year', kind: 'number' },
    { label: 'Compute fabric tiers', value: s.network.computeFabric.tiers, unit: null, kind: 'integer' },
    { label: 'Longest lead time', value: s.longestLeadWeeks, unit: 'weeks', kind: 'number' },
  ];
  if (!context.hidePrices) {
    figures.push(
      { label: 'Capex', value: s.capexUsd, unit: 'USD', kind: 'usd' },
      { label: 'Facility capex', value: s.facilityCapexUsd, unit: 'USD', kind: 'usd' },
      { label: 'Network capex', value: s.networkCapexUsd, unit: 'USD', kind: 'usd' },
      { label: 'Facility capex per MW of IT', value: s.facilityCapexUsdPerMwIt, unit: 'USD/MW', kind: 'usd' },
    );
  }
  return figures;
}
