import { defaultOf } from './fields.ts';
import type { EconomicsInputs, LeaseRevenue, StoredGpuHoursRevenue, StoredRevenue } from './inputs.ts';

// The economics inputs a new scenario starts from: every figure from ECONOMICS_FIELDS, where its source is written.
// Self-operated GPU hours have no public defaults, so a new scenario starts on a lease.

const defaultLease = (): LeaseRevenue => ({
  kind: 'lease',
  leaseUsdPerKwMonth: defaultOf('leaseUsdPerKwMonth'),
  leaseEscalatorPct: defaultOf('leaseEscalatorPct'),
  leaseTermYears: defaultOf('leaseTermYears'),
  leaseRampMonths: defaultOf('leaseRampMonths'),
});

/** GPU hours with the one sourced figure (GPUs per MW); the rest have no public default and wait to be entered. */
const defaultGpuHours = (): StoredGpuHoursRevenue => ({
  kind: 'gpu-hours',
  usdPerGpuHour: null,
  gpusPerMwIt: defaultOf('gpusPerMwIt'),
  gpuUtilisationPct: null,
  gpuCapexUsdPerGpu: null,
  gpuDepreciationYears: null,
  operatingYears: null,
});

/** The revenue a scenario switches to: a lease on its sourced defaults, or GPU hours with their unknowns to enter. */
export function defaultRevenue(kind: StoredRevenue['kind']): StoredRevenue {
  return kind === 'lease' ? defaultLease() : defaultGpuHours();
}

export function defaultEconomicsInputs(): EconomicsInputs {
  return {
    revenue: defaultLease(),
    power: { kind: 'flat', usdPerKwh: defaultOf('powerUsdPerKwh') },
    powerPassThroughPct: defaultOf('powerPassThroughPct'),
    opex: {
      staffUsdPerMwItYear: defaultOf('staffUsdPerMwItYear'),
      maintenancePctOfCapexPerYear: defaultOf('maintenancePctOfCapexPerYear'),
      insurancePctOfCapexPerYear: defaultOf('insurancePctOfCapexPerYear'),
      propertyTaxPctOfCapexPerYear: defaultOf('propertyTaxPctOfCapexPerYear'),
    },
    tax: { depreciationYears: defaultOf('depreciationYears'), taxRatePct: defaultOf('taxRatePct') },
    financing: {
      debtSharePct: defaultOf('debtSharePct'),
      sofrPct: defaultOf('sofrPct'),
      spreadPct: defaultOf('spreadPct'),
      debtTenorYears: defaultOf('debtTenorYears'),
      amortisation: 'annuity',
    },
    discountRatePct: defaultOf('discountRatePct'),
    multiples: { miningEvPerEbitda: defaultOf('miningEvPerEbitda'), dataCenterEvPerEbitda: defaultOf('dataCenterEvPerEbitda') },
    mining: {
      fleetHashratePhPerS: null,
      efficiencyJPerTh: defaultOf('efficiencyJPerTh'),
      hashpriceUsdPerPhDay: defaultOf('hashpriceUsdPerPhDay'),
      poolFeePct: defaultOf('poolFeePct'),
      rampPctOfFleetPerHour: defaultOf('rampPctOfFleetPerHour'),
      minRunHours: defaultOf('minRunHours'),
    },
  };
}

/** Why the amortisation default is what it is (it is a choice, not a number). */
export const AMORTISATION_DEFAULT_SOURCE = 'assumed: level debt service (annuity), the usual profile for debt sized on a flat contracted rent';
