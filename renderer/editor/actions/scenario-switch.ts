import type { ScenarioId } from '../../../shared/model/index.ts';
import { registerAction } from './registry.ts';
import { done, refused, type ActionContext } from './types.ts';

/** The scenario `step` places after (or before) the open one in the project's order, wrapping round; null with one. */
function neighbour(ctx: ActionContext, step: 1 | -1): ScenarioId | null {
  const scenarios = [...ctx.store.all('scenario')].sort((a, b) => a.order - b.order);
  if (scenarios.length < 2) return null;
  const at = scenarios.findIndex((s) => s.id === ctx.session.state.scenarioId);
  return scenarios[(at + step + scenarios.length) % scenarios.length]!.id;
}

const show = (id: string, label: string, step: 1 | -1) =>
  registerAction<void>({
    id,
    label,
    group: 'view',
    menu: 'Scenario',
    scope: 'project',
    enabled: (ctx) => neighbour(ctx, step) !== null,
    run(ctx) {
      const next = neighbour(ctx, step);
      if (!next) return refused('the project has one scenario');
      ctx.session.set({ scenarioId: next, selection: new Set() });
      return done([next]);
    },
  });

export const scenarioNext = show('scenario.next', 'Next scenario', 1);
export const scenarioPrevious = show('scenario.previous', 'Previous scenario', -1);
