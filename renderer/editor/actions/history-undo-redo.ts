import { registerAction } from './registry.ts';
import { done, refused } from './types.ts';

export const historyUndo = registerAction<void>({
  id: 'history.undo',
  label: 'Undo',
  shortcut: 'Mod+Z',
  group: 'history',
  edits: true,
  scope: 'project',
  run: (ctx) => (ctx.history.undo() ? done() : refused('nothing to undo')),
});

export const historyRedo = registerAction<void>({
  id: 'history.redo',
  label: 'Redo',
  shortcut: 'Shift+Mod+Z',
  group: 'history',
  edits: true,
  scope: 'project',
  run: (ctx) => (ctx.history.redo() ? done() : refused('nothing to redo')),
});
