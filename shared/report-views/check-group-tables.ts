import type { ScenarioReport } from '../analysis/report-schema.ts';
import type { ReportTable } from './table.ts';

export function checksTable(report: ScenarioReport): ReportTable {
  return {
    title: 'Checks',
    columns: [
      { key: 'severity', title: 'Severity', unit: null, kind: 'text' },
      { key: 'code', title: 'Code', unit: null, kind: 'text' },
      { key: 'subject', title: 'Subject', unit: null, kind: 'text' },
      { key: 'message', title: 'Message', unit: null, kind: 'text' },
    ],
    rows: report.checks.map((c) => [c.severity, c.code, c.subject ? `${c.subject.type} ${c.subject.id}` : null, c.message]),
  };
}

const KIND_TITLES: Record<string, string> = {
  hall: 'Hall',
  coolingLoop: 'Cooling loop',
  upsLineup: 'UPS lineup',
  powerFeed: 'Power feed',
  transformerGroup: 'Transformers',
};

/** Each physical group as sized: load against usable capacity after redundancy; load and capacity in the group's unit. */
export function groupsTable(report: ScenarioReport): ReportTable {
  return {
    title: 'Groups',
    columns: [
      { key: 'kind', title: 'Kind', unit: null, kind: 'text' },
      { key: 'name', title: 'Group', unit: null, kind: 'text' },
      { key: 'redundancy', title: 'Redundancy', unit: null, kind: 'text' },
      { key: 'unit', title: 'Unit of load', unit: null, kind: 'text' },
      { key: 'load', title: 'Load', unit: 'kW | kWt | kVA', kind: 'number' },
      { key: 'units', title: 'Units installed', unit: null, kind: 'integer' },
      { key: 'usableUnits', title: 'Units carrying load', unit: null, kind: 'integer' },
      { key: 'usableCapacity', title: 'Usable capacity', unit: 'kW | kWt | kVA', kind: 'number' },
      { key: 'flow', title: 'Flow', unit: 'L/min', kind: 'number' },
      { key: 'usableFlow', title: 'Usable flow', unit: 'L/min', kind: 'number' },
      { key: 'utilisation', title: 'Utilisation', unit: '%', kind: 'fraction' },
      { key: 'rows', title: 'Rows', unit: null, kind: 'integer' },
      { key: 'route', title: 'Pipe route', unit: 'm', kind: 'number' },
    ],
    rows: report.groups.map((g) => [
      KIND_TITLES[g.kind] ?? g.kind,
      g.name,
      g.redundancy,
      g.unit,
      g.load,
      g.units,
      g.usableUnits,
      g.usableCapacity,
      g.flowLpm,
      g.usableFlowLpm,
      g.utilisation,
      g.rows,
      g.routeLengthM,
    ]),
  };
}
