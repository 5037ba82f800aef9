import { SavedViewRecord, type CameraPose, type SavedViewId } from '../../../shared/model/index.ts';
import { newId } from '../ids.ts';
import { issueInWords } from './issue-words.ts';
import { registerAction } from './registry.ts';
import { done, refused, type ActionContext } from './types.ts';

/** The saved views in tour order. */
export function savedViewsInOrder(ctx: Pick<ActionContext, 'store'>): SavedViewRecord[] {
  return [...ctx.store.all('savedView')].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export interface ViewSaveArgs {
  readonly pose: CameraPose;
  readonly name?: string;
  readonly caption?: string;
}

/** Saves the camera as it stands as the last view of the tour, showing the open scenario. */
export const viewSave = registerAction<ViewSaveArgs>({
  id: 'view.save',
  label: 'Save camera view',
  group: 'view',
  edits: true,
  run(ctx, args) {
    const site = ctx.store.all('site')[0];
    if (!site) return refused('the project has no site');
    const views = savedViewsInOrder(ctx);
    const scenarioId = ctx.session.state.scenarioId;
    const scenario = ctx.store.get(scenarioId, 'scenario');
    const parsed = SavedViewRecord.safeParse({
      type: 'savedView',
      id: newId<SavedViewId>('savedView'),
      siteId: site.id,
      name: args.name ?? `View ${views.length + 1}${scenario ? ` · ${scenario.name}` : ''}`,
      order: (views.at(-1)?.order ?? -1) + 1,
      scenarioId,
      caption: args.caption ?? '',
      ...args.pose,
    });
    if (!parsed.success) return refused(issueInWords(parsed.error.issues[0]!, 'View'));
    ctx.store.transact((tx) => tx.put(parsed.data));
    return done([parsed.data.id]);
  },
});

/** Puts the camera as it stands now into a saved view. */
export const viewRecapture = registerAction<{ readonly id: string; readonly pose: CameraPose }>({
  id: 'view.recapture',
  label: 'Update view from camera',
  group: 'view',
  edits: true,
  run(ctx, args) {
    const view = ctx.store.get(args.id, 'savedView');
    if (!view) return refused('the view no longer exists');
    const parsed = SavedViewRecord.safeParse({ ...view, ...args.pose });
    if (!parsed.success) return refused(issueInWords(parsed.error.issues[0]!, 'Camera'));
    ctx.store.transact((tx) => tx.put(parsed.data));
    return done([view.id]);
  },
});

/** Moves a view one place earlier or later in the tour. */
export const viewMove = registerAction<{ readonly id: string; readonly by: -1 | 1 }>({
  id: 'view.move',
  label: 'Move view in the tour',
  group: 'view',
  edits: true,
  run(ctx, args) {
    const views = savedViewsInOrder(ctx);
    const i = views.findIndex((v) => v.id === args.id);
    const other = views[i + args.by];
    const view = views[i];
    if (!view || !other) return refused('the view is already at that end of the tour');
    ctx.store.transact((tx) => {
      // Renumbered in full, so two views never share a place even if an older file had equal orders.
      const next = [...views];
      next[i] = other;
      next[i + args.by] = view;
      next.forEach((v, order) => {
        if (v.order !== order) tx.update<SavedViewRecord>(v.id, { order });
      });
    });
    return done([view.id]);
  },
});

export const viewDelete = registerAction<{ readonly id: string }>({
  id: 'view.delete',
  label: 'Delete saved view',
  group: 'view',
  edits: true,
  run(ctx, args) {
    if (!ctx.store.get(args.id, 'savedView')) return refused('the view no longer exists');
    ctx.store.transact((tx) => tx.remove(args.id));
    return done();
  },
});
