// The hybrid load feeding the economics, by hand (fixtures.ts handCase with mining):
//   100 MW firm limit; 95 MW of mining before; the phase adds 12 MW of AI (10 MW IT × PUE 1.2, flat out), so the
//   kept fleet (the same 95 MW) fits only in 100 − 12 = 88 MW: 7 MW of mining is given up every hour.
//   Mining earns $45/PH/day × 0.98 ÷ (0.024 × 16 J/TH) = $114.84/MWh; power $50/MWh.
//   Change a full year: revenue −7 × 8,760 × 114.84 = −$7,042,219; power −7 × 8,760 × 50 = −$3,066,000;
//   EBITDA −$3,976,219. Valuation: mining EBITDA before 95 × 8,760 × 64.84 = $53.96M, after 88 × 8,760 × 64.84.
// With an hourly price above the breakeven in hours 0–99, mining stops then, before and after alike.
import { describe, expect, it } from 'vitest';
import { analysePhaseEconomics, parsePhaseEconomicsCase } from '../../../shared/analysis/economics/index.ts';
import { handCase } from './fixtures.ts';

const revenuePerMwh = (45 * 0.98) / (0.024 * 16);

describe('mining given up to the phase', () => {
  const c = handCase({ phase: { miningMwBefore: 95 } });
  const r = analysePhaseEconomics(c, { sensitivity: [] });

  it('parses, and the fleet fills only the headroom', () => {
    expect(parsePhaseEconomicsCase(c).ok).toBe(true);
    expect(r.loadBefore.totals.miningMwh).toBeCloseTo(95 * 8760, 6);
    expect(r.loadAfter.totals.miningMwh).toBeCloseTo(88 * 8760, 6);
    expect(r.loadAfter.totals.hoursAtLimit).toBe(8760);
  });

  it('the stabilised year and a full table year carry the change', () => {
    expect(r.stabilisedYear.miningRevenueChangeUsd).toBeCloseTo(-7 * 8760 * revenuePerMwh, 3);
    expect(r.stabilisedYear.miningPowerCostChangeUsd).toBeCloseTo(-7 * 8760 * 50, 3);
    expect(r.stabilisedYear.ebitdaUsd - r.stabilisedYear.dataCenterEbitdaUsd).toBeCloseTo(-7 * 8760 * (revenuePerMwh - 50), 3);
    expect(r.cashFlows[2]!.miningRevenueChangeUsd).toBeCloseTo(-7 * 8760 * revenuePerMwh, 3);
    expect(r.cashFlows[0]!.miningRevenueChangeUsd).toBe(0);
  });

  it('the valuation gives up the mining value of the displaced 7 MW', () => {
    const margin = 8760 * (revenuePerMwh - 50);
    expect(r.valuation.miningEbitdaBeforeUsd).toBeCloseTo(95 * margin, 3);
    expect(r.valuation.miningEbitdaAfterUsd).toBeCloseTo(88 * margin, 3);
    expect(r.valuation.bridge[1]!.usd).toBeCloseTo(-7 * margin * 9, 2);
  });
});

describe('an hourly price series', () => {
  const prices = new Array<number>(8760).fill(50);
  for (let h = 0; h < 100; h += 1) prices[h] = 500;
  const base = handCase({ phase: { miningMwBefore: 95 } });
  const c = { ...base, economics: { ...base.economics, power: { kind: 'hourly' as const, usdPerMwhByHour: prices } } };
  const r = analysePhaseEconomics(c, { sensitivity: [] });

  it('switches mining off above its breakeven and prices the AI load by the hour', () => {
    expect(parsePhaseEconomicsCase(c).ok).toBe(true);
    expect(r.loadBefore.totals.curtailedForPriceMwh).toBeCloseTo(95 * 100, 6);
    expect(r.stabilisedYear.aiPowerCostUsd).toBeCloseTo(12 * (100 * 500 + 8660 * 50), 3);
    expect(r.stabilisedYear.miningRevenueChangeUsd).toBeCloseTo(-7 * 8660 * revenuePerMwh, 3);
  });
});
