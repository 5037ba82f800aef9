import { describe, expect, it } from 'vitest';
import { formatShown, shownUnit } from '../../renderer/editor/display-units.ts';
import { formatLength } from '../../renderer/editor/format-length.ts';

// Hand-worked: 0.6 m / 0.3048 = 1.9685 ft → "1.97 ft"; 1,000 kg/m² × 0.3048² / 0.45359237 = 204.816 lb/ft²;
// 30 °C × 9/5 + 32 = 86 °F; a 10 K rise is 18 °F; 1,360 kg / 0.45359237 = 2,998.3 lb.
describe('units the user reads', () => {
  it('shows feet to two decimals, lb/ft², lb and °F in imperial units, SI otherwise', () => {
    expect(formatLength(0.6, 'ft')).toBe('1.97 ft');
    expect(formatLength(0.6, 'm')).toBe('0.60 m');
    expect(formatShown(1000, 'kg/m²', 'ft')).toBe('205 lb/ft²');
    expect(formatShown(1000, 'kg/m²', 'm')).toBe('1,000 kg/m²');
    expect(formatShown(30, '°C', 'ft')).toBe('86.0 °F');
    expect(formatShown(10, 'K', 'ft')).toBe('18.0 °F');
    expect(formatShown(1360, 'kg', 'ft')).toBe('2,998 lb');
  });

  it('converts a typed imperial value back to the stored SI one exactly', () => {
    for (const unit of ['m', 'kg/m²', 'kg', '°C', 'K'] as const) {
      const s = shownUnit(unit, 'ft');
      for (const v of [0, 0.6, 30, 1000, -12.5]) expect(s.toStored(s.toShown(v))).toBeCloseTo(v, 9);
    }
    expect(shownUnit('kg/m²', 'ft').toStored(204.816)).toBeCloseTo(1000, 2);
    expect(shownUnit('°C', 'ft').toStored(95)).toBeCloseTo(35, 9);
  });
});
