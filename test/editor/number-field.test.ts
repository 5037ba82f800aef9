import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberLimits, recordFieldSchema } from '../../renderer/app/field-limits.ts';
import { limitsPhrase, readNumberField, type NumberFieldSpec } from '../../renderer/app/number-field.ts';
import { formatForEditing, localeSeparators, parseNumberText } from '../../renderer/app/number-text.ts';
import { feetToMetres } from '../../shared/units.ts';

const EN = localeSeparators('en-US');
const DE = localeSeparators('de-DE');
const FR = localeSeparators('fr-FR');

const num = (value: number) => ({ kind: 'number', value });
const NAN = { kind: 'not-a-number' };

describe('reading a typed number as a whole', () => {
  it('takes thousands separators, the user decimal separator and the field unit', () => {
    expect(parseNumberText('1,000', [], EN)).toEqual(num(1000));
    expect(parseNumberText('1,250 kW', ['kW'], EN)).toEqual(num(1250));
    expect(parseNumberText('  32.5 °C ', ['°C'], EN)).toEqual(num(32.5));
    expect(parseNumberText('32.5°c', ['°C'], EN)).toEqual(num(32.5));
    expect(parseNumberText('1 250', [], EN)).toEqual(num(1250));
    expect(parseNumberText('1.250,5', [], DE)).toEqual(num(1250.5));
    expect(parseNumberText('12,5 m', ['m'], DE)).toEqual(num(12.5));
    expect(parseNumberText('1\u202f250,75', [], FR)).toEqual(num(1250.75));
    expect(parseNumberText('-3', [], EN)).toEqual(num(-3));
    expect(parseNumberText('\u22123', [], EN)).toEqual(num(-3));
    expect(parseNumberText('1e9', [], EN)).toEqual(num(1e9));
    expect(parseNumberText('5.', [], EN)).toEqual(num(5));
    expect(parseNumberText('.5', [], EN)).toEqual(num(0.5));
    expect(parseNumberText('', [], EN)).toEqual({ kind: 'empty' });
  });

  it('refuses what is not one number rather than reading a part of it', () => {
    expect(parseNumberText('1,25', [], EN)).toEqual(NAN);
    expect(parseNumberText('1.5', [], DE)).toEqual(NAN);
    expect(parseNumberText('12..5', [], EN)).toEqual(NAN);
    expect(parseNumberText('1.2.3', [], EN)).toEqual(NAN);
    expect(parseNumberText('1,000.5.', [], EN)).toEqual(NAN);
    expect(parseNumberText('abc', [], EN)).toEqual(NAN);
    expect(parseNumberText('9 5', [], EN)).toEqual(NAN);
    expect(parseNumberText('95 °F', ['°C'], EN)).toEqual({ kind: 'wrong-unit', unit: '°F' });
    expect(parseNumberText('3 ft', ['m'], EN)).toEqual({ kind: 'wrong-unit', unit: 'ft' });
    expect(parseNumberText('1e999', [], EN)).toEqual(NAN);
  });

  it('reads back every number as a field shows it, in any locale', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(EN, DE, FR), (v, sep) => {
        const text = formatForEditing(v, sep);
        expect(parseNumberText(text, [], sep)).toEqual(num(Number(String(Math.round(v * 1000) / 1000))));
      }),
    );
  });

  it('reads grouped integers in threes, and nothing grouped otherwise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseNumberText(new Intl.NumberFormat('en-US').format(n), [], EN)).toEqual(num(n));
        expect(parseNumberText(new Intl.NumberFormat('de-DE').format(n), [], DE)).toEqual(num(n));
      }),
    );
  });
});

describe('the limits of a field, from the record schema', () => {
  const limits = (type: Parameters<typeof recordFieldSchema>[0], ...path: string[]) => numberLimits(recordFieldSchema(type, path)!)!;

  it('reads min, max, integer and nullable from the zod schemas', () => {
    expect(limits('scenario', 'liquidSupplyC')).toEqual({ min: 5, minInclusive: true, max: 60, maxInclusive: true, integer: false, nullable: false });
    expect(limits('rack', 'itKwOverride')).toEqual({ min: 0, minInclusive: false, max: 2000, maxInclusive: true, integer: false, nullable: true });
    expect(limits('row', 'slotCount')).toEqual({ min: 1, minInclusive: true, max: 500, maxInclusive: true, integer: true, nullable: false });
    expect(limits('hall', 'origin', 'x')).toEqual({ min: null, minInclusive: true, max: null, maxInclusive: true, integer: false, nullable: false });
    expect(recordFieldSchema('hall', ['nope'])).toBeNull();
  });

  const spec = (over: Partial<NumberFieldSpec> & Pick<NumberFieldSpec, 'label' | 'limits'>): NumberFieldSpec => ({ unit: '', unitAliases: [], toStored: (v) => v, ...over });

  it('words each refusal with the field label and its limits, in the units shown', () => {
    const supply = spec({ label: 'Supply temperature', unit: '°C', limits: limits('scenario', 'liquidSupplyC') });
    expect(readNumberField('95', supply, EN, 'en-US')).toEqual({ kind: 'error', message: 'Supply temperature must be 5–60 °C' });
    expect(readNumberField('95 °C', supply, EN, 'en-US')).toEqual({ kind: 'error', message: 'Supply temperature must be 5–60 °C' });
    expect(readNumberField('32 °F', supply, EN, 'en-US')).toEqual({ kind: 'error', message: 'Supply temperature is entered in °C, not “°F”' });
    expect(readNumberField('3x2', supply, EN, 'en-US')).toEqual({ kind: 'error', message: 'Supply temperature: “3x2” is not a number' });
    expect(readNumberField('', supply, EN, 'en-US')).toEqual({ kind: 'error', message: 'Supply temperature needs a value: it must be 5–60 °C' });
    expect(readNumberField('32', supply, EN, 'en-US')).toEqual({ kind: 'value', stored: 32 });

    const cap = spec({ label: 'IT kW cap', unit: 'kW', limits: limits('rack', 'itKwOverride') });
    expect(readNumberField('1e9', cap, EN, 'en-US')).toEqual({ kind: 'error', message: 'IT kW cap must be more than 0 and at most 2,000 kW' });
    expect(readNumberField('0', cap, EN, 'en-US')).toEqual({ kind: 'error', message: 'IT kW cap must be more than 0 and at most 2,000 kW' });
    expect(readNumberField('1,000', cap, EN, 'en-US')).toEqual({ kind: 'value', stored: 1000 });
    expect(readNumberField(' ', cap, EN, 'en-US')).toEqual({ kind: 'null' });

    const width = spec({ label: 'Width', unit: 'ft', limits: limits('hall', 'widthM'), toStored: feetToMetres });
    expect(limitsPhrase(width, 'en-US')).toBe('must be more than 0 and at most 6,561.68 ft');
    expect(readNumberField('100 ft', width, EN, 'en-US')).toEqual({ kind: 'value', stored: feetToMetres(100) });

    const slot = spec({ label: 'Slot', limits: limits('rack', 'slot'), toStored: (v) => v - 1 });
    expect(readNumberField('0', slot, EN, 'en-US')).toEqual({ kind: 'error', message: 'Slot must be a whole number of at least 1' });
    expect(readNumberField('2.5', slot, EN, 'en-US')).toEqual({ kind: 'error', message: 'Slot must be a whole number of at least 1' });
    expect(readNumberField('3 kW', slot, EN, 'en-US')).toEqual({ kind: 'error', message: 'Slot is a plain number, without “kW”' });
    expect(readNumberField('3', slot, EN, 'en-US')).toEqual({ kind: 'value', stored: 2 });

    const dryBulb = spec({ label: 'Design dry bulb', unit: '°C', limits: limits('site', 'designDryBulbC') });
    expect(limitsPhrase(dryBulb, 'en-US')).toBe('must be from \u221260 to 60 °C');
    expect(readNumberField('1.250,5', spec({ label: 'Floor load', unit: 'kg/m²', limits: limits('hall', 'floorLoadKgPerM2') }), DE, 'de-DE')).toEqual({ kind: 'value', stored: 1250.5 });
  });
});
