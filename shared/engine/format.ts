// Number formatting for derivations: the same text in every bill, so a derivation reads like hand arithmetic.

function group(whole: string): string {
  if (whole.length <= 3) return whole;
  let out = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = out.length; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return out;
}

/** 1234.5 → "1,234.5"; at most `digits` decimals, trailing zeros dropped. (Hand-rolled: Intl is slow per call.) */
export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (Number.isInteger(abs) && abs < 1e21) return (n < 0 ? '-' : '') + group(String(abs));
  let text = abs.toFixed(digits);
  let end = text.length;
  if (digits > 0) {
    while (text.charCodeAt(end - 1) === 48) end -= 1;
    if (text.charCodeAt(end - 1) === 46) end -= 1;
    text = text.slice(0, end);
  }
  const dot = text.indexOf('.');
  const whole = dot === -1 ? text : text.slice(0, dot);
  const sign = n < 0 && Number(text) !== 0 ? '-' : '';
  return sign + group(whole) + (dot === -1 ? '' : text.slice(dot));
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
