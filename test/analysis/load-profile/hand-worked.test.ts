// Hand-worked hourly loads.
//
// Training, 60 MW IT at 90%, a checkpoint every 3 h lasting 0.25 h at 60% depth (first at hour 3):
//   hours 3, 6, 9, ... average 0.9 × (1 − 0.6 × 0.25) = 0.765 of IT; other hours 0.9.
//   dips in the year: hours 3, 6, ..., 8757 → 2,919; mean = 0.9 − 0.9 × 0.6 × 0.25 × 2,919 / 8,760 = 0.855005…
// A checkpoint of 1.5 h every 5 h starting at hour 5: hour 5 full dip, hour 6 half a dip.
// Inference, trough 0.3, peak 0.9 at 15:00, weekends 70%, 1 January a Monday:
//   hour 15 (Mon) = 0.9; hour 3 (12 h from the peak) = 0.3; hour 9 = 0.3 + 0.6 × (1 + cos(−π/2)) / 2 = 0.6;
//   Saturday (day 5) 15:00 = 0.9 × 0.7 = 0.63.
// Mining into a demand-response event: limit 200 MW, AI flat 50 MW (IT 50, PUE 1), fleet 100 MW, ramp 25 MW/h,
// event hours 10–11 at 0 MW. The fleet must be at 0 by hour 10, so it ramps down from hour 7:
//   hours 0–6 100, 7 → 75, 8 → 50, 9 → 25, 10–11 → 0, 12 → 25, 13 → 50, 14 → 75, 15 on → 100.
//   curtailed for demand response: 2 h × 100 = 200 MWh; for the ramp: (75 + 50 + 25) × 2 = 300 MWh.
//   mining MWh = 100 × 8,760 − 500 = 875,500; largest site ramp 25 MW.
// Headroom: AI 150 MW (IT 120 × PUE 1.25) under a 180 MW substation limit (interconnect 200, site 250):
//   mining 30 MW every hour, 8,760 hours at the limit, load factor 1, limiting constraint 'substation'.
import { describe, expect, it } from 'vitest';
import { inferenceUtilisation, loadDurationCurve, simulateLoadProfile, trainingUtilisation } from '../../../shared/analysis/load-profile/index.ts';
import { mining, siteInputs, steadyTraining } from './fixtures.ts';

describe('training profile', () => {
  it('checkpoint dips lower the hour by their share of it', () => {
    const u = trainingUtilisation({ utilisationPct: 0.9, checkpointPeriodHours: 3, checkpointDurationHours: 0.25, checkpointDepthPct: 0.6, maintenance: [] });
    expect(u[0]).toBeCloseTo(0.9, 12);
    expect(u[3]).toBeCloseTo(0.765, 12);
    expect(u[4]).toBeCloseTo(0.9, 12);
    expect(u[8757]).toBeCloseTo(0.765, 12);
    const mean = u.reduce((a, b) => a + b, 0) / 8760;
    expect(mean).toBeCloseTo(0.9 - (0.9 * 0.6 * 0.25 * 2919) / 8760, 12);
  });

  it('a dip longer than an hour spans hours; maintenance sets the load', () => {
    const u = trainingUtilisation({ utilisationPct: 1, checkpointPeriodHours: 5, checkpointDurationHours: 1.5, checkpointDepthPct: 1, maintenance: [{ startHour: 112, hours: 3, loadPct: 0.2 }] });
    expect(u[5]).toBeCloseTo(0, 12);
    expect(u[6]).toBeCloseTo(0.5, 12);
    expect(u[7]).toBeCloseTo(1, 12);
    expect([u[111], u[112], u[113], u[114], u[117]]).toEqual([0.5, 0.2, 0.2, 0.2, 1]);
  });
});

describe('inference profile', () => {
  const u = inferenceUtilisation({ peakUtilisationPct: 0.9, troughUtilisationPct: 0.3, peakHourOfDay: 15, weekendPct: 0.7 }, 0);
  it('follows the day and the week', () => {
    expect(u[15]).toBeCloseTo(0.9, 12);
    expect(u[3]).toBeCloseTo(0.3, 12);
    expect(u[9]).toBeCloseTo(0.6, 12);
    expect(u[5 * 24 + 15]).toBeCloseTo(0.63, 12);
    expect(u[7 * 24 + 15]).toBeCloseTo(0.9, 12);
  });
});

describe('mining in the headroom', () => {
  it('ramps down ahead of a demand-response event and back up after it', () => {
    const r = simulateLoadProfile(siteInputs({ mining: mining({ rampMwPerHour: 25 }), demandResponse: [{ startHour: 10, hours: 2, miningMaxMw: 0 }] }));
    expect(Array.from(r.miningMw.subarray(5, 17))).toEqual([100, 100, 75, 50, 25, 0, 0, 25, 50, 75, 100, 100]);
    expect(r.totals.curtailedForDemandResponseMwh).toBeCloseTo(200, 9);
    expect(r.totals.curtailedForRampMwh).toBeCloseTo(300, 9);
    expect(r.totals.curtailedMwh).toBeCloseTo(500, 9);
    expect(r.totals.miningMwh).toBeCloseTo(875_500, 6);
    expect(r.totals.miningRevenueUsd).toBeCloseTo(87_550_000, 3);
    expect(r.totals.largestHourlyRampMw).toBeCloseTo(25, 9);
    expect(r.totals.miningStarts).toBe(2);
  });

  it('fills exactly the headroom under the least of the three limits', () => {
    const r = simulateLoadProfile(siteInputs({ pue: 1.25, halls: [steadyTraining(120)], limits: { interconnectMw: 200, substationMw: 180, siteElectricalMw: 250 } }));
    expect(r.limitMw).toBe(180);
    expect(r.limitingConstraint).toBe('substation');
    expect(r.miningMw.every((m) => Math.abs(m - 30) < 1e-9)).toBe(true);
    expect(r.totals.hoursAtLimit).toBe(8760);
    expect(r.totals.peakMw).toBeCloseTo(180, 9);
    expect(r.totals.peakPctOfLimit).toBeCloseTo(1, 12);
    expect(r.totals.loadFactorPct).toBeCloseTo(1, 12);
    expect(r.totals.aiMwh).toBeCloseTo(150 * 8760, 6);
  });

  it('switches off above its breakeven and prices its power by the hour', () => {
    const prices = new Array<number>(8760).fill(40);
    for (let h = 100; h < 110; h += 1) prices[h] = 250;
    const r = simulateLoadProfile(siteInputs({ prices: { kind: 'hourly', usdPerMwh: prices } }));
    expect(Array.from(r.miningMw.subarray(99, 111))).toEqual([100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100]);
    expect(r.totals.curtailedForPriceMwh).toBeCloseTo(1000, 9);
    // AI 50 MW all year, mining 100 MW for 8,750 h, at $40 except the ten $250 hours (AI only then).
    expect(r.totals.aiPowerCostUsd).toBeCloseTo(50 * 8750 * 40 + 50 * 10 * 250, 3);
    expect(r.totals.miningPowerCostUsd).toBeCloseTo(100 * 8750 * 40, 3);
  });

  it('does not start for a window shorter than its minimum run time', () => {
    const events = [{ startHour: 0, hours: 100, miningMaxMw: 0 }, { startHour: 102, hours: 100, miningMaxMw: 0 }];
    const r = simulateLoadProfile(siteInputs({ mining: mining({ minRunHours: 3 }), demandResponse: events }));
    expect(r.miningMw[100]).toBe(0);
    expect(r.miningMw[101]).toBe(0);
    expect(r.miningMw[202]).toBe(100);
    expect(r.totals.curtailedForRampMwh).toBeCloseTo(200, 9);
  });
});

describe('sums of the year', () => {
  const r = simulateLoadProfile(siteInputs({
    halls: [{ name: 'Inference', itMw: 80, profile: { kind: 'inference', peakUtilisationPct: 0.9, troughUtilisationPct: 0.3, peakHourOfDay: 15, weekendPct: 0.7 } }],
    mining: mining({ fleetMw: 150, rampMwPerHour: 10 }),
    prices: { kind: 'flat', usdPerMwh: 45 },
  }));

  it('the monthly table adds up to the year', () => {
    expect(r.monthly.map((m) => m.hours)).toEqual([744, 672, 744, 720, 744, 720, 744, 744, 720, 744, 720, 744]);
    const sum = (k: 'aiMwh' | 'miningMwh' | 'curtailedMwh' | 'miningRevenueUsd') => r.monthly.reduce((s, m) => s + m[k], 0);
    expect(sum('aiMwh')).toBeCloseTo(r.totals.aiMwh, 6);
    expect(sum('miningMwh')).toBeCloseTo(r.totals.miningMwh, 6);
    expect(sum('curtailedMwh')).toBeCloseTo(r.totals.curtailedMwh, 6);
    expect(sum('miningRevenueUsd')).toBeCloseTo(r.totals.miningRevenueUsd, 3);
    expect(r.monthly.reduce((s, m) => s + (m.powerCostUsd ?? 0), 0)).toBeCloseTo(r.totals.aiPowerCostUsd! + r.totals.miningPowerCostUsd!, 3);
    expect(Math.max(...r.monthly.map((m) => m.peakMw))).toBeCloseTo(r.totals.peakMw, 9);
  });

  it('the load-duration curve is the year sorted from the highest hour', () => {
    const ldc = loadDurationCurve(r.aiMw, r.miningMw);
    expect(ldc[0]).toBeCloseTo(r.totals.peakMw, 9);
    for (let i = 1; i < ldc.length; i += 1) expect(ldc[i]!).toBeLessThanOrEqual(ldc[i - 1]!);
    expect(ldc.reduce((a, b) => a + b, 0)).toBeCloseTo(r.totals.aiMwh + r.totals.miningMwh, 3);
  });

  it('site load factor is the average over the peak', () => {
    expect(r.totals.loadFactorPct).toBeCloseTo((r.totals.aiMwh + r.totals.miningMwh) / 8760 / r.totals.peakMw, 12);
  });
});
