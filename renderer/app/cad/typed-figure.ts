import { shownUnit } from '../../editor/display-units.ts';
import type { LengthUnit } from '../../editor/session.ts';
import type { TypedKind, TypedValue } from '../../editor/tools/index.ts';
import { parseNumberText, type Separators } from '../number-text.ts';

// What the user types while drawing, read as a whole or refused in words: a row's length ("12.6", "12.6 m",
// "41 ft" in feet mode) or its slot count ("20 slots"), a hall's width × depth ("40 × 30", "40x30 m").

export type TypedFigure = { readonly ok: true; readonly value: TypedValue } | { readonly ok: false; readonly message: string };

const lengthUnits = (lu: LengthUnit): readonly string[] => (lu === 'ft' ? ['ft', "'"] : ['m']);

/** One length in the user's unit, as metres; or why it is not one. */
export function readLength(text: string, lu: LengthUnit, separators: Separators): number | string {
  const unit = shownUnit('m', lu).unit;
  const parsed = parseNumberText(text, lengthUnits(lu), separators);
  if (parsed.kind === 'wrong-unit') return `“${parsed.unit}” is not a length in ${unit}`;
  if (parsed.kind !== 'number') return `“${text.trim()}” is not a length in ${unit}`;
  if (parsed.value <= 0) return 'a length must be more than zero';
  return shownUnit('m', lu).toStored(parsed.value);
}

const COUNT = /^(.*?)\s*(slots?|racks?)$/i;
const TIMES = /\s*[x×*]\s*/i;

export function readTypedFigure(text: string, kind: TypedKind, lu: LengthUnit, separators: Separators): TypedFigure {
  const unit = shownUnit('m', lu).unit;
  if (kind === 'length') {
    const count = COUNT.exec(text.trim());
    if (count) {
      const parsed = parseNumberText(count[1]!, [], separators);
      if (parsed.kind !== 'number' || !Number.isInteger(parsed.value) || parsed.value < 1 || parsed.value > 500) {
        return { ok: false, message: 'A row has 1–500 slots: type a whole number, as “20 slots”' };
      }
      return { ok: true, value: { kind: 'count', count: parsed.value } };
    }
    const m = readLength(text, lu, separators);
    return typeof m === 'string' ? { ok: false, message: `Row length: ${m}; type a length such as 12.6 ${unit}, or a count such as “20 slots”` } : { ok: true, value: { kind: 'length', metres: [m] } };
  }
  const parts = text.trim().split(TIMES);
  if (parts.length !== 2) return { ok: false, message: `Hall size: type width × depth in ${unit}, such as 40 × 30` };
  const metres: number[] = [];
  for (const part of parts) {
    const m = readLength(part, lu, separators);
    if (typeof m === 'string') return { ok: false, message: `Hall size: ${m}; type width × depth, such as 40 × 30 ${unit}` };
    metres.push(m);
  }
  return { ok: true, value: { kind: 'length', metres } };
}
