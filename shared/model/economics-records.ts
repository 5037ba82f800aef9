import { z } from 'zod';
import { EconomicsInputs } from '../analysis/economics/inputs.ts';
import { EconomicsId, ScenarioId } from './ids.ts';

/**
 * The economics inputs of one scenario (a phase): lease or GPU hours, power price, opex, tax, financing, discount
 * rate, multiples and the mining kept. Each field is refused with its label and limits (ECONOMICS_FIELDS); a
 * scenario without one is costed on the sourced defaults. At most one per scenario; a scenario copy copies it.
 */
export const EconomicsRecord = z
  .object({
    type: z.literal('economics'),
    id: EconomicsId,
    scenarioId: ScenarioId,
    inputs: EconomicsInputs,
  })
  .readonly();
export type EconomicsRecord = z.infer<typeof EconomicsRecord>;
