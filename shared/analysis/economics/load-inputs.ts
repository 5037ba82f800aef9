import type { HourlyPrices, LoadProfileInputs } from '../load-profile/inputs.ts';
import type { EconomicsInputs, PhaseEconomicsCase } from './inputs.ts';
import { fleetMwAfter, miningRevenueUsdPerMwh } from './mining.ts';

// The two years of hourly load the economics compares: the site before the phase (its mining fleet alone) and after
// (the phase's AI halls with the kept fleet in the headroom), both at the economics' power price.

export interface LoadVariant {
  readonly pue: number;
  /** Multiplies every hour's power price (the tornado's power-price swing). */
  readonly priceFactor: number;
}

export function hourlyPrices(power: EconomicsInputs['power'], priceFactor: number): HourlyPrices {
  if (power.kind === 'flat') return { kind: 'flat', usdPerMwh: power.usdPerKwh * 1000 * priceFactor };
  return { kind: 'hourly', usdPerMwh: power.usdPerMwhByHour.map((p) => p * priceFactor) };
}

function miningDispatch(c: PhaseEconomicsCase, fleetMw: number): LoadProfileInputs['mining'] {
  if (fleetMw <= 0) return null;
  const m = c.economics.mining;
  const revenue = miningRevenueUsdPerMwh(m);
  return { fleetMw, rampMwPerHour: fleetMw * m.rampPctOfFleetPerHour, minRunHours: m.minRunHours, revenueUsdPerMwh: revenue, breakevenUsdPerMwh: revenue };
}

export function loadInputs(c: PhaseEconomicsCase, which: 'before' | 'after', variant: LoadVariant): LoadProfileInputs {
  const fleetMw = which === 'before' ? c.phase.miningMwBefore : fleetMwAfter(c.economics.mining, c.phase.miningMwBefore);
  return {
    pue: variant.pue,
    halls: which === 'before' ? [] : c.site.halls,
    limits: c.site.limits,
    mining: miningDispatch(c, fleetMw),
    prices: hourlyPrices(c.economics.power, variant.priceFactor),
    demandResponse: c.site.demandResponse,
    yearStartsOnWeekday: c.site.yearStartsOnWeekday,
  };
}
