import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHourlyPriceCsv } from '../../../shared/analysis/economics/index.ts';

const year = (f: (h: number) => string) => Array.from({ length: 8760 }, (_, h) => f(h)).join('\n');

describe('hourly price CSV', () => {
  it('one price a line, with or without a header, blank lines ignored', () => {
    const r = parseHourlyPriceCsv(`price_usd_per_mwh\n${year((h) => String(30 + (h % 24)))}\n\n`);
    expect(r.ok).toBe(true);
    if (r.ok) expect([r.usdPerMwh[0], r.usdPerMwh[23], r.usdPerMwh[24], r.usdPerMwh.length]).toEqual([30, 53, 30, 8760]);
  });

  it('two columns take the last; a $/kWh header converts to $/MWh; negative hours are kept', () => {
    const r = parseHourlyPriceCsv(`hour;usd_per_kwh\r\n${year((h) => `${h};${h === 5 ? '-0.01' : '0.045'}`).replace(/\n/g, '\r\n')}`);
    expect(r.ok).toBe(true);
    if (r.ok) expect([r.usdPerMwh[0], r.usdPerMwh[5]]).toEqual([45, -10]);
  });

  it('an empty file', () => {
    expect(parseHourlyPriceCsv('')).toEqual({ ok: false, line: null, message: 'The price CSV is empty: it needs 8,760 hourly prices in $/MWh, one a line' });
    expect(parseHourlyPriceCsv('price\n\n')).toMatchObject({ ok: false, line: null });
  });

  it('a bad value names its line', () => {
    const text = year((h) => (h === 99 ? 'n/a' : '40'));
    expect(parseHourlyPriceCsv(`price\n${text}`)).toEqual({ ok: false, line: 101, message: 'Line 101: "n/a" is not a price in $/MWh' });
    expect(parseHourlyPriceCsv(year((h) => (h === 3 ? '99999' : '40')))).toEqual({ ok: false, line: 4, message: 'Line 4: Hourly power price ($/MWh) must be between -1,000 and 10,000; got 99,999' });
  });

  it('a leap year or a short year', () => {
    const leap = parseHourlyPriceCsv(Array.from({ length: 8784 }, () => '40').join('\n'));
    expect(leap).toMatchObject({ ok: false, message: 'The price CSV has 8,784 hourly prices; a year needs 8,760 (8,784 is a leap year: drop the 24 hours of 29 February)' });
    expect(parseHourlyPriceCsv('40\n41')).toMatchObject({ ok: false, line: 2 });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (text) => {
      const r = parseHourlyPriceCsv(text);
      expect(r.ok).toBe(false);
    }), { numRuns: 300 });
  });
});
