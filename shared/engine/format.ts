// Number formatting for derivations: the same text in every bill, so a derivation reads like hand arithmetic.

// Building a number format is costly; the engine formats on every recompute, so keep one per precision.
const formats = new Map<number, Intl.NumberFormat>();

/** 1234.5 → "1,234.5"; at most `digits` decimals, trailing zeros dropped. */
export function fmt(n: number, digits = 2): string {
  let format = formats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    formats.set(digits, format);
  }
  return format.format(n);
}

export function usdText(n: number): string {
  return `$${fmt(n, 0)}`;
}

/** Rounds money to whole dollars, so that summing line totals is exact. */
export function roundUsd(n: number): number {
  return Math.round(n);
}

export function roundTo(n: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(n * factor) / factor;
}
