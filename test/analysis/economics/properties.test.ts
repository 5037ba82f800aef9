// Over random phases within the inputs' limits: the table's rows obey their identities, its sums are the headline
// figures (capex, debt repaid, NPV of its free cash flow), an IRR that is reported zeroes the NPV, and the lease
// never bills more than a full year of delivered capacity at the year's escalated rate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePhaseEconomics, irrRate, npv, parsePhaseEconomicsCase, type PhaseEconomicsCase } from '../../../shared/analysis/economics/index.ts';
import { handCase } from './fixtures.ts';

const phaseCase: fc.Arbitrary<PhaseEconomicsCase> = fc
  .record({
    lease: fc.double({ min: 50, max: 250, noNaN: true }),
    escalator: fc.double({ min: 0, max: 0.05, noNaN: true }),
    term: fc.integer({ min: 1, max: 15 }),
    rampMonths: fc.double({ min: 1, max: 12, noNaN: true }),
    tenorShare: fc.double({ min: 0, max: 1, noNaN: true }),
    debtShare: fc.double({ min: 0, max: 0.9, noNaN: true }),
    amortisation: fc.constantFrom('annuity' as const, 'straight-line' as const),
    designStart: fc.integer({ min: 0, max: 20 }),
    build: fc.integer({ min: 0, max: 80 }),
    rampWeeks: fc.integer({ min: 0, max: 60 }),
    capexPerMw: fc.double({ min: 1e6, max: 15e6, noNaN: true }),
    itMw: fc.double({ min: 1, max: 60, noNaN: true }),
    pue: fc.double({ min: 1.05, max: 1.5, noNaN: true }),
    price: fc.double({ min: 0, max: 0.15, noNaN: true }),
    miningBefore: fc.double({ min: 0, max: 100, noNaN: true }),
  })
  .map((p) => {
    const base = handCase();
    const energisation = p.designStart + p.build;
    return {
      economics: {
        ...base.economics,
        revenue: { kind: 'lease' as const, leaseUsdPerKwMonth: p.lease, leaseEscalatorPct: p.escalator, leaseTermYears: p.term, leaseRampMonths: p.rampMonths },
        power: { kind: 'flat' as const, usdPerKwh: p.price },
        financing: { ...base.economics.financing, debtSharePct: p.debtShare, debtTenorYears: Math.max(1, Math.round(p.tenorShare * p.term)), amortisation: p.amortisation },
      },
      phase: {
        capexUsd: p.capexPerMw * p.itMw,
        schedule: { designStartWeek: p.designStart, energisationWeek: energisation, fullPowerWeek: energisation + p.rampWeeks },
        itMw: p.itMw,
        pue: p.pue,
        miningMwBefore: p.miningBefore,
      },
      site: { ...base.site, limits: { interconnectMw: 200, substationMw: 200, siteElectricalMw: 200 }, halls: [{ ...base.site.halls[0]!, itMw: p.itMw }] },
    };
  });

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('economics invariants', () => {
  it('hold over random phases', () => {
    fc.assert(
      fc.property(phaseCase, (c) => {
        expect(parsePhaseEconomicsCase(c).ok).toBe(true);
        const r = analysePhaseEconomics(c, { sensitivity: [] });
        const rows = r.cashFlows;
        for (const y of rows) {
          expect(near(y.ebitdaUsd, y.revenueUsd - y.opexUsd)).toBe(true);
          expect(near(y.freeCashFlowUsd, y.ebitdaUsd - y.capexUsd - y.taxUnleveredUsd)).toBe(true);
          expect(y.taxUnleveredUsd).toBeGreaterThanOrEqual(0);
          expect(y.debtBalanceEndUsd).toBeGreaterThanOrEqual(-1e-3);
          // Table year y holds lease years up to y − 1 (counted from 0), so its rate is at most (1 + e)^(y − 1).
          const lease = c.economics.revenue as { leaseUsdPerKwMonth: number; leaseEscalatorPct: number };
          const maxRevenue = c.phase.itMw * 1000 * lease.leaseUsdPerKwMonth * 12 * (1 + lease.leaseEscalatorPct) ** (y.year - 1);
          expect(y.dataCenterRevenueUsd).toBeLessThanOrEqual(maxRevenue + 1e-6);
        }
        expect(near(r.summary.capexUsd, c.phase.capexUsd)).toBe(true);
        expect(near(r.cashFlowTotals.principalUsd, r.cashFlowTotals.debtDrawnUsd)).toBe(true);
        expect(near(rows.at(-1)!.debtBalanceEndUsd, 0)).toBe(true);
        const flows = rows.map((y) => y.freeCashFlowUsd);
        expect(near(r.summary.npvUsd, npv(c.economics.discountRatePct, flows))).toBe(true);
        const rate = irrRate(r.summary.irrUnlevered);
        if (rate !== null) expect(Math.abs(npv(rate, flows))).toBeLessThan(1e-4 * c.phase.capexUsd);
      }),
      { numRuns: 80 },
    );
  });
});
