export * from './define.ts';
export * from './envelope.ts';
export * from './services.ts';
import type { ApiOf, HandlersOf } from './define.ts';
import type { Contract } from './services.ts';

/** The API object the renderer holds, whichever transport backs it. */
export type PowerhallApi = ApiOf<Contract>;
/** What the main process implements. */
export type PowerhallHandlers = HandlersOf<Contract>;
