import { describe, expect, it } from 'vitest';
import { defaultEconomicsInputs, parseEconomicsInputs, parsePhaseEconomicsCase, parsePhaseInputs, type EconomicsInputs } from '../../../shared/analysis/economics/index.ts';
import { handCase } from './fixtures.ts';

type Parsed = { ok: true } | { ok: false; issues: { path: (string | number)[]; message: string }[] };
function refusals(r: Parsed): { path: string; message: string }[] {
  if (r.ok) throw new Error('expected a refusal');
  return r.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}
const economics = (over: (e: EconomicsInputs) => unknown) => refusals(parseEconomicsInputs(over(defaultEconomicsInputs())));

describe('economics inputs refused in the engineer\'s words', () => {
  it('the defaults parse', () => {
    expect(parseEconomicsInputs(defaultEconomicsInputs()).ok).toBe(true);
    expect(parsePhaseEconomicsCase(handCase()).ok).toBe(true);
  });

  it('a 10-year debt tenor on a 5-year lease', () => {
    const r = economics((e) => ({ ...e, revenue: { ...e.revenue, leaseTermYears: 5 }, financing: { ...e.financing, debtTenorYears: 10 } }));
    expect(r).toEqual([{ path: 'financing.debtTenorYears', message: 'Debt tenor (years) must not be longer than the lease term (5 years): the debt is repaid from the contracted revenue; got 10' }]);
  });

  it('negative prices', () => {
    expect(economics((e) => ({ ...e, power: { kind: 'flat', usdPerKwh: -0.04 } }))).toEqual([{ path: 'power.usdPerKwh', message: 'Power price ($/kWh) must be between 0 and 10; got -0.04' }]);
    expect(economics((e) => ({ ...e, revenue: { ...e.revenue, leaseUsdPerKwMonth: -150 } }))[0]!.message).toBe('Lease rate, year 1 ($/kW-month of critical IT) must be more than 0 and at most 1,000; got -150');
    expect(economics((e) => ({ ...e, mining: { ...e.mining, hashpriceUsdPerPhDay: -1 } }))[0]!.message).toContain('Hashprice ($/PH/day) must be between 0 and 10,000');
  });

  it('a ramp of zero, for the lease and for mining', () => {
    expect(economics((e) => ({ ...e, revenue: { ...e.revenue, leaseRampMonths: 0 } }))[0]!.message).toBe('Lease ramp (months from first power to full billing) must be between 1 and 60; got 0');
    expect(economics((e) => ({ ...e, mining: { ...e.mining, rampPctOfFleetPerHour: 0 } }))[0]!.message).toBe('Mining ramp rate (fraction of the fleet per hour) must be more than 0 and at most 1; got 0');
  });

  it('an hourly price series that is not a year', () => {
    expect(economics((e) => ({ ...e, power: { kind: 'hourly', usdPerMwhByHour: [] } }))[0]!.message).toBe('Hourly power price must have 8,760 hourly values in $/MWh; it has 0');
  });

  it('a percentage written as 21 instead of 0.21, and a missing field', () => {
    expect(economics((e) => ({ ...e, tax: { ...e.tax, taxRatePct: 21 } }))[0]!.message).toBe('Tax rate (fraction of taxable income, 0–0.6) must be between 0 and 0.6; got 21');
    expect(economics((e) => ({ ...e, discountRatePct: undefined }))[0]!.message).toBe('Discount rate (fraction a year, 0–0.5) is required');
  });

  it('self-operated GPU hours need the figures that have no public default', () => {
    const r = economics((e) => ({ ...e, revenue: { kind: 'gpu-hours', gpusPerMwIt: 545 } }));
    expect(r.map((i) => i.message)).toContain('GPU-hour price ($/GPU-hour) is required');
    expect(r.map((i) => i.message)).toContain('GPU server capex ($/GPU, servers and network) is required');
  });
});

describe('phase inputs', () => {
  const phase = handCase().phase;
  it('a schedule out of order', () => {
    const r = refusals(parsePhaseInputs({ ...phase, schedule: { designStartWeek: 10, energisationWeek: 60, fullPowerWeek: 40 } }));
    expect(r).toEqual([{ path: 'schedule.fullPowerWeek', message: 'Full power (week from the start of year 1) (40) must not come before energisation (week 60)' }]);
  });
  it('capex by quarter that does not add up', () => {
    expect(refusals(parsePhaseInputs({ ...phase, capexByQuarterUsd: [10e6, 10e6] }))[0]!.message).toBe('Capex by quarter must add up to the phase capex ($50,000,000); it adds up to $20,000,000');
  });
  it('halls that do not add up to the phase, and an AI load above the firm limit', () => {
    const c = handCase();
    expect(refusals(parsePhaseEconomicsCase({ ...c, phase: { ...c.phase, itMw: 12 } }))[0]!.message).toBe("The halls' IT load (10 MW) must equal the phase IT load (12 MW)");
    const tight = { ...c, site: { ...c.site, limits: { interconnectMw: 100, substationMw: 11, siteElectricalMw: 100 } } };
    expect(refusals(parsePhaseEconomicsCase(tight))[0]!.message).toContain('AI load at full power (12 MW = IT MW × PUE 1.2) exceeds the firm limit of 11 MW');
  });
  it('a mining fleet larger than the firm limit, on the field it was entered in', () => {
    const c = handCase();
    expect(refusals(parsePhaseEconomicsCase({ ...c, phase: { ...c.phase, miningMwBefore: 150 } }))).toEqual([
      { path: 'phase.miningMwBefore', message: 'Mining load before the phase (MW) (150) must not exceed the firm limit of 100 MW' },
    ]);
    const kept = { ...c, economics: { ...c.economics, mining: { ...c.economics.mining, fleetHashratePhPerS: 10_000 } } };
    expect(refusals(parsePhaseEconomicsCase(kept))).toEqual([
      { path: 'economics.mining.fleetHashratePhPerS', message: 'Mining fleet kept (PH/s) draws 160 MW at its efficiency, more than the firm limit of 100 MW' },
    ]);
  });
});

describe('choices', () => {
  it('an unknown revenue or AI profile kind says what is accepted', () => {
    expect(economics((e) => ({ ...e, revenue: { kind: 'rent' } }))[0]!.message).toBe("Revenue must be a lease (kind 'lease') or self-operated GPU hours (kind 'gpu-hours')");
    const c = handCase();
    const r = refusals(parsePhaseEconomicsCase({ ...c, site: { ...c.site, halls: [{ ...c.site.halls[0]!, profile: { kind: 'crypto' } }] } }));
    expect(r[0]!.message).toBe("AI profile must be 'training', 'inference' or 'mix'");
  });
});
