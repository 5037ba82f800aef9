import { groupThousands as group } from '../money-text.ts';

// Number formatting for derivations: the same text in every bill, so a derivation reads like hand arithmetic.
// Money is written by shared/money-text.ts, re-exported here for the engine's rules.
export { usdText } from '../money-text.ts';

// A report writes some 3,000 numbers into its derivations, mostly the same few hundred (ratings, factors, counts):
// each text is kept once, per number of decimals, in a memo cleared when it grows large.
const MEMO_LIMIT = 4096;
const memos: Map<number, string>[] = [];

/** 1234.5 → "1,234.5"; at most `digits` decimals, trailing zeros dropped. (Hand-rolled: Intl is slow per call.) */
export function fmt(n: number, digits = 2): string {
  const memo = (memos[digits] ??= new Map());
  let text = memo.get(n);
  if (text === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    text = numberText(n, digits);
    memo.set(n, text);
  }
  return text;
}

function numberText(n: number, digits: number): string {
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

/**
 * The text as one string in memory. Text joined by templates is kept as a tree of joins until it is read; an id
 * looked up in a set is compared many times, so it is joined once (reading a character does it).
 */
export function flatText(text: string): string {
  void text.charCodeAt(0);
  return text;
}

/** Rounds money to whole dollars, so that summing line totals is exact. */
export function roundUsd(n: number): number {
  return Math.round(n);
}

export function roundTo(n: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(n * factor) / factor;
}
