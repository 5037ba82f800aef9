import { debtSchedule } from './debt.ts';
import type { EconomicsInputs } from './inputs.ts';
import { operatingYear, type OperatingBasis, type OperatingYear } from './operations.ts';
import { taxWithLossCarryForward } from './tax.ts';
import { WEEKS_PER_QUARTER, WEEKS_PER_YEAR, type Timeline } from './timeline.ts';

// The phase's yearly cash-flow table. Weeks are summed into years; the columns obey, row by row:
//   revenue = data-center revenue + power recovered + mining revenue change
//   opex    = AI power + mining power change + staff + maintenance + insurance + property tax
//   EBITDA  = revenue − opex;  EBIT = EBITDA − depreciation
//   free cash flow (unlevered) = EBITDA − capex − tax on EBIT
//   levered free cash flow     = EBITDA − capex + debt drawn − interest − principal − tax on (EBIT − interest)
//   DSCR = (EBITDA − levered tax) ÷ (interest + principal), in the years principal is due.

export interface CashFlowYear {
  readonly year: number;
  readonly capexUsd: number;
  readonly dataCenterRevenueUsd: number;
  readonly powerRecoveredUsd: number;
  readonly miningRevenueChangeUsd: number;
  readonly revenueUsd: number;
  readonly aiPowerCostUsd: number;
  readonly miningPowerCostChangeUsd: number;
  readonly staffUsd: number;
  readonly maintenanceUsd: number;
  readonly insuranceUsd: number;
  readonly propertyTaxUsd: number;
  readonly opexUsd: number;
  readonly ebitdaUsd: number;
  /** EBITDA ÷ revenue; null in a year without revenue. */
  readonly ebitdaMarginPct: number | null;
  readonly depreciationUsd: number;
  readonly ebitUsd: number;
  readonly debtDrawnUsd: number;
  readonly interestUsd: number;
  readonly principalUsd: number;
  readonly debtServiceUsd: number;
  readonly debtBalanceEndUsd: number;
  readonly dscr: number | null;
  readonly taxUnleveredUsd: number;
  readonly taxLeveredUsd: number;
  readonly freeCashFlowUsd: number;
  readonly leveredFreeCashFlowUsd: number;
}

/** The additive columns of the table summed over the years (margins, DSCR and balances do not add). */
export type CashFlowTotals = Omit<CashFlowYear, 'year' | 'ebitdaMarginPct' | 'dscr' | 'debtBalanceEndUsd'>;

export function cashFlowTotals(rows: readonly CashFlowYear[]): CashFlowTotals {
  const totals: Record<string, number> = {};
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      if (key === 'year' || key === 'ebitdaMarginPct' || key === 'dscr' || key === 'debtBalanceEndUsd') continue;
      totals[key] = (totals[key] ?? 0) + (value as number);
    }
  }
  return totals as CashFlowTotals;
}

export interface CapexQuarter {
  /** 1-based: quarter 1 is weeks 0–12. */
  readonly quarter: number;
  readonly capexUsd: number;
}

type OperatingKey = keyof OperatingYear;
const OPERATING_KEYS: readonly OperatingKey[] = ['dataCenterRevenueUsd', 'powerRecoveredUsd', 'miningRevenueChangeUsd', 'aiPowerCostUsd', 'miningPowerCostChangeUsd', 'staffUsd', 'maintenanceUsd', 'insuranceUsd', 'propertyTaxUsd'];

function yearlyOperations(basis: OperatingBasis, t: Timeline): Record<OperatingKey, number>[] {
  const years = Array.from({ length: t.years }, () => Object.fromEntries(OPERATING_KEYS.map((k) => [k, 0])) as Record<OperatingKey, number>);
  for (let w = 0; w < t.weeks; w += 1) {
    if (!t.inService[w]) continue;
    const week = operatingYear(basis, { delivered: t.delivered[w]!, billed: t.billed[w]!, rateFactor: t.rateFactor[w]!, inService: true });
    const row = years[Math.floor(w / WEEKS_PER_YEAR)]!;
    for (const k of OPERATING_KEYS) row[k] += week[k] / WEEKS_PER_YEAR;
  }
  return years;
}

function byYear(weekly: Float64Array, years: number): number[] {
  const out = new Array<number>(years).fill(0);
  for (let w = 0; w < weekly.length; w += 1) out[Math.floor(w / WEEKS_PER_YEAR)]! += weekly[w]!;
  return out;
}

/** Straight-line depreciation by year of an amount placed in service at `fromWeek`. */
function depreciationByYear(usd: number, lifeYears: number, fromWeek: number, years: number): number[] {
  const out = new Array<number>(years).fill(0);
  const perWeek = usd / (lifeYears * WEEKS_PER_YEAR);
  const end = Math.min(fromWeek + lifeYears * WEEKS_PER_YEAR, years * WEEKS_PER_YEAR);
  for (let w = fromWeek; w < end; w += 1) out[Math.floor(w / WEEKS_PER_YEAR)]! += perWeek;
  return out;
}

export function capexByQuarter(t: Timeline): CapexQuarter[] {
  const quarters: CapexQuarter[] = [];
  for (let q = 0; q * WEEKS_PER_QUARTER < t.weeks; q += 1) {
    let usd = 0;
    for (let w = q * WEEKS_PER_QUARTER; w < Math.min((q + 1) * WEEKS_PER_QUARTER, t.weeks); w += 1) usd += t.facilityCapexUsd[w]! + t.gpuCapexUsd[w]!;
    quarters.push({ quarter: q + 1, capexUsd: usd });
  }
  return quarters;
}

export function cashFlowTable(economics: EconomicsInputs, basis: OperatingBasis, t: Timeline): CashFlowYear[] {
  const ops = yearlyOperations(basis, t);
  const facilityCapex = byYear(t.facilityCapexUsd, t.years);
  const gpuCapex = byYear(t.gpuCapexUsd, t.years);
  const capex = facilityCapex.map((usd, y) => usd + gpuCapex[y]!);
  const gpuTotal = gpuCapex.reduce((a, b) => a + b, 0);
  const facilityTotal = facilityCapex.reduce((a, b) => a + b, 0);
  const depreciation = depreciationByYear(facilityTotal, economics.tax.depreciationYears, t.energisationWeek, t.years);
  if (economics.revenue.kind === 'gpu-hours') {
    depreciationByYear(gpuTotal, economics.revenue.gpuDepreciationYears, t.energisationWeek, t.years).forEach((usd, y) => (depreciation[y]! += usd));
  }
  const fin = economics.financing;
  const debt = debtSchedule(
    capex.map((usd) => usd * fin.debtSharePct),
    { ratePct: fin.sofrPct + fin.spreadPct, tenorYears: fin.debtTenorYears, repaymentStartYear: t.repaymentStartYear, amortisation: fin.amortisation },
  );
  const revenue = ops.map((o) => o.dataCenterRevenueUsd + o.powerRecoveredUsd + o.miningRevenueChangeUsd);
  const opex = ops.map((o) => o.aiPowerCostUsd + o.miningPowerCostChangeUsd + o.staffUsd + o.maintenanceUsd + o.insuranceUsd + o.propertyTaxUsd);
  const ebitda = revenue.map((r, y) => r - opex[y]!);
  const ebit = ebitda.map((e, y) => e - depreciation[y]!);
  const taxUnlevered = taxWithLossCarryForward(ebit, economics.tax.taxRatePct);
  const taxLevered = taxWithLossCarryForward(ebit.map((e, y) => e - debt.interestUsd[y]!), economics.tax.taxRatePct);
  return ops.map((o, y) => {
    const debtService = debt.interestUsd[y]! + debt.principalUsd[y]!;
    return {
      year: y + 1,
      capexUsd: capex[y]!,
      ...o,
      revenueUsd: revenue[y]!,
      opexUsd: opex[y]!,
      ebitdaUsd: ebitda[y]!,
      ebitdaMarginPct: revenue[y]! > 0 ? ebitda[y]! / revenue[y]! : null,
      depreciationUsd: depreciation[y]!,
      ebitUsd: ebit[y]!,
      debtDrawnUsd: debt.drawnUsd[y]!,
      interestUsd: debt.interestUsd[y]!,
      principalUsd: debt.principalUsd[y]!,
      debtServiceUsd: debtService,
      debtBalanceEndUsd: debt.balanceEndUsd[y]!,
      dscr: debt.principalUsd[y]! > 0 ? (ebitda[y]! - taxLevered[y]!) / debtService : null,
      taxUnleveredUsd: taxUnlevered[y]!,
      taxLeveredUsd: taxLevered[y]!,
      freeCashFlowUsd: ebitda[y]! - capex[y]! - taxUnlevered[y]!,
      leveredFreeCashFlowUsd: ebitda[y]! - capex[y]! + debt.drawnUsd[y]! - debtService - taxLevered[y]!,
    };
  });
}
