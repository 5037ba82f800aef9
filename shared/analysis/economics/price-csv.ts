import { HOURS_PER_YEAR, LOAD_FIELDS } from '../load-profile/inputs.ts';
import { formatNumber, limitMessage } from '../load-profile/number-field.ts';

// An hourly power-price CSV, text in, 8,760 prices in $/MWh out, or the first problem with its line number.
// Accepted: one price per line, or several columns of which the last is the price (e.g. "hour,price"); comma,
// semicolon or tab separated; an optional header line; blank lines ignored. A header that names $/kWh (e.g.
// "price_usd_per_kwh") makes the values $/kWh, converted here to $/MWh.

export type PriceCsvResult = { ok: true; usdPerMwh: Float64Array } | { ok: false; line: number | null; message: string };

const SEPARATOR = /[,;\t]/;

const fail = (line: number | null, message: string): PriceCsvResult => ({ ok: false, line, message });

export function parseHourlyPriceCsv(text: string): PriceCsvResult {
  const lines = text.split(/\r?\n/);
  const rows: { line: number; cell: string }[] = [];
  let perKwh = false;
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    const cells = raw.split(SEPARATOR).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    const cell = cells.at(-1)!;
    if (rows.length === 0 && !/^[-+]?[\d.]/.test(cell)) {
      if (i !== lines.findIndex((l) => l.trim() !== '')) return fail(i + 1, `Line ${i + 1}: "${cell}" is not a price in $/MWh`);
      perKwh = /kwh/i.test(raw);
      continue;
    }
    rows.push({ line: i + 1, cell });
  }
  if (rows.length === 0) return fail(null, 'The price CSV is empty: it needs 8,760 hourly prices in $/MWh, one a line');
  const factor = perKwh ? 1000 : 1;
  const out = new Float64Array(HOURS_PER_YEAR);
  for (let h = 0; h < rows.length && h < HOURS_PER_YEAR; h += 1) {
    const { line, cell } = rows[h]!;
    const value = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cell) ? Number(cell) * factor : Number.NaN;
    if (Number.isNaN(value)) return fail(line, `Line ${line}: "${cell}" is not a price in $/MWh`);
    if (value < LOAD_FIELDS.hourlyPriceUsdPerMwh.min || value > LOAD_FIELDS.hourlyPriceUsdPerMwh.max) return fail(line, `Line ${line}: ${limitMessage(LOAD_FIELDS.hourlyPriceUsdPerMwh, value)}`);
    out[h] = value;
  }
  if (rows.length !== HOURS_PER_YEAR) {
    const leap = rows.length === HOURS_PER_YEAR + 24 ? ' (8,784 is a leap year: drop the 24 hours of 29 February)' : '';
    return fail(rows.at(-1)!.line, `The price CSV has ${formatNumber(rows.length)} hourly prices; a year needs 8,760${leap}`);
  }
  return { ok: true, usdPerMwh: out };
}
