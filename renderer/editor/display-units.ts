import {
  celsiusToFahrenheit,
  fahrenheitDeltaToKelvin,
  fahrenheitToCelsius,
  feetToMetres,
  kelvinToFahrenheitDelta,
  kgPerM2ToLbPerFt2,
  kgToLb,
  lbPerFt2ToKgPerM2,
  lbToKg,
  metresToFeet,
} from '../../shared/units.ts';
import { formatLength } from './format-length.ts';
import type { LengthUnit } from './session.ts';

// The units the user reads: the document stores SI; choosing feet (the units toggle) shows every length, floor load,
// weight and temperature in imperial units. Conversions are the shared units module's; this module only picks them.

/** The stored (SI) units a figure or field can carry. */
export type StoredUnit = 'm' | 'kg/m²' | 'kg' | '°C' | 'K';

interface Shown {
  readonly unit: string;
  readonly toShown: (v: number) => number;
  readonly toStored: (v: number) => number;
  readonly digits: number;
}

const same = (v: number): number => v;

const IMPERIAL: Record<StoredUnit, Shown> = {
  m: { unit: 'ft', toShown: metresToFeet, toStored: feetToMetres, digits: 2 },
  'kg/m²': { unit: 'lb/ft²', toShown: kgPerM2ToLbPerFt2, toStored: lbPerFt2ToKgPerM2, digits: 0 },
  kg: { unit: 'lb', toShown: kgToLb, toStored: lbToKg, digits: 0 },
  '°C': { unit: '°F', toShown: celsiusToFahrenheit, toStored: fahrenheitToCelsius, digits: 1 },
  K: { unit: '°F', toShown: kelvinToFahrenheitDelta, toStored: fahrenheitDeltaToKelvin, digits: 1 },
};

const METRIC: Record<StoredUnit, Shown> = {
  m: { unit: 'm', toShown: same, toStored: same, digits: 2 },
  'kg/m²': { unit: 'kg/m²', toShown: same, toStored: same, digits: 0 },
  kg: { unit: 'kg', toShown: same, toStored: same, digits: 0 },
  '°C': { unit: '°C', toShown: same, toStored: same, digits: 1 },
  K: { unit: 'K', toShown: same, toStored: same, digits: 1 },
};

/** How a stored unit is shown under the user's choice: its unit text and the conversion both ways. */
export function shownUnit(stored: StoredUnit, lu: LengthUnit): Shown {
  return (lu === 'ft' ? IMPERIAL : METRIC)[stored];
}

/** A stored figure in the user's units with its unit: `1,360 kg` or `2,998 lb`, `30.0 °C` or `86.0 °F`. */
export function formatShown(v: number, stored: StoredUnit, lu: LengthUnit): string {
  if (stored === 'm') return formatLength(v, lu);
  const s = shownUnit(stored, lu);
  const n = s.toShown(v).toLocaleString('en-US', { minimumFractionDigits: s.digits, maximumFractionDigits: s.digits });
  return `${n} ${s.unit}`;
}
