// Importing this module registers every action once.
export * from './hall-add.ts';
export * from './row-add.ts';
export * from './rack-place.ts';
export * from './row-fill.ts';
export * from './equipment-place.ts';
export * from './selection-move.ts';
export * from './selection-rotate.ts';
export * from './selection-delete.ts';
export * from './clipboard.ts';
export * from './selection-all.ts';
export * from './history-undo-redo.ts';
export * from './loop-create.ts';
export * from './feed-create.ts';
export * from './record-update.ts';
export * from './session-actions.ts';
export * from './scenario-actions.ts';
export { allActions, getAction, registerAction, runAction } from './registry.ts';
export type { Action, ActionContext, ActionResult, ViewCommands } from './types.ts';
