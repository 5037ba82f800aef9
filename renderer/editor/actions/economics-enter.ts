import { defaultEconomicsInputs } from '../../../shared/analysis/economics/index.ts';
import type { EconomicsId, EconomicsRecord } from '../../../shared/model/index.ts';
import { newId } from '../ids.ts';
import { registerAction } from './registry.ts';
import { done, refused } from './types.ts';

/**
 * Gives the open scenario its own economics inputs, starting from the sourced defaults it was costed on, so the
 * Economics panel's fields can be edited (a scenario has at most one set; a scenario copy copies it).
 */
export const economicsEnter = registerAction<Record<string, never>>({
  id: 'economics.enter',
  label: 'Enter economics inputs',
  group: 'create',
  edits: true,
  run(ctx) {
    const scenarioId = ctx.session.state.scenarioId;
    if (ctx.store.all('economics').some((e) => e.scenarioId === scenarioId)) return refused('this scenario already has its economics inputs');
    const record: EconomicsRecord = { type: 'economics', id: newId<EconomicsId>('economics'), scenarioId, inputs: defaultEconomicsInputs() };
    ctx.store.transact((tx) => {
      tx.put(record);
    });
    return done([record.id]);
  },
});
