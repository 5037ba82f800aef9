import { ECONOMICS_FIELDS, type EconomicsFieldKey } from './fields.ts';
import type { StoredEconomicsInputs } from './inputs.ts';

// Where each numeric input sits in the economics inputs, so a form, a sheet or a brief can list them all with their
// label, unit and source, and read or write one by its key.

const GROUP: Record<EconomicsFieldKey, readonly string[]> = {
  leaseUsdPerKwMonth: ['revenue'],
  leaseEscalatorPct: ['revenue'],
  leaseTermYears: ['revenue'],
  leaseRampMonths: ['revenue'],
  usdPerGpuHour: ['revenue'],
  gpusPerMwIt: ['revenue'],
  gpuUtilisationPct: ['revenue'],
  gpuCapexUsdPerGpu: ['revenue'],
  gpuDepreciationYears: ['revenue'],
  operatingYears: ['revenue'],
  powerUsdPerKwh: ['power'],
  powerPassThroughPct: [],
  staffUsdPerMwItYear: ['opex'],
  maintenancePctOfCapexPerYear: ['opex'],
  insurancePctOfCapexPerYear: ['opex'],
  propertyTaxPctOfCapexPerYear: ['opex'],
  depreciationYears: ['tax'],
  taxRatePct: ['tax'],
  debtSharePct: ['financing'],
  sofrPct: ['financing'],
  spreadPct: ['financing'],
  debtTenorYears: ['financing'],
  discountRatePct: [],
  miningEvPerEbitda: ['multiples'],
  dataCenterEvPerEbitda: ['multiples'],
  fleetHashratePhPerS: ['mining'],
  efficiencyJPerTh: ['mining'],
  hashpriceUsdPerPhDay: ['mining'],
  poolFeePct: ['mining'],
  rampPctOfFleetPerHour: ['mining'],
  minRunHours: ['mining'],
};

/** The field's name inside its group (the flat power price is `power.usdPerKwh`). */
const LEAF: Partial<Record<EconomicsFieldKey, string>> = { powerUsdPerKwh: 'usdPerKwh' };

export interface EconomicsInputField {
  readonly key: EconomicsFieldKey;
  /** Path inside the inputs, e.g. ['financing', 'debtTenorYears']. */
  readonly path: readonly string[];
  readonly value: number | null;
}

const valueAt = (inputs: StoredEconomicsInputs, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], inputs);

/** Every numeric input the inputs hold, in ECONOMICS_FIELDS order: a lease's fields or GPU hours', the flat price when flat. */
export function economicsInputFields(inputs: StoredEconomicsInputs): EconomicsInputField[] {
  const out: EconomicsInputField[] = [];
  for (const key of Object.keys(ECONOMICS_FIELDS) as EconomicsFieldKey[]) {
    const path = [...GROUP[key], LEAF[key] ?? key];
    const value = valueAt(inputs, path);
    if (value === undefined) continue;
    out.push({ key, path, value: value as number | null });
  }
  return out;
}

/** The inputs with one field set (a copy; the caller validates it with the inputs' schema). */
export function withEconomicsInput(inputs: StoredEconomicsInputs, path: readonly string[], value: number | null): StoredEconomicsInputs {
  const set = (node: Record<string, unknown>, i: number): Record<string, unknown> => ({ ...node, [path[i]!]: i === path.length - 1 ? value : set(node[path[i]!] as Record<string, unknown>, i + 1) });
  return set(inputs as unknown as Record<string, unknown>, 0) as unknown as StoredEconomicsInputs;
}
