import type { DocRecordType, DocumentDiff, ScenarioId } from '../../../shared/model/index.ts';
import {
  createScenarioDiff,
  deleteScenarioDiff,
  duplicateScenarioDiff,
  renameScenarioDiff,
} from '../../../shared/model/scenario-diffs.ts';
import { newId } from '../ids.ts';
import { EditRefused } from '../layout-rules.ts';
import { registerAction } from './registry.ts';
import { done, type ActionContext } from './types.ts';

// Scenarios (e.g. "As-is mining", "Phase 1", "Phase 2") are whole layouts; these actions make, copy, rename and
// delete them as one undoable step each, and show the scenario they leave the user on.

function current(ctx: ActionContext) {
  const scenario = ctx.store.get(ctx.session.state.scenarioId, 'scenario');
  if (!scenario) throw new EditRefused('the current scenario no longer exists');
  return scenario;
}

function checkedName(ctx: ActionContext, name: string, except?: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new EditRefused('a scenario needs a name');
  if (trimmed.length > 120) throw new EditRefused('a scenario name has at most 120 characters');
  if (ctx.store.all('scenario').some((s) => s.name === trimmed && s.id !== except)) {
    throw new EditRefused(`there is already a scenario named ${trimmed}`);
  }
  return trimmed;
}

const newRecordId = (type: DocRecordType) => newId(type);

/** Applies a diff that adds a scenario (its first added record) and shows that scenario. */
function addScenario(ctx: ActionContext, diff: DocumentDiff) {
  ctx.store.applyDiff(diff, 'user');
  const id = diff.added[0]!.id as ScenarioId;
  ctx.session.set({ scenarioId: id, selection: new Set() });
  return done([id]);
}

export const scenarioCreate = registerAction<{ readonly name: string }>({
  id: 'scenario.create',
  label: 'New scenario',
  group: 'create',
  edits: true,
  scope: 'project',
  run(ctx, args) {
    return addScenario(ctx, createScenarioDiff(ctx.store.toDocument(), checkedName(ctx, args.name), current(ctx), newRecordId));
  },
});

export const scenarioDuplicate = registerAction<{ readonly name: string }>({
  id: 'scenario.duplicate',
  label: 'Duplicate scenario',
  group: 'create',
  edits: true,
  scope: 'project',
  run(ctx, args) {
    return addScenario(ctx, duplicateScenarioDiff(ctx.store.toDocument(), current(ctx).id, checkedName(ctx, args.name), newRecordId));
  },
});

export const scenarioRename = registerAction<{ readonly name: string }>({
  id: 'scenario.rename',
  label: 'Rename scenario',
  group: 'edit',
  edits: true,
  scope: 'project',
  run(ctx, args) {
    const scenario = current(ctx);
    ctx.store.applyDiff(renameScenarioDiff(ctx.store.toDocument(), scenario.id, checkedName(ctx, args.name, scenario.id)), 'user');
    return done([scenario.id]);
  },
});

export const scenarioDelete = registerAction({
  id: 'scenario.delete',
  label: 'Delete scenario',
  group: 'edit',
  edits: true,
  scope: 'project',
  enabled: (ctx) => ctx.store.all('scenario').length > 1,
  run(ctx) {
    const scenario = current(ctx);
    const next = [...ctx.store.all('scenario')].sort((a, b) => a.order - b.order).find((s) => s.id !== scenario.id);
    if (!next) throw new EditRefused('a project needs at least one scenario');
    ctx.store.applyDiff(deleteScenarioDiff(ctx.store.toDocument(), scenario.id), 'user');
    ctx.session.set({ scenarioId: next.id, selection: new Set() });
    return done([next.id]);
  },
});
