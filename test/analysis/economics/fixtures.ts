import { defaultEconomicsInputs, type EconomicsInputs, type PhaseEconomicsCase } from '../../../shared/analysis/economics/index.ts';

/**
 * A round-number phase for hand-worked tests: 10 MW of IT at PUE 1.2 running flat out, $150/kW-month with no
 * escalator for 2 years from week 52, $50M of capex spent in the first two quarters, no mining.
 */
export function handCase(over: { economics?: Partial<EconomicsInputs>; phase?: Partial<PhaseEconomicsCase['phase']> } = {}): PhaseEconomicsCase {
  const defaults = defaultEconomicsInputs();
  return {
    economics: {
      ...defaults,
      revenue: { kind: 'lease', leaseUsdPerKwMonth: 150, leaseEscalatorPct: 0, leaseTermYears: 2, leaseRampMonths: 1 },
      power: { kind: 'flat', usdPerKwh: 0.05 },
      powerPassThroughPct: 0,
      opex: { staffUsdPerMwItYear: 100_000, maintenancePctOfCapexPerYear: 0.01, insurancePctOfCapexPerYear: 0, propertyTaxPctOfCapexPerYear: 0 },
      tax: { depreciationYears: 10, taxRatePct: 0.2 },
      financing: { debtSharePct: 0.5, sofrPct: 0.05, spreadPct: 0, debtTenorYears: 2, amortisation: 'annuity' },
      discountRatePct: 0.1,
      ...over.economics,
    },
    phase: {
      capexUsd: 50_000_000,
      capexByQuarterUsd: [25_000_000, 25_000_000],
      schedule: { designStartWeek: 0, energisationWeek: 52, fullPowerWeek: 52 },
      itMw: 10,
      pue: 1.2,
      miningMwBefore: 0,
      ...over.phase,
    },
    site: {
      limits: { interconnectMw: 100, substationMw: 100, siteElectricalMw: 100 },
      halls: [{ name: 'Hall 1', itMw: 10, profile: { kind: 'training', utilisationPct: 1, checkpointPeriodHours: 24, checkpointDurationHours: 0, checkpointDepthPct: 0, maintenance: [] } }],
      demandResponse: [],
      yearStartsOnWeekday: 0,
    },
  };
}
