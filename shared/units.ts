// Branded quantities: a kW is not a kVA, a metre is not a foot. Conversions live here and only here.
declare const unitBrand: unique symbol;
export type Quantity<U extends string> = number & { readonly [unitBrand]: U };

export type Kw = Quantity<'kW'>;
export type KwThermal = Quantity<'kWt'>;
export type Kva = Quantity<'kVA'>;
export type Mw = Quantity<'MW'>;
export type Metres = Quantity<'m'>;
export type Feet = Quantity<'ft'>;
export type LitresPerMinute = Quantity<'L/min'>;
export type Kilograms = Quantity<'kg'>;
export type Usd = Quantity<'USD'>;
/** Power factor as a fraction in (0, 1], never a percentage. */
export type PowerFactor = Quantity<'pf'>;

export const kw = (n: number): Kw => n as Kw;
export const kwt = (n: number): KwThermal => n as KwThermal;
export const kva = (n: number): Kva => n as Kva;
export const metres = (n: number): Metres => n as Metres;
export const lpm = (n: number): LitresPerMinute => n as LitresPerMinute;
export const kg = (n: number): Kilograms => n as Kilograms;
export const usd = (n: number): Usd => n as Usd;

export function powerFactor(n: number): PowerFactor {
  if (!(n > 0 && n <= 1)) {
    throw new RangeError(`power factor must be a fraction in (0, 1], got ${n} (write 0.95, not 95)`);
  }
  return n as PowerFactor;
}

export const FEET_PER_METRE = 1 / 0.3048;
export const feetToMetres = (ft: Feet | number): Metres => (ft * 0.3048) as Metres;
export const metresToFeet = (m: Metres | number): Feet => (m / 0.3048) as Feet;

export const mwToKw = (mw: Mw | number): Kw => (mw * 1000) as Kw;
export const kwToMw = (p: Kw | number): Mw => (p / 1000) as Mw;

/** Apparent power from real power: S = P / pf. */
export const kvaFromKw = (p: Kw, pf: PowerFactor): Kva => (p / pf) as Kva;
/** Real power an apparent-power rating can deliver: P = S · pf. */
export const kwFromKva = (s: Kva, pf: PowerFactor): Kw => (s * pf) as Kw;

/** Three-phase line current: I = S / (√3 · V_LL). S in kVA, V in volts, I in amperes. */
export const threePhaseAmps = (s: Kva, lineVolts: number): number => (s * 1000) / (Math.sqrt(3) * lineVolts);

/** Electrical power drawn by IT turns into heat one to one. */
export const heatFromPower = (p: Kw): KwThermal => p as number as KwThermal;

// Imperial display units (the document always stores SI): exact definitions, 1 lb = 0.45359237 kg, 1 ft = 0.3048 m.
const KG_PER_LB = 0.45359237;
/** kg/m² as lb/ft²: kg → lb, per m² → per ft² (1 ft² = 0.3048² m²). */
export const kgPerM2ToLbPerFt2 = (v: number): number => (v / KG_PER_LB) * 0.3048 ** 2;
export const lbPerFt2ToKgPerM2 = (v: number): number => (v * KG_PER_LB) / 0.3048 ** 2;
export const kgToLb = (v: number): number => v / KG_PER_LB;
export const lbToKg = (v: number): number => v * KG_PER_LB;
export const celsiusToFahrenheit = (c: number): number => (c * 9) / 5 + 32;
export const fahrenheitToCelsius = (f: number): number => ((f - 32) * 5) / 9;
/** A temperature difference: 1 K is 1.8 °F. */
export const kelvinToFahrenheitDelta = (k: number): number => k * 1.8;
export const fahrenheitDeltaToKelvin = (f: number): number => f / 1.8;
