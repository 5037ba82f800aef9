// Mining fills what the AI load leaves under the firm limit, hour by hour, within its ramp rate and minimum run time.
//
// capMw[h] is the most mining may draw in hour h (fleet, headroom, demand response, price switch-off). The AI
// schedule and the price series are known ahead (a training plan, a day-ahead market), so the fleet ramps down
// *before* the AI load returns rather than breaching the limit: a backward pass lowers each hour's ceiling to what
// the next hour's ceiling can be reached from (U[h] = min(cap[h], U[h+1] + ramp)). A forward pass then climbs toward
// that ceiling at the ramp rate. Both passes keep every hour within its cap and every change within the ramp:
// going down, U[h] ≥ U[h-1] - ramp ≥ m[h-1] - ramp; going up, m[h] ≤ m[h-1] + ramp.
// The fleet starts only where its ceiling stays above zero for the minimum run time, so once on it never has to
// stop early.

const ON_MW = 1e-9;

export interface MiningDispatchResult {
  readonly miningMw: Float64Array;
  readonly starts: number;
  readonly onHours: number;
}

export function dispatchMining(capMw: Float64Array, rampMwPerHour: number, minRunHours: number): MiningDispatchResult {
  const n = capMw.length;
  const ceiling = new Float64Array(n);
  const runAhead = new Int32Array(n + 1);
  for (let h = n - 1; h >= 0; h -= 1) {
    const next = h + 1 < n ? ceiling[h + 1]! + rampMwPerHour : Number.POSITIVE_INFINITY;
    ceiling[h] = Math.max(0, Math.min(capMw[h]!, next));
    runAhead[h] = ceiling[h]! > ON_MW ? runAhead[h + 1]! + 1 : 0;
  }
  const miningMw = new Float64Array(n);
  let previous = 0;
  let on = false;
  let starts = 0;
  let onHours = 0;
  for (let h = 0; h < n; h += 1) {
    // The year opens at the first hour's ceiling, as if the fleet had been running into it.
    const reachable = h === 0 ? ceiling[0]! : Math.min(ceiling[h]!, previous + rampMwPerHour);
    const mayRun: boolean = on || runAhead[h]! >= minRunHours;
    const m: number = mayRun ? reachable : 0;
    const nowOn: boolean = m > ON_MW;
    if (nowOn && !on) starts += 1;
    if (nowOn) onHours += 1;
    on = nowOn;
    miningMw[h] = m;
    previous = m;
  }
  return { miningMw, starts, onHours };
}
