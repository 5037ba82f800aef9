import type { GroupFigure, GroupKind } from './bill-schema.ts';
import { roundTo } from './format.ts';

export interface GroupFigureInput {
  id: string;
  kind: GroupKind;
  name: string;
  hallId: string | null;
  subject: { type: string; id: string } | null;
  placed: boolean;
  redundancy: string | null;
  unit: GroupFigure['unit'];
  load: number;
  units: number;
  usableUnits: number;
  installedCapacity: number | null;
  usableCapacity: number | null;
  flowLpm?: number | null;
  usableFlowLpm?: number | null;
  rows: number;
  routeLengthM?: number | null;
}

const ratio = (load: number, capacity: number | null | undefined): number | null => {
  if (capacity === null || capacity === undefined) return null;
  if (capacity <= 0) return load > 0 ? Infinity : 0;
  return load / capacity;
};

/** A group's figures, rounded as the bill rounds them, with its utilisation (the tighter of heat and flow). */
export function groupFigure(input: GroupFigureInput): GroupFigure {
  const byLoad = ratio(input.load, input.usableCapacity);
  const byFlow = ratio(input.flowLpm ?? 0, input.usableFlowLpm);
  const worst = byLoad === null ? byFlow : byFlow === null ? byLoad : Math.max(byLoad, byFlow);
  return {
    id: input.id,
    kind: input.kind,
    name: input.name,
    hallId: input.hallId,
    subject: input.subject,
    placed: input.placed,
    redundancy: input.redundancy,
    unit: input.unit,
    load: roundTo(input.load, 3),
    units: input.units,
    usableUnits: input.usableUnits,
    installedCapacity: input.installedCapacity === null ? null : roundTo(input.installedCapacity, 3),
    usableCapacity: input.usableCapacity === null ? null : roundTo(input.usableCapacity, 3),
    flowLpm: input.flowLpm === undefined || input.flowLpm === null ? null : roundTo(input.flowLpm, 1),
    usableFlowLpm: input.usableFlowLpm === undefined || input.usableFlowLpm === null ? null : roundTo(input.usableFlowLpm, 1),
    // JSON has no infinity: a group with load and no usable capacity reads as 999 (×100 %), flagged by its check.
    utilisation: worst === null ? null : Number.isFinite(worst) ? roundTo(worst, 4) : 999,
    rows: input.rows,
    routeLengthM: input.routeLengthM === undefined || input.routeLengthM === null ? null : roundTo(input.routeLengthM, 2),
  };
}
