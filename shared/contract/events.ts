import { z } from 'zod';

/** The menu an action goes in (the Electron menu bar, or the app's own menus in browser mode). */
export const ActionMenu = z.enum(['File', 'Edit', 'View', 'Scenario', 'Help']);
export type ActionMenu = z.infer<typeof ActionMenu>;

/** What the renderer tells main about one action it can run without arguments (for the native menu). */
export const MenuAction = z
  .object({
    id: z.string().min(1).max(100),
    label: z.string().min(1).max(200),
    menu: ActionMenu,
    /** A submenu of `menu` (e.g. File → Export), or none. */
    submenu: z.string().min(1).max(60).optional(),
    /** Actions of one group sit together, with separators between groups. */
    group: z.string().min(1).max(40),
    /** The renderer's notation: 'Mod+Z', 'Shift+Mod+Z', 'Delete', 'ArrowLeft', 'H', '1'. */
    shortcut: z.string().min(1).max(40).optional(),
    enabled: z.boolean(),
  })
  .strict();
export type MenuAction = z.infer<typeof MenuAction>;

/**
 * Events main sends to the renderer, with their payload schemas: over Electron IPC as messages, in browser mode as
 * server-sent events. The receiving side validates each payload before a listener sees it.
 */
export const contractEvents = {
  menu: {
    /** A menu item was chosen: run the renderer's action with this id. */
    runAction: z.object({ id: z.string().min(1).max(100) }).strict(),
  },
  project: {
    /** Another project (or none) took the place of the open one (browser mode's Open, New, Import, Close): load again. */
    replaced: z.object({}).strict(),
  },
} as const;

export type ContractEvents = typeof contractEvents;
export type EventSpecs = Readonly<Record<string, Readonly<Record<string, z.ZodType>>>>;

/** The one place an event's channel (Electron) and event name (server-sent events) are made. */
export function eventChannelName(service: string, event: string): string {
  return `powerhall-event:${service}.${event}`;
}

/** `api.events.service.event(listener)` subscribes to one event and returns the unsubscribe function. */
export type EventsOf<E extends EventSpecs> = {
  readonly [S in keyof E]: {
    readonly [N in keyof E[S]]: (listener: (payload: z.output<E[S][N]>) => void) => () => void;
  };
};

/** Every (service, event) pair, for transports that carry them all. */
export function contractEventNames(events: EventSpecs): { service: string; event: string; schema: z.ZodType }[] {
  return Object.entries(events).flatMap(([service, byName]) => Object.entries(byName).map(([event, schema]) => ({ service, event, schema })));
}

/** The schema of one event, or undefined for an event the contract does not have. */
export function eventSchema(service: string, event: string): z.ZodType | undefined {
  return (contractEvents as EventSpecs)[service]?.[event];
}
