// Reading a number as an engineer types it: the whole text or nothing. "1,250 kW", "1 250", "12,5" (where the
// decimal comma is the user's), "-3", "2.5e3" are numbers; "1,25" in an English locale, "12..5" and "95 °F" in a
// °C field are not, and are refused rather than read as a part of what was typed.

export interface Separators {
  readonly decimal: string;
  readonly group: string;
}

/** The decimal and grouping characters of a locale (the user's when none is given). */
export function localeSeparators(locale?: string): Separators {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

export type ParsedNumber =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'wrong-unit'; readonly unit: string }
  | { readonly kind: 'not-a-number' };

// Spaces of any width and apostrophes group thousands in every locale; the locale's own group character too.
const ALWAYS_GROUP = [' ', '\u00a0', '\u202f', "'", '\u2019'];
const MINUS = /^[-\u2212]/;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalUnit = (u: string): string => u.toLowerCase().replace(/\s+/g, '').replace('²', '2').replace('³', '3');

/**
 * Parses the whole text. `units` are the spellings accepted after the number (the field's unit); any other
 * suffix is a wrong unit. Grouping must be in threes and only before the decimal separator.
 */
export function parseNumberText(text: string, units: readonly string[], separators: Separators): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const groups = [...new Set([separators.group, ...ALWAYS_GROUP])].filter((g) => g !== separators.decimal);
  const numberChars = new RegExp(`^[+\\-\\u2212]?[0-9${groups.map(escape).join('')}${escape(separators.decimal)}]*(?:[eE][+\\-\\u2212]?[0-9]+)?`);
  const numeric = numberChars.exec(trimmed)![0];
  const suffix = trimmed.slice(numeric.length).trim();
  if (suffix !== '' && !units.some((u) => normalUnit(u) === normalUnit(suffix))) {
    return /[0-9]/.test(suffix) || numeric.trim() === '' ? { kind: 'not-a-number' } : { kind: 'wrong-unit', unit: suffix };
  }
  let body = numeric.trim();
  const negative = MINUS.test(body);
  if (negative || body.startsWith('+')) body = body.slice(1);
  const exponentAt = body.search(/[eE]/);
  const exponent = exponentAt >= 0 ? body.slice(exponentAt + 1).replace('\u2212', '-') : '';
  const mantissa = exponentAt >= 0 ? body.slice(0, exponentAt) : body;
  const [whole = '', fraction, extra] = mantissa.split(separators.decimal);
  // "5." is 5; "." and ".," are nothing.
  if (extra !== undefined || (fraction !== undefined && !/^[0-9]*$/.test(fraction))) return { kind: 'not-a-number' };
  if (!/[0-9]/.test(whole) && !fraction) return { kind: 'not-a-number' };
  const digits = ungroup(whole, groups);
  if (digits === null) return { kind: 'not-a-number' };
  const value = Number(`${negative ? '-' : ''}${digits || '0'}${fraction ? `.${fraction}` : ''}${exponent ? `e${exponent}` : ''}`);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'not-a-number' };
}

/** "12,345" → "12345" with one group character used throughout, in threes; null when grouped wrongly. */
function ungroup(whole: string, groups: readonly string[]): string | null {
  if (/^[0-9]*$/.test(whole)) return whole;
  const used = groups.filter((g) => whole.includes(g));
  if (used.length !== 1) return null;
  const parts = whole.split(used[0]!);
  if (!/^[0-9]{1,3}$/.test(parts[0]!) || parts.slice(1).some((p) => !/^[0-9]{3}$/.test(p))) return null;
  return parts.join('');
}

/** A number as a field shows it for editing: the user's decimal separator, no grouping, at most `digits` decimals. */
export function formatForEditing(value: number, separators: Separators, digits = 3): string {
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  return String(rounded).replace('.', separators.decimal);
}
