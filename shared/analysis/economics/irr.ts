// Net present value, internal rate of return and payback of yearly cash flows. flows[t] falls at time t years
// (flows[0] undiscounted), the convention of spreadsheet NPV with an initial outlay and of numpy-financial.
//
// IRR: NPV is scanned over rates from −99% to +1,000% on a grid even in ln(1 + r); every sign change is narrowed by
// bisection, which cannot diverge the way Newton's method can on flows with several sign changes. One root is the
// IRR; several roots (flows that turn negative again, e.g. a late balloon) are all reported and no single rate is
// claimed; flows that never change sign have no IRR, and the result says why.

export const IRR_MIN_RATE = -0.99;
export const IRR_MAX_RATE = 10;
const GRID_STEPS = 400;
const TOLERANCE = 1e-12;

export function npv(rate: number, flows: readonly number[]): number {
  let sum = 0;
  let factor = 1;
  for (const flow of flows) {
    sum += flow / factor;
    factor *= 1 + rate;
  }
  return sum;
}

export type IrrResult =
  | { readonly kind: 'rate'; readonly rate: number }
  | { readonly kind: 'multiple'; readonly roots: readonly number[]; readonly reason: string }
  | { readonly kind: 'none'; readonly reason: string };

/** The rate where there is one, else null (a table cell, a JSON field). */
export const irrRate = (r: IrrResult): number | null => (r.kind === 'rate' ? r.rate : null);

function signChanges(flows: readonly number[]): number {
  let changes = 0;
  let last = 0;
  for (const flow of flows) {
    if (flow === 0) continue;
    const sign = Math.sign(flow);
    if (last !== 0 && sign !== last) changes += 1;
    last = sign;
  }
  return changes;
}

function bisect(flows: readonly number[], lo: number, hi: number): number {
  let fLo = npv(lo, flows);
  for (let i = 0; i < 200 && hi - lo > TOLERANCE; i += 1) {
    const mid = (lo + hi) / 2;
    const fMid = npv(mid, flows);
    if (fMid === 0) return mid;
    if (Math.sign(fMid) === Math.sign(fLo)) {
      lo = mid;
      fLo = fMid;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}

const pct = (r: number): string => `${(r * 100).toFixed(2)}%`;

export function irr(flows: readonly number[]): IrrResult {
  if (signChanges(flows) === 0) {
    const allIn = flows.every((f) => f >= 0);
    return { kind: 'none', reason: allIn ? 'the cash flows never go negative: there is no outlay to earn a return on' : 'the cash flows never turn positive: no rate makes the NPV zero' };
  }
  const lnLo = Math.log(1 + IRR_MIN_RATE);
  const lnHi = Math.log(1 + IRR_MAX_RATE);
  const roots: number[] = [];
  let prevRate = IRR_MIN_RATE;
  let prevNpv = npv(prevRate, flows);
  for (let i = 1; i <= GRID_STEPS; i += 1) {
    const rate = Math.exp(lnLo + ((lnHi - lnLo) * i) / GRID_STEPS) - 1;
    const value = npv(rate, flows);
    if (prevNpv === 0) roots.push(prevRate);
    else if (value !== 0 && Math.sign(value) !== Math.sign(prevNpv)) roots.push(bisect(flows, prevRate, rate));
    prevRate = rate;
    prevNpv = value;
  }
  if (prevNpv === 0) roots.push(prevRate);
  if (roots.length === 1) return { kind: 'rate', rate: roots[0]! };
  if (roots.length === 0) return { kind: 'none', reason: `no rate between ${pct(IRR_MIN_RATE)} and ${pct(IRR_MAX_RATE)} makes the NPV zero` };
  return { kind: 'multiple', roots, reason: `the cash flows change sign ${signChanges(flows)} times and the NPV is zero at ${roots.map(pct).join(', ')}: no single IRR` };
}

/** Years from time 0 until the cumulative flow turns non-negative for good, interpolated within the year; null if never. */
export function paybackYears(flows: readonly number[]): number | null {
  let cumulative = 0;
  let payback: number | null = null;
  for (let t = 0; t < flows.length; t += 1) {
    const before = cumulative;
    cumulative += flows[t]!;
    if (cumulative >= 0 && payback === null) payback = before < 0 && t > 0 ? t - 1 + -before / flows[t]! : t;
    if (cumulative < 0) payback = null;
  }
  return payback;
}
