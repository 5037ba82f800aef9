import type { NumberFieldSpec } from '../load-profile/number-field.ts';

// Every numeric economics input: its label and unit as the panel shows them, its limits, its default and where the
// default comes from. "REFERENCE §n" is the team's engineering reference; "derived" shows the arithmetic; "assumed"
// says why, and that the engineer should enter the site's own figure. A null default means no public figure
// exists and the engineer must enter one (never invented).

export interface EconomicsField extends NumberFieldSpec {
  readonly default: number | null;
  readonly source: string;
}

/** Lease rates in REFERENCE §10 are contract averages over the term; the year-1 rate is the average ÷ this factor. */
export function averageEscalationFactor(escalatorPct: number, years: number): number {
  if (escalatorPct === 0) return 1;
  return (Math.pow(1 + escalatorPct, years) - 1) / (escalatorPct * years);
}

/** REFERENCE §10: "$149–159/kW-month average for landlord-funded liquid-cooled builds"; midpoint $154. */
export const LEASE_AVERAGE_USD_PER_KW_MONTH = (149 + 159) / 2;
const LEASE_ESCALATOR = 0.03;
const LEASE_TERM_YEARS = 10;
/** Straight-line staffing assumption: one full-time person per 2 MW of IT at a loaded $120,000 a year. */
const STAFF_FTE_PER_MW_IT = 0.5;
const STAFF_USD_PER_FTE_YEAR = 120_000;
/** GB200/GB300 NVL72: 72 GPUs in a 132 kW rack (REFERENCE §2). */
const GPUS_PER_MW_IT = 72 / 0.132;

export const ECONOMICS_FIELDS = {
  leaseUsdPerKwMonth: {
    label: 'Lease rate, year 1', unit: '$/kW-month of critical IT', min: 0, max: 1000, minExclusive: true,
    default: LEASE_AVERAGE_USD_PER_KW_MONTH / averageEscalationFactor(LEASE_ESCALATOR, LEASE_TERM_YEARS),
    source: 'derived: REFERENCE §10 average $149–159/kW-month (midpoint $154) ÷ 1.146, the 10-year average of a 3%/yr escalator ((1.03^10 − 1) ÷ (0.03 × 10)) = $134.3',
  },
  leaseEscalatorPct: { label: 'Lease escalator', unit: 'fraction a year, 0–0.2', min: 0, max: 0.2, default: LEASE_ESCALATOR, source: 'REFERENCE §10: TeraWulf Lake Mariner lease +3%/yr' },
  leaseTermYears: { label: 'Lease term', unit: 'years', min: 1, max: 30, integer: true, default: LEASE_TERM_YEARS, source: 'REFERENCE §10: TeraWulf and Cipher leases, 10 years' },
  leaseRampMonths: {
    label: 'Lease ramp', unit: 'months from first power to full billing', min: 1, max: 60, default: 1,
    source: 'assumed: REFERENCE has no ramp clause; 1 month bills delivered capacity from first power (the schedule already ramps delivery from energisation to full power)',
  },
  usdPerGpuHour: { label: 'GPU-hour price', unit: '$/GPU-hour', min: 0, max: 100, minExclusive: true, default: null, source: 'unknown: no public figure in REFERENCE (§10 calls GPU-cloud deals not comparable); enter the contract price' },
  gpusPerMwIt: { label: 'GPUs per MW of IT', unit: 'GPUs/MW', min: 1, max: 10000, default: GPUS_PER_MW_IT, source: 'derived: REFERENCE §2 GB200/GB300 NVL72, 72 GPUs per 132 kW rack = 545 GPUs/MW' },
  gpuUtilisationPct: { label: 'GPU hours sold', unit: 'fraction of hours, 0–1', min: 0, max: 1, minExclusive: true, default: null, source: 'unknown: enter the expected share of GPU hours sold' },
  gpuCapexUsdPerGpu: { label: 'GPU server capex', unit: '$/GPU, servers and network', min: 0, max: 1_000_000, default: null, source: 'unknown: REFERENCE §8 capex excludes GPUs; enter the quote' },
  gpuDepreciationYears: { label: 'GPU depreciation', unit: 'years', min: 1, max: 15, default: null, source: 'unknown: enter the accounting life of the servers' },
  operatingYears: { label: 'Operating period', unit: 'years from first power', min: 1, max: 30, integer: true, default: null, source: 'unknown: enter how long the GPUs are run' },
  powerUsdPerKwh: { label: 'Power price', unit: '$/kWh', min: 0, max: 10, default: 0.045, source: 'REFERENCE §10: sample site power at ~$0.045/kWh (typical $0.037–0.050)' },
  powerPassThroughPct: {
    label: 'Power passed through to the tenant', unit: 'fraction of the AI power cost, 0–1', min: 0, max: 1, default: 0,
    source: 'assumed: REFERENCE §10 quotes lease, PUE and power price together without saying the lease is net of power, so the landlord pays power out of the rent; set 1 for a lease that passes power through at cost',
  },
  staffUsdPerMwItYear: {
    label: 'Staff', unit: '$/MW of IT a year', min: 0, max: 1_000_000, default: STAFF_FTE_PER_MW_IT * STAFF_USD_PER_FTE_YEAR,
    source: 'assumed: no staffing figure in REFERENCE; 1 person per 2 MW of IT at a loaded $120,000 a year = $60,000/MW-year; enter the site plan',
  },
  maintenancePctOfCapexPerYear: { label: 'Maintenance', unit: 'fraction of capex a year, 0–0.2', min: 0, max: 0.2, default: 0.015, source: 'assumed: no figure in REFERENCE; 1.5% of capex a year, the middle of the 1–2% commonly budgeted for electrical and mechanical plant' },
  insurancePctOfCapexPerYear: { label: 'Insurance', unit: 'fraction of capex a year, 0–0.1', min: 0, max: 0.1, default: 0.003, source: 'assumed: no figure in REFERENCE; 0.3% of insured value a year; enter the broker quote' },
  propertyTaxPctOfCapexPerYear: { label: 'Property tax', unit: 'fraction of capex a year, 0–0.1', min: 0, max: 0.1, default: 0.01, source: 'assumed: no figure in REFERENCE; 1% of assessed value a year before abatements, which vary by county' },
  depreciationYears: { label: 'Depreciation', unit: 'years, straight line', min: 1, max: 50, default: 15, source: 'assumed: a blended life for electrical and mechanical plant, which is most of a conversion (critical capacity 53% of cost, REFERENCE §8); the shell lives longer' },
  taxRatePct: { label: 'Tax rate', unit: 'fraction of taxable income, 0–0.6', min: 0, max: 0.6, default: 0.21, source: 'assumed: US federal corporate rate 21%; state income tax not included' },
  debtSharePct: { label: 'Debt share of capex', unit: 'fraction, 0–0.95', min: 0, max: 0.95, default: 0.6, source: 'assumed: no leverage figure in REFERENCE; 60% of capex, a common gearing for a contracted asset' },
  sofrPct: { label: 'SOFR', unit: 'fraction a year, 0–0.2', min: 0, max: 0.2, default: 0.04, source: 'assumed: SOFR near 4% in 2025; enter the current rate or swap' },
  spreadPct: { label: 'Debt spread over SOFR', unit: 'fraction a year, 0–0.2', min: 0, max: 0.2, default: (0.0225 + 0.045) / 2, source: 'derived: REFERENCE §1 development debt at SOFR + 2.25–4.50%, midpoint 3.375%' },
  debtTenorYears: { label: 'Debt tenor', unit: 'years', min: 1, max: 30, integer: true, default: LEASE_TERM_YEARS, source: 'assumed: sized to the lease term (REFERENCE §10, 10 years), so rent repays the debt' },
  discountRatePct: { label: 'Discount rate', unit: 'fraction a year, 0–0.5', min: 0, max: 0.5, default: 0.1, source: 'assumed: no figure in REFERENCE; 10% a year as a hurdle for contracted data-center cash flows; enter your cost of capital' },
  miningEvPerEbitda: { label: 'Mining EV/EBITDA', unit: '× EBITDA', min: 0, max: 100, default: (6 + 12) / 2, source: 'derived: REFERENCE §1 miners trade at 6–12× EV/EBITDA, midpoint 9×' },
  dataCenterEvPerEbitda: { label: 'Data-center EV/EBITDA', unit: '× EBITDA', min: 0, max: 100, default: (20 + 25) / 2, source: 'derived: REFERENCE §1 large data-center operators trade at 20–25×, midpoint 22.5×' },
  fleetHashratePhPerS: {
    label: 'Mining fleet kept', unit: 'PH/s', min: 0, max: 10_000_000, default: null,
    source: 'derived when empty: the fleet that ran before (the phase\'s mining MW ÷ J/TH) stays and fills the headroom',
  },
  efficiencyJPerTh: { label: 'Fleet efficiency', unit: 'J/TH', min: 1, max: 200, default: 16, source: 'REFERENCE §2: S21 Hydro 335 TH/s at 16 J/TH' },
  hashpriceUsdPerPhDay: { label: 'Hashprice', unit: '$/PH/day', min: 0, max: 10000, default: 45, source: 'assumed: no hashprice in REFERENCE; the order of published 2025 hashprice (about $40–55/PH/day); it moves daily with the bitcoin price, difficulty and fees: enter today\'s' },
  poolFeePct: { label: 'Pool fee', unit: 'fraction of revenue, 0–0.1', min: 0, max: 0.1, default: 0.02, source: 'assumed: no figure in REFERENCE; pool fees of 1.5–2.5% are usual, 2% taken' },
  rampPctOfFleetPerHour: { label: 'Mining ramp rate', unit: 'fraction of the fleet per hour', min: 0, max: 1, minExclusive: true, default: 1, source: 'assumed: ASICs power down and up within minutes (they serve demand response), so the whole fleet can move within an hour; lower it where the utility or cooling limits steps' },
  minRunHours: { label: 'Mining minimum run time', unit: 'hours', min: 1, max: 168, integer: true, default: 1, source: 'assumed: ASICs restart in minutes, so no minimum beyond the hour' },
} as const satisfies Record<string, EconomicsField>;

export type EconomicsFieldKey = keyof typeof ECONOMICS_FIELDS;

/** The default of a field that has one; throws for a field the engineer must enter. */
export function defaultOf(key: EconomicsFieldKey): number {
  const value = ECONOMICS_FIELDS[key].default;
  if (value === null) throw new Error(`${ECONOMICS_FIELDS[key].label} has no default: ${ECONOMICS_FIELDS[key].source}`);
  return value;
}
