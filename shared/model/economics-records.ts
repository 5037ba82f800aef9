import { z } from 'zod';
import { StoredEconomicsInputs } from '../analysis/economics/inputs.ts';
import { EconomicsId, ScenarioId } from './ids.ts';

/**
 * The economics inputs of one scenario (a phase): lease or GPU hours, power price, opex, tax, financing, discount
 * rate, multiples, the mining kept and the demand-response events. Each field is refused with its label and limits (ECONOMICS_FIELDS); a
 * scenario without one is costed on the sourced defaults; GPU-hours fields with no public default stay null until
 * entered, and the scenario is not costed until they are. At most one per scenario; a scenario copy copies it.
 */
export const EconomicsRecord = z
  .object({
    type: z.literal('economics'),
    id: EconomicsId,
    scenarioId: ScenarioId,
    inputs: StoredEconomicsInputs,
  })
  .readonly();
export type EconomicsRecord = z.infer<typeof EconomicsRecord>;
