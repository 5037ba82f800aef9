// Invariants of the hybrid load over random sites: every hour AI + mining ≤ the firm limit, mining ≥ 0, each hour's
// change in mining within its ramp, every run of mining at least its minimum run time (unless the year ends), and the
// series summing to the totals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aiFullPowerMw, firmLimitMw, simulateLoadProfile, type AiProfile, type LoadProfileInputs } from '../../../shared/analysis/load-profile/index.ts';

const EPS = 1e-7;
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

const training = fc.record({
  utilisationPct: fraction,
  checkpointPeriodHours: fc.double({ min: 0.5, max: 48, noNaN: true }),
  checkpointDurationFraction: fraction,
  checkpointDepthPct: fraction,
  maintenance: fc.array(fc.record({ startHour: fc.integer({ min: 0, max: 8000 }), hours: fc.integer({ min: 1, max: 700 }), loadPct: fraction }), { maxLength: 3 }),
}).map(({ checkpointDurationFraction, ...t }) => ({ ...t, checkpointDurationHours: Math.min(24, t.checkpointPeriodHours * checkpointDurationFraction) }));

const inference = fc.tuple(fraction, fraction, fc.integer({ min: 0, max: 23 }), fraction).map(([a, b, peakHourOfDay, weekendPct]) => ({
  peakUtilisationPct: Math.max(a, b),
  troughUtilisationPct: Math.min(a, b),
  peakHourOfDay,
  weekendPct,
}));

const profile: fc.Arbitrary<AiProfile> = fc.oneof(
  training.map((t) => ({ kind: 'training' as const, ...t })),
  inference.map((i) => ({ kind: 'inference' as const, ...i })),
  fc.tuple(fraction, training, inference).map(([trainingSharePct, t, i]) => ({ kind: 'mix' as const, trainingSharePct, training: t, inference: i })),
);

const site: fc.Arbitrary<LoadProfileInputs> = fc
  .record({
    pue: fc.double({ min: 1, max: 1.6, noNaN: true }),
    halls: fc.array(fc.record({ name: fc.constant('hall'), itMw: fc.double({ min: 1, max: 80, noNaN: true }), profile }), { minLength: 0, maxLength: 3 }),
    spare: fc.tuple(fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true })),
    mining: fc.option(
      fc.record({
        fleetMw: fc.double({ min: 0, max: 250, noNaN: true }),
        rampMwPerHour: fc.double({ min: 0.5, max: 300, noNaN: true }),
        minRunHours: fc.integer({ min: 1, max: 12 }),
        revenueUsdPerMwh: fc.double({ min: 0, max: 200, noNaN: true }),
        breakevenUsdPerMwh: fc.double({ min: 0, max: 200, noNaN: true }),
      }),
      { nil: null },
    ),
    prices: fc.option(fc.integer({ min: 1, max: 2 ** 31 - 1 }), { nil: null }),
    demandResponse: fc.array(fc.record({ startHour: fc.integer({ min: 0, max: 8000 }), hours: fc.integer({ min: 1, max: 500 }), miningMaxMw: fc.double({ min: 0, max: 100, noNaN: true }) }), { maxLength: 4 }),
    yearStartsOnWeekday: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ spare, prices, ...s }) => {
    const aiMw = aiFullPowerMw(s);
    // The limits sit at or above the AI load at full power (a plan above it is refused), with the fleet capped to fit.
    const limits = { interconnectMw: aiMw + spare[0] + 1, substationMw: aiMw + spare[1] + 1, siteElectricalMw: aiMw + spare[2] + 1 };
    const limit = firmLimitMw(limits);
    return {
      ...s,
      limits,
      mining: s.mining && { ...s.mining, fleetMw: Math.min(s.mining.fleetMw, limit) },
      prices: prices === null ? null : { kind: 'hourly' as const, usdPerMwh: seededPrices(prices) },
    };
  });

/** Deterministic prices from a seed (a small linear congruential generator), $0–250/MWh with some negative hours. */
function seededPrices(seed: number): number[] {
  let x = seed;
  return Array.from({ length: 8760 }, () => {
    x = (x * 48271) % 2147483647;
    return (x / 2147483647) * 270 - 20;
  });
}

describe('hybrid load invariants', () => {
  it('holds at every hour of random sites', () => {
    fc.assert(
      fc.property(site, (inputs) => {
        const r = simulateLoadProfile(inputs);
        const ramp = inputs.mining?.rampMwPerHour ?? 0;
        const minRun = inputs.mining?.minRunHours ?? 1;
        let ai = 0, mining = 0, curtailed = 0, runStart = -1;
        // Plain checks per hour (an expect per hour would dominate the run); the first broken hour is reported.
        const broken = (h: number, what: string) => { throw new Error(`hour ${h}: ${what}`); };
        for (let h = 0; h < 8760; h += 1) {
          const m = r.miningMw[h]!;
          if (r.aiMw[h]! + m > r.limitMw + EPS) broken(h, `AI ${r.aiMw[h]} + mining ${m} above the limit ${r.limitMw}`);
          if (!(m >= 0)) broken(h, `mining ${m} below zero`);
          if (r.curtailedMw[h]! < -EPS) broken(h, `curtailed ${r.curtailedMw[h]} below zero`);
          if (h > 0 && Math.abs(m - r.miningMw[h - 1]!) > ramp + EPS) broken(h, `mining moved ${m - r.miningMw[h - 1]!} MW, ramp ${ramp}`);
          const on = m > 1e-9;
          const wasOn = h > 0 && r.miningMw[h - 1]! > 1e-9;
          if (on && !wasOn) runStart = h;
          if (!on && wasOn && runStart > 0 && h - runStart < minRun) broken(h, `ran ${h - runStart} h, minimum ${minRun}`);
          ai += r.aiMw[h]!;
          mining += m;
          curtailed += r.curtailedMw[h]!;
        }
        const t = r.totals;
        expect(t.aiMwh).toBeCloseTo(ai, 6);
        expect(t.miningMwh).toBeCloseTo(mining, 6);
        expect(t.curtailedMwh).toBeCloseTo(curtailed, 6);
        expect(t.curtailedForDemandResponseMwh + t.curtailedForPriceMwh + t.curtailedForRampMwh).toBeCloseTo(t.curtailedMwh, 6);
        expect(t.peakMw).toBeLessThanOrEqual(r.limitMw + EPS);
        expect(t.miningRevenueUsd).toBeCloseTo(mining * (inputs.mining?.revenueUsdPerMwh ?? 0), 3);
      }),
      { numRuns: 60 },
    );
  });

  it('never runs mining in an hour priced above its breakeven or above a demand-response cap', () => {
    fc.assert(
      fc.property(site, (inputs) => {
        const r = simulateLoadProfile(inputs);
        if (!inputs.mining) return;
        for (let h = 0; h < 8760; h += 1) {
          const m = r.miningMw[h]!;
          if (r.priceUsdPerMwh && r.priceUsdPerMwh[h]! > inputs.mining.breakevenUsdPerMwh && m !== 0) throw new Error(`hour ${h}: mining ${m} MW above breakeven`);
          for (const e of inputs.demandResponse) {
            if (h >= e.startHour && h < e.startHour + e.hours && m > e.miningMaxMw + EPS) throw new Error(`hour ${h}: mining ${m} MW above the event cap ${e.miningMaxMw}`);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('fills the whole headroom when nothing stops it (steady AI, no events, no prices)', () => {
    const steady = fc.record({
      itMw: fc.double({ min: 1, max: 100, noNaN: true }),
      utilisationPct: fraction,
      spareMw: fc.double({ min: 0, max: 300, noNaN: true }),
      fleetMw: fc.double({ min: 0, max: 300, noNaN: true }),
      rampMwPerHour: fc.double({ min: 0.5, max: 300, noNaN: true }),
      minRunHours: fc.integer({ min: 1, max: 24 }),
    });
    fc.assert(
      fc.property(steady, (s) => {
        const limit = s.itMw + s.spareMw + 1;
        const fleetMw = Math.min(s.fleetMw, limit);
        const r = simulateLoadProfile({
          pue: 1,
          halls: [{ name: 'hall', itMw: s.itMw, profile: { kind: 'training', utilisationPct: s.utilisationPct, checkpointPeriodHours: 24, checkpointDurationHours: 0, checkpointDepthPct: 0, maintenance: [] } }],
          limits: { interconnectMw: limit, substationMw: limit, siteElectricalMw: limit },
          mining: { fleetMw, rampMwPerHour: s.rampMwPerHour, minRunHours: s.minRunHours, revenueUsdPerMwh: 100, breakevenUsdPerMwh: 100 },
          prices: null,
          demandResponse: [],
          yearStartsOnWeekday: 0,
        });
        const expected = Math.min(fleetMw, limit - s.itMw * s.utilisationPct);
        expect(r.totals.miningMwh).toBeCloseTo(expected * 8760, 4);
        expect(r.totals.curtailedMwh).toBeCloseTo(0, 4);
      }),
      { numRuns: 50 },
    );
  });
});
