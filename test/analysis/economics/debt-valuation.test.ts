// Debt, mining unit economics and the valuation bridge by hand.
//   Loan: $100 drawn in year 0 at 10%, repaid over 2 years from year 1.
//     year-0 interest 10% × 100/2 = 5 (drawn through the year).
//     annuity: 100 × 0.1 ÷ (1 − 1.1⁻²) = 57.6190; year 1 interest 10, principal 47.6190; year 2 interest 5.2381,
//     principal 52.3810. Straight line: principal 50 and 50, interest 10 and 5.
//   Mining at 16 J/TH, $45/PH/day, 2% pool fee: 1 PH/s draws 16 kW = 0.384 MWh a day → 45 × 0.98 ÷ 0.384 = $114.84/MWh.
//     245 MW at 16 J/TH = 245,000 kW ÷ 16 kW per PH/s = 15,312.5 PH/s.
//   Valuation: mining EBITDA $10M before, $4M after, data-center EBITDA $20M, multiples 9× and 22.5×, capex $200M:
//     before 90M; after 36M + 450M = 486M; re-rating 486 − 200 − 90 = $196M.
//     bridge 90 → −54 (mining given up) → +450 → −200 → 286 (= after less capex).
import { pmt } from 'financial';
import { describe, expect, it } from 'vitest';
import { annuityPayment, debtSchedule, defaultEconomicsInputs, fleetMwFromHashrate, hashrateFromFleetMw, miningRevenueUsdPerMwh, valuation } from '../../../shared/analysis/economics/index.ts';

describe('debt schedule', () => {
  it('annuity: level payments, interest on the opening balance', () => {
    const d = debtSchedule([100, 0, 0], { ratePct: 0.1, tenorYears: 2, repaymentStartYear: 1, amortisation: 'annuity' });
    const payment = (100 * 0.1) / (1 - 1.1 ** -2);
    expect(payment).toBeCloseTo(-pmt(0.1, 2, 100), 10);
    expect(d.interestUsd[0]).toBeCloseTo(5, 12);
    expect(d.interestUsd[1]).toBeCloseTo(10, 12);
    expect(d.principalUsd[1]).toBeCloseTo(payment - 10, 10);
    expect(d.interestUsd[2]! + d.principalUsd[2]!).toBeCloseTo(payment, 10);
    expect(d.balanceEndUsd[2]).toBeCloseTo(0, 10);
  });

  it('straight line: equal principal', () => {
    const d = debtSchedule([100, 0, 0], { ratePct: 0.1, tenorYears: 2, repaymentStartYear: 1, amortisation: 'straight-line' });
    expect(d.principalUsd).toEqual([0, 50, 50]);
    expect(d.interestUsd.map((x) => Number(x.toFixed(10)))).toEqual([5, 10, 5]);
  });

  it('annuity payment matches numpy-financial pmt at many rates and tenors', () => {
    for (const rate of [0, 0.01, 0.05, 0.07375, 0.2]) {
      for (const years of [1, 5, 10, 25]) expect(annuityPayment(1e8, rate, years)).toBeCloseTo(-pmt(rate, years, 1e8), 4);
    }
  });
});

describe('mining unit economics', () => {
  const m = defaultEconomicsInputs().mining;
  it('revenue per MWh from hashprice, pool fee and efficiency', () => {
    expect(miningRevenueUsdPerMwh(m)).toBeCloseTo((45 * 0.98) / 0.384, 10);
    expect(hashrateFromFleetMw(245, 16)).toBeCloseTo(15_312.5, 10);
    expect(fleetMwFromHashrate(15_312.5, 16)).toBeCloseTo(245, 10);
  });
});

describe('valuation bridge', () => {
  const v = valuation({ miningEbitdaBeforeUsd: 10e6, miningEbitdaAfterUsd: 4e6, dataCenterEbitdaUsd: 20e6, miningEvPerEbitda: 9, dataCenterEvPerEbitda: 22.5, capexUsd: 200e6 });
  it('before, after and the re-rating', () => {
    expect(v.valueBeforeUsd).toBe(90e6);
    expect(v.valueAfterUsd).toBe(486e6);
    expect(v.reratingUsd).toBe(196e6);
  });
  it('steps that add up', () => {
    expect(v.bridge.map((s) => s.usd)).toEqual([90e6, -54e6, 450e6, -200e6, 286e6]);
    const [before, givenUp, dc, capex, end] = v.bridge.map((s) => s.usd) as [number, number, number, number, number];
    expect(before + givenUp + dc + capex).toBe(end);
    expect(end - before).toBe(v.reratingUsd);
  });
});
