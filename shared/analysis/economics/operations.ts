import type { LoadProfileTotals } from '../load-profile/simulate.ts';
import type { EconomicsInputs, PhaseInputs } from './inputs.ts';

// A year's operating figures of the phase in one state of delivery, incremental to the site as it was: the
// data center's revenue and costs, and the change in the site's mining (after the phase − before it). Both the
// weekly cash flows (state of each week ÷ 52) and the stabilised year (everything delivered, lease year 1) come
// from this one function.

export interface OperatingYear {
  readonly dataCenterRevenueUsd: number;
  readonly powerRecoveredUsd: number;
  readonly miningRevenueChangeUsd: number;
  readonly aiPowerCostUsd: number;
  readonly miningPowerCostChangeUsd: number;
  readonly staffUsd: number;
  readonly maintenanceUsd: number;
  readonly insuranceUsd: number;
  readonly propertyTaxUsd: number;
}

export interface OperatingState {
  /** Share of the phase's IT capacity energised (0–1). */
  readonly delivered: number;
  /** Share the tenant pays for (0–1). */
  readonly billed: number;
  /** Lease escalation: (1 + escalator)^(lease year − 1). */
  readonly rateFactor: number;
  readonly inService: boolean;
}

export interface OperatingBasis {
  readonly economics: EconomicsInputs;
  readonly phase: PhaseInputs;
  /** The lease rate (or GPU-hour price) multiplier of a sensitivity case; 1 otherwise. */
  readonly revenueFactor: number;
  readonly facilityCapexUsd: number;
  /** Full-power year with the phase, and the site's year before it. */
  readonly after: LoadProfileTotals;
  readonly before: LoadProfileTotals;
}

const HOURS_PER_YEAR = 8760;
const KW_PER_MW = 1000;
const cost = (usd: number | null): number => usd ?? 0;

export function operatingYear(basis: OperatingBasis, state: OperatingState): OperatingYear {
  const { economics: e, phase } = basis;
  if (!state.inService) {
    return { dataCenterRevenueUsd: 0, powerRecoveredUsd: 0, miningRevenueChangeUsd: 0, aiPowerCostUsd: 0, miningPowerCostChangeUsd: 0, staffUsd: 0, maintenanceUsd: 0, insuranceUsd: 0, propertyTaxUsd: 0 };
  }
  const r = e.revenue;
  const dataCenterRevenueUsd =
    r.kind === 'lease'
      ? phase.itMw * KW_PER_MW * r.leaseUsdPerKwMonth * basis.revenueFactor * state.rateFactor * 12 * state.billed
      : phase.itMw * state.delivered * r.gpusPerMwIt * r.gpuUtilisationPct * r.usdPerGpuHour * basis.revenueFactor * HOURS_PER_YEAR;
  const aiPowerCostUsd = state.delivered * cost(basis.after.aiPowerCostUsd);
  // While halls are still being energised the site sits between its two states, in proportion to delivery.
  const miningRevenueChangeUsd = state.delivered * (basis.after.miningRevenueUsd - basis.before.miningRevenueUsd);
  const miningPowerCostChangeUsd = state.delivered * (cost(basis.after.miningPowerCostUsd) - cost(basis.before.miningPowerCostUsd));
  return {
    dataCenterRevenueUsd,
    powerRecoveredUsd: r.kind === 'lease' ? e.powerPassThroughPct * aiPowerCostUsd : 0,
    miningRevenueChangeUsd,
    aiPowerCostUsd,
    miningPowerCostChangeUsd,
    staffUsd: e.opex.staffUsdPerMwItYear * phase.itMw,
    maintenanceUsd: e.opex.maintenancePctOfCapexPerYear * basis.facilityCapexUsd,
    insuranceUsd: e.opex.insurancePctOfCapexPerYear * basis.facilityCapexUsd,
    propertyTaxUsd: e.opex.propertyTaxPctOfCapexPerYear * basis.facilityCapexUsd,
  };
}

export const revenueOf = (y: OperatingYear): number => y.dataCenterRevenueUsd + y.powerRecoveredUsd + y.miningRevenueChangeUsd;
export const opexOf = (y: OperatingYear): number =>
  y.aiPowerCostUsd + y.miningPowerCostChangeUsd + y.staffUsd + y.maintenanceUsd + y.insuranceUsd + y.propertyTaxUsd;
export const ebitdaOf = (y: OperatingYear): number => revenueOf(y) - opexOf(y);
/** The data center's own EBITDA, without the change in mining. */
export const dataCenterEbitdaOf = (y: OperatingYear): number => ebitdaOf(y) - y.miningRevenueChangeUsd + y.miningPowerCostChangeUsd;
