import { Containment, CoolingRedundancy, DcDistribution, HallKind, LiquidFluid, Redundancy } from '../../shared/model/index.ts';

// How a few schema values read in the UI, where spacing the hyphens is not enough.
const LABELS: Readonly<Record<string, string>> = {
  block: 'block redundant',
  pg25: 'PG25',
};

// The 800 VDC choices read as what they build ('none' means no DC here, unlike containment's 'none').
const DC_LABELS: Readonly<Record<string, string>> = {
  'high-density-racks': 'racks ≥ 200 kW: central rectifiers, DC busway',
  sidecar: 'racks ≥ 200 kW: power sidecar per rack',
  none: 'none (415 VAC)',
};

/** How a schema value reads: its name above, else the value with its word hyphens as spaces ('not-applied' → 'not applied'; codes such as 'F-1' and 'N+1' as they are). */
const valueLabel = (value: string, labels = LABELS): string => labels[value] ?? value.replace(/(?<=[a-z])-(?=[a-z])/g, ' ');

export const optionsOf = (values: readonly string[], labels = LABELS) => values.map((v) => [v, valueLabel(v, labels)] as const);

/** The choices of each select field, read from the record schemas so that the UI never offers less (or more). */
export const OPTIONS = {
  hallKind: optionsOf(HallKind.options),
  containment: optionsOf(Containment.options),
  powerRedundancy: optionsOf(Redundancy.options),
  coolingRedundancy: optionsOf(CoolingRedundancy.options),
  fluid: optionsOf(LiquidFluid.options),
  dcDistribution: optionsOf(DcDistribution.options, DC_LABELS),
};
