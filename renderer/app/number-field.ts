import { withinLimits, type NumberLimits } from './field-limits.ts';
import { parseNumberText, type Separators } from './number-text.ts';

/** What a number field needs to read its text: how it is labelled, its unit, and the schema's limits. */
export interface NumberFieldSpec {
  readonly label: string;
  /** The unit the field shows ('m', 'ft', '°C'); '' for a plain count. */
  readonly unit: string;
  /** Spellings accepted after the number, besides `unit` itself. */
  readonly unitAliases: readonly string[];
  /** The limits of the stored value, from the record schema; null when the schema sets none. */
  readonly limits: NumberLimits | null;
  /** The stored value for a shown one (feet to metres, a 1-based slot to a 0-based one). */
  readonly toStored: (shown: number) => number;
}

export type FieldReading =
  | { readonly kind: 'value'; readonly stored: number }
  | { readonly kind: 'null' }
  | { readonly kind: 'error'; readonly message: string };

const withUnit = (n: string, unit: string): string => (unit === '' ? n : unit === '°' ? `${n}°` : `${n} ${unit}`);

/** "must be 5–60 °C", "must be more than 0 and at most 2,000 m", in the units shown; null without limits. */
export function limitsPhrase(spec: NumberFieldSpec, locale?: string): string | null {
  const l = spec.limits;
  if (!l || (l.min === null && l.max === null && !l.integer)) return null;
  // The shown ↔ stored map is affine (unit factor, slot offset): invert it to show the stored limits.
  const b = spec.toStored(0);
  const a = spec.toStored(1) - b;
  const shown = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format((v - b) / a).replace('-', '\u2212');
  const min = l.min === null ? null : shown(l.min);
  const max = l.max === null ? null : shown(l.max);
  const u = spec.unit;
  if (l.integer) {
    if (min !== null && max !== null) return `must be a whole number from ${min} to ${withUnit(max, u)}`;
    if (min !== null) return `must be a whole number ${l.minInclusive ? 'of at least' : 'greater than'} ${withUnit(min, u)}`;
    if (max !== null) return `must be a whole number of at most ${withUnit(max, u)}`;
    return 'must be a whole number';
  }
  if (min !== null && max !== null) {
    if (!l.minInclusive) return `must be more than ${min} and at most ${withUnit(max, u)}`;
    return l.min! < 0 ? `must be from ${min} to ${withUnit(max, u)}` : `must be ${min}–${withUnit(max, u)}`;
  }
  if (min !== null) return `must be ${l.minInclusive ? 'at least' : 'more than'} ${withUnit(min, u)}`;
  return `must be at most ${withUnit(max!, u)}`;
}

/**
 * Reads a field's whole text: a stored value within the schema's limits, null (an empty nullable field), or the
 * message to show, in the engineer's words with the field's label and limits.
 */
export function readNumberField(text: string, spec: NumberFieldSpec, separators: Separators, locale?: string): FieldReading {
  const units = spec.unit === '' ? [] : [spec.unit, ...spec.unitAliases];
  const parsed = parseNumberText(text, units, separators);
  const phrase = limitsPhrase(spec, locale);
  switch (parsed.kind) {
    case 'empty':
      return spec.limits?.nullable ? { kind: 'null' } : { kind: 'error', message: `${spec.label} needs a value${phrase ? `: it ${phrase}` : ''}` };
    case 'not-a-number':
      return { kind: 'error', message: `${spec.label}: “${text.trim()}” is not a number` };
    case 'wrong-unit':
      return {
        kind: 'error',
        message: spec.unit === '' ? `${spec.label} is a plain number, without “${parsed.unit}”` : `${spec.label} is entered in ${spec.unit}, not “${parsed.unit}”`,
      };
    case 'number': {
      const stored = spec.toStored(parsed.value);
      if (spec.limits && !withinLimits(stored, spec.limits)) return { kind: 'error', message: `${spec.label} ${phrase ?? 'is out of range'}` };
      return { kind: 'value', stored };
    }
  }
}
