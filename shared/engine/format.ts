// Number formatting for derivations: the same text in every bill, so a derivation reads like hand arithmetic.

/** 1234.5 → "1,234.5"; at most `digits` decimals, trailing zeros dropped. (Hand-rolled: Intl is slow per call.) */
export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  let text = Math.abs(n).toFixed(digits);
  if (digits > 0) text = text.replace(/\.?0+$/, '');
  const dot = text.indexOf('.');
  const whole = dot === -1 ? text : text.slice(0, dot);
  let grouped = whole;
  if (whole.length > 3) {
    grouped = '';
    for (let i = whole.length; i > 0; i -= 3) grouped = whole.slice(Math.max(0, i - 3), i) + (grouped === '' ? '' : `,${grouped}`);
  }
  const sign = n < 0 && Number(text) !== 0 ? '-' : '';
  return sign + grouped + (dot === -1 ? '' : text.slice(dot));
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
