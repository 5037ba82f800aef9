import { LoadProfileInputError } from '../load-profile/inputs.ts';
import type { PhaseEconomicsCase } from './inputs.ts';
import { evaluatePhase, type LoadCache, type PhaseVariant } from './phase-core.ts';
import type { IrrResult } from './irr.ts';
import { WEEKS_PER_YEAR } from './timeline.ts';

// The tornado: each input swung to a low and a high value with the others at base, the NPV, IRR and re-rating
// recomputed. Swings come from the spread of the public figures, relative to the midpoint the defaults use, so a
// phase with its own inputs swings by the same proportion.

export type SensitivityInput = 'lease-rate' | 'capex' | 'power-price' | 'mining-multiple' | 'data-center-multiple' | 'pue' | 'delay-months';

export interface SensitivitySwing {
  readonly input: SensitivityInput;
  readonly label: string;
  /** 'factor': multiplies the base value; 'value': replaces it; 'add': is added to it (months of delay). */
  readonly mode: 'factor' | 'value' | 'add';
  readonly low: number;
  readonly high: number;
  readonly source: string;
}

export const DEFAULT_SENSITIVITY: readonly SensitivitySwing[] = [
  { input: 'lease-rate', label: 'Lease rate (or GPU-hour price)', mode: 'factor', low: 121 / 154, high: 177 / 154, source: 'derived: REFERENCE §10 leases from ~$121 (Core Scientific) to ~$177/kW-month (Cipher) against the $154 midpoint: ×0.79 to ×1.15' },
  { input: 'capex', label: 'Capex', mode: 'factor', low: 6 / 7, high: 8 / 7, source: 'derived: REFERENCE §8 first-wave conversions $6–8M/MW of IT against $7M: ×0.86 to ×1.14' },
  { input: 'power-price', label: 'Power price', mode: 'factor', low: 0.037 / 0.0435, high: 0.05 / 0.0435, source: 'derived: REFERENCE §10 power $0.037–0.050/kWh against the $0.0435 midpoint: ×0.85 to ×1.15' },
  { input: 'mining-multiple', label: 'Mining EV/EBITDA', mode: 'value', low: 6, high: 12, source: 'REFERENCE §1: miners trade at 6–12×' },
  { input: 'data-center-multiple', label: 'Data-center EV/EBITDA', mode: 'value', low: 20, high: 25, source: 'REFERENCE §1: data-center operators trade at 20–25×' },
  { input: 'pue', label: 'PUE', mode: 'factor', low: 1.09 / 1.14, high: 1.19 / 1.14, source: 'derived: REFERENCE §7 AI-specialised PUE P10–P90 1.09–1.19 against the 1.14 median: ×0.96 to ×1.04' },
  { input: 'delay-months', label: 'Months of delay to first power', mode: 'add', low: 0, high: 6, source: 'derived: REFERENCE §10 first AI capacity 7–13 months after signing: a 6-month spread' },
];

export interface SensitivityCase {
  readonly value: number;
  readonly npvUsd: number;
  readonly irrUnlevered: IrrResult;
  readonly reratingUsd: number;
}

export interface SensitivityRow {
  readonly input: SensitivityInput;
  readonly label: string;
  /** The input's value at each end, in its own unit (a factor's result, a multiple, months). */
  readonly low: number;
  readonly high: number;
  /** null when the swing makes the case infeasible (e.g. the AI load would exceed the firm limit); `note` says why. */
  readonly npvLowUsd: number | null;
  readonly npvHighUsd: number | null;
  readonly lowCase: SensitivityCase | null;
  readonly highCase: SensitivityCase | null;
  readonly note: string | null;
  readonly source: string;
}

const WEEKS_PER_MONTH = WEEKS_PER_YEAR / 12;

function baseValue(c: PhaseEconomicsCase, base: PhaseVariant, input: SensitivityInput): number {
  switch (input) {
    case 'lease-rate':
      return c.economics.revenue.kind === 'lease' ? c.economics.revenue.leaseUsdPerKwMonth : c.economics.revenue.usdPerGpuHour;
    case 'capex':
      return c.phase.capexUsd;
    case 'power-price':
      // An hourly series is swung as a whole; its value here is the year's average in $/kWh.
      return c.economics.power.kind === 'flat' ? c.economics.power.usdPerKwh : c.economics.power.usdPerMwhByHour.reduce((a, b) => a + b, 0) / c.economics.power.usdPerMwhByHour.length / 1000;
    case 'mining-multiple':
      return base.miningEvPerEbitda;
    case 'data-center-multiple':
      return base.dataCenterEvPerEbitda;
    case 'pue':
      return base.pue;
    case 'delay-months':
      return 0;
  }
}

function swungVariant(base: PhaseVariant, swing: SensitivitySwing, end: number): PhaseVariant {
  switch (swing.input) {
    case 'lease-rate':
      return { ...base, revenueFactor: end };
    case 'capex':
      return { ...base, capexFactor: end };
    case 'power-price':
      return { ...base, priceFactor: end };
    case 'mining-multiple':
      return { ...base, miningEvPerEbitda: end };
    case 'data-center-multiple':
      return { ...base, dataCenterEvPerEbitda: end };
    case 'pue':
      return { ...base, pue: Math.max(1, base.pue * end) };
    case 'delay-months':
      return { ...base, delayWeeks: Math.round(end * WEEKS_PER_MONTH) };
  }
}

const valueAt = (swing: SensitivitySwing, baseVal: number, end: number): number =>
  swing.mode === 'factor' ? baseVal * end : swing.mode === 'value' ? end : baseVal + end;

export function sensitivity(c: PhaseEconomicsCase, base: PhaseVariant, swings: readonly SensitivitySwing[], cache: LoadCache): SensitivityRow[] {
  const rows = swings.map((swing): SensitivityRow => {
    const baseVal = baseValue(c, base, swing.input);
    const notes: string[] = [];
    const run = (end: number): SensitivityCase | null => {
      try {
        const core = evaluatePhase(c, swungVariant(base, swing, end), cache);
        return { value: valueAt(swing, baseVal, end), npvUsd: core.summary.npvUsd, irrUnlevered: core.summary.irrUnlevered, reratingUsd: core.summary.reratingUsd };
      } catch (error) {
        if (!(error instanceof LoadProfileInputError)) throw error;
        notes.push(`${swing.label} at ${valueAt(swing, baseVal, end).toFixed(3)}: ${error.message}`);
        return null;
      }
    };
    const lowCase = run(swing.low);
    const highCase = run(swing.high);
    return {
      input: swing.input,
      label: swing.label,
      low: valueAt(swing, baseVal, swing.low),
      high: valueAt(swing, baseVal, swing.high),
      npvLowUsd: lowCase?.npvUsd ?? null,
      npvHighUsd: highCase?.npvUsd ?? null,
      lowCase,
      highCase,
      note: notes.length > 0 ? notes.join('; ') : null,
      source: swing.source,
    };
  });
  // Widest NPV swing first; the multiples move only the re-rating, so they are ordered by that after the rest.
  const npvSwing = (r: SensitivityRow) => Math.abs((r.npvHighUsd ?? 0) - (r.npvLowUsd ?? 0));
  const reratingSwing = (r: SensitivityRow) => Math.abs((r.highCase?.reratingUsd ?? 0) - (r.lowCase?.reratingUsd ?? 0));
  return rows.slice().sort((a, b) => npvSwing(b) - npvSwing(a) || reratingSwing(b) - reratingSwing(a));
}
