import type { Amortisation } from './inputs.ts';

// The development loan by year: drawn with the capex (debt share × each year's spend), interest on the opening
// balance plus half the year's draws (drawn evenly through the year), and repaid over the tenor from the year after
// the last draw: level payments ('annuity') or equal principal ('straight-line'). Interest during construction is
// paid in cash, not capitalised.

export interface DebtSchedule {
  readonly drawnUsd: readonly number[];
  readonly interestUsd: readonly number[];
  readonly principalUsd: readonly number[];
  readonly balanceEndUsd: readonly number[];
}

export interface DebtTerms {
  readonly ratePct: number;
  readonly tenorYears: number;
  readonly repaymentStartYear: number;
  readonly amortisation: Amortisation;
}

/** Level yearly payment that repays `balance` over `years` at `rate`. */
export function annuityPayment(balance: number, rate: number, years: number): number {
  if (rate === 0) return balance / years;
  return (balance * rate) / (1 - Math.pow(1 + rate, -years));
}

export function debtSchedule(drawnUsd: readonly number[], terms: DebtTerms): DebtSchedule {
  const years = drawnUsd.length;
  const interestUsd: number[] = [];
  const principalUsd: number[] = [];
  const balanceEndUsd: number[] = [];
  const { ratePct: rate, tenorYears, repaymentStartYear: start } = terms;
  const lastYear = start + tenorYears - 1;
  let balance = 0;
  let payment = 0;
  let straightPrincipal = 0;
  for (let y = 0; y < years; y += 1) {
    const draws = drawnUsd[y]!;
    if (y === start) {
      payment = annuityPayment(balance, rate, tenorYears);
      straightPrincipal = balance / tenorYears;
    }
    const interest = y < start ? rate * (balance + draws / 2) : rate * balance;
    let principal = 0;
    if (y >= start && y <= lastYear) {
      principal = y === lastYear ? balance : terms.amortisation === 'annuity' ? payment - interest : straightPrincipal;
    }
    balance = balance + draws - principal;
    interestUsd.push(interest);
    principalUsd.push(principal);
    balanceEndUsd.push(balance);
  }
  return { drawnUsd, interestUsd, principalUsd, balanceEndUsd };
}
