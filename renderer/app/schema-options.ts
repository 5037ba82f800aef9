import { Containment, CoolingRedundancy, HallKind, LiquidFluid, Redundancy } from '../../shared/model/index.ts';

// How a few schema values read in the UI; any value not named here shows as it is in the schema.
const LABELS: Readonly<Record<string, string>> = {
  'new-build': 'new build',
  'converted-mining': 'converted mining',
  'hot-aisle': 'hot aisle',
  'cold-aisle': 'cold aisle',
  block: 'block redundant',
  pg25: 'PG25',
};

const optionsOf = (values: readonly string[]) => values.map((v) => [v, LABELS[v] ?? v] as const);

/** The choices of each select field, read from the record schemas so that the UI never offers less (or more). */
export const OPTIONS = {
  hallKind: optionsOf(HallKind.options),
  containment: optionsOf(Containment.options),
  powerRedundancy: optionsOf(Redundancy.options),
  coolingRedundancy: optionsOf(CoolingRedundancy.options),
  fluid: optionsOf(LiquidFluid.options),
};
