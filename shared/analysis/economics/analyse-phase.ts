import { baseVariant, evaluatePhase, type LoadCache, type PhaseCore } from './phase-core.ts';
import type { PhaseEconomicsCase } from './inputs.ts';
import { DEFAULT_SENSITIVITY, sensitivity, type SensitivityRow, type SensitivitySwing } from './sensitivity.ts';

// The economics of one phase: the base case and its tornado. The case must have passed parsePhaseEconomicsCase.

export interface PhaseEconomics extends PhaseCore {
  readonly sensitivity: SensitivityRow[];
}

export interface AnalyseOptions {
  /** The swings of the tornado; [] for none. */
  readonly sensitivity?: readonly SensitivitySwing[];
}

export function analysePhaseEconomics(c: PhaseEconomicsCase, options: AnalyseOptions = {}): PhaseEconomics {
  const cache: LoadCache = new Map();
  const base = baseVariant(c);
  const core = evaluatePhase(c, base, cache);
  return { ...core, sensitivity: sensitivity(c, base, options.sensitivity ?? DEFAULT_SENSITIVITY, cache) };
}
