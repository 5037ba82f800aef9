import { defaultAiProfile } from '../load-profile/profile-defaults.ts';
import { averageEscalationFactor } from './fields.ts';
import { defaultEconomicsInputs } from './defaults.ts';
import { hashrateFromFleetMw } from './mining.ts';
import type { PhaseEconomicsCase } from './inputs.ts';

// A sample phase after the first AI phase of TeraWulf's Lake Mariner campus (REFERENCE §10): the Core42 lease,
// 60 MW of critical IT at PUE 1.25 beside 245 MW of mining on a 500 MW firm interconnect, power at $0.045/kWh.
//
// Arithmetic, by hand (full power, lease year 1):
//   lease: REFERENCE §10 gives ~$151/kW-month of IT as the 10-year average of a +3%/yr lease; the 10-year average
//          of 3% steps is (1.03^10 − 1) ÷ 0.3 = 1.1464, so year 1 = 151 ÷ 1.1464 = $131.7/kW-month
//          → 60,000 kW × $131.7 × 12 = $94.8M a year
//   power: 60 MW × PUE 1.25 = 75 MW at full load; the training hall runs at 90% less its checkpoints (6 minutes in
//          every 2 hours at 60% depth: × (1 − 0.6 × 0.1 ÷ 2) = 0.97 → 87.3%) and four 24-hour stops at 10%
//          (− 96 h × 77.3 points ÷ 8,760 h = −0.85 points) → 86.45% average
//          → 75 MW × 0.8645 × 8,760 h × $45/MWh = $25.56M a year, paid by the landlord (no pass-through)
//   fixed: staff 60 × $60k = $3.6M; maintenance 1.5%, insurance 0.3%, property tax 1% of $420M = $11.76M
//   EBITDA = 94.84 − 25.56 − 15.36 = $53.9M a year, a margin of ~57%; $0.9M per MW of IT
//   capex: REFERENCE §8 first wave $6–8M per MW of IT, midpoint $7M × 60 MW = $420M
//   mining: 75 MW of AI + 245 MW of mining = 320 MW, under the 500 MW limit, so the fleet runs as before and the
//          phase neither gains nor loses mining
//   re-rating: $53.9M × 22.5 (REFERENCE §1 midpoint) = $1.21B of data-center value − $420M capex ≈ +$0.79B
//   return: $420M out over the first year and ~$54M a year (rising 3% a year with the lease) for 10 years, taxed
//          at 21% after 15-year depreciation, with nothing counted after the lease ends: an unlevered IRR of about
//          6.5%, under the 10% discount rate. The contracted term alone barely repays a conversion; the re-rating
//          (and a renewal) is why miners convert.

const LEASE_AVERAGE_USD_PER_KW_MONTH = 151;
const IT_MW = 60;
const CAPEX_USD_PER_MW_IT = 7_000_000;
const MINING_MW = 245;
/** REFERENCE §10: first AI MW ~7–9 months after signing; 8 months × 52 ÷ 12 = 34.7 → week 35. */
const ENERGISATION_WEEK = 35;
/** Assumed: the 60 MW are energised hall section by hall section over one quarter (REFERENCE gives no figure). */
const FULL_POWER_WEEK = ENERGISATION_WEEK + 13;

const economics = defaultEconomicsInputs();

export const SAMPLE_LAKE_MARINER_PHASE: PhaseEconomicsCase = {
  economics: {
    ...economics,
    revenue: { kind: 'lease', leaseUsdPerKwMonth: LEASE_AVERAGE_USD_PER_KW_MONTH / averageEscalationFactor(0.03, 10), leaseEscalatorPct: 0.03, leaseTermYears: 10, leaseRampMonths: 1 },
    power: { kind: 'flat', usdPerKwh: 0.045 },
    mining: { ...economics.mining, fleetHashratePhPerS: hashrateFromFleetMw(MINING_MW, economics.mining.efficiencyJPerTh) },
  },
  phase: {
    capexUsd: CAPEX_USD_PER_MW_IT * IT_MW,
    schedule: { designStartWeek: 0, energisationWeek: ENERGISATION_WEEK, fullPowerWeek: FULL_POWER_WEEK },
    itMw: IT_MW,
    pue: 1.25,
    miningMwBefore: MINING_MW,
  },
  site: {
    // REFERENCE §10 gives the 500 MW firm interconnect only; the substation and site limits are taken as equal to it.
    limits: { interconnectMw: 500, substationMw: 500, siteElectricalMw: 500 },
    halls: [
      {
        name: 'Core42 hall',
        itMw: IT_MW,
        // Assumed training tenant (load-profile/profile-defaults.ts): 90% of contracted IT, a 6-minute checkpoint every
        // 2 hours at 60% depth, and one 24-hour maintenance stop a quarter; REFERENCE has no utilisation figure.
        profile: defaultAiProfile('training'),
      },
    ],
    demandResponse: [],
    yearStartsOnWeekday: 0,
  },
};
