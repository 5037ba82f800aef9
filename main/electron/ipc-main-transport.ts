import type { IpcMain, WebContents } from 'electron';
import { channelName } from '../../shared/contract/define.ts';
import { eventChannelName, eventSchema } from '../../shared/contract/events.ts';
import type { ApiResult } from '../../shared/contract/envelope.ts';
import type { PendingWrites } from './pending-writes.ts';
import { isTrustedSender } from './security-policy.ts';

/** Where one window's requests go: the router of the project it shows, and the count of its writes in flight. */
export interface IpcRoute {
  router: { dispatch(service: string, method: string, payload: unknown): Promise<ApiResult<unknown>> };
  writes?: PendingWrites;
}

export interface IpcRouting {
  methods: readonly { service: string; method: string }[];
  /** The route of the window whose web contents has this id; undefined when it shows no project. */
  routeFor(contentsId: number): IpcRoute | undefined;
  /** Whether a method writes to the project file (counted in the window's writes in flight). */
  isWrite(service: string, method: string): boolean;
}

const refused = (message: string) => ({ ok: false, error: { code: 'bad-request', message, issues: [] } }) as const;

/**
 * Registers one ipcMain handler per contract method; each checks the sender, then dispatches to the router of the
 * project that the sender's window shows.
 */
export function registerIpcHandlers(ipcMain: IpcMain, { methods, routeFor, isWrite }: IpcRouting): () => void {
  const channels: string[] = [];
  for (const { service, method } of methods) {
    const channel = channelName(service, method);
    channels.push(channel);
    const write = isWrite(service, method);
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return refused('IPC refused: not from the Powerhall window');
      const route = routeFor(event.sender.id);
      if (!route) return refused('IPC refused: this window shows no project');
      const dispatch = () => route.router.dispatch(service, method, payload);
      return write && route.writes ? route.writes.track(dispatch) : dispatch();
    });
  }
  return () => channels.forEach((c) => ipcMain.removeHandler(c));
}

/**
 * Sends one of the contract's events to a window's renderer, checked against the event's schema first: main never
 * sends what the renderer would have to refuse.
 */
export function sendEvent(contents: Pick<WebContents, 'send'>, service: string, event: string, payload: unknown): void {
  const schema = eventSchema(service, event);
  if (!schema) throw new Error(`the contract has no event ${service}.${event}`);
  contents.send(eventChannelName(service, event), schema.parse(payload));
}
