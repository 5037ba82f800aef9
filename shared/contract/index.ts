export * from './define.ts';
export * from './envelope.ts';
export * from './services.ts';
export * from './events.ts';
export * from './project-files.ts';
import type { ApiOf, HandlersOf } from './define.ts';
import type { ContractEvents, EventsOf } from './events.ts';
import type { Contract } from './services.ts';

/** The API object the renderer holds, whichever transport backs it: the methods, and main's events in `events`. */
export type PowerhallApi = ApiOf<Contract> & { readonly events: EventsOf<ContractEvents> };
/** What the main process implements. */
export type PowerhallHandlers = HandlersOf<Contract>;
