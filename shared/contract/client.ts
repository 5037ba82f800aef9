import { contractMethods } from './define.ts';
import { ApiError, ApiResultEnvelope } from './envelope.ts';
import { contractEventNames, contractEvents } from './events.ts';
import { contract } from './services.ts';
import type { PowerhallApi } from './index.ts';

/** Sends one request over some transport and resolves with the raw result envelope it got back. */
export type SendRequest = (service: string, method: string, request: unknown) => Promise<unknown>;

/** Listens to one of main's events over some transport; returns the function that stops listening. */
export type SubscribeEvent = (service: string, event: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds the typed API object from the contract over any transport: a named function per method that unwraps
 * the result envelope, throwing ApiError with the service's message on failure, and `events` to listen to main.
 */
/** A transport that carries no events (a script's client): listeners are kept but never called. */
const noEvents: SubscribeEvent = () => () => {};

export function createApiClient(send: SendRequest, subscribe: SubscribeEvent = noEvents): PowerhallApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  const events: Record<string, Record<string, (listener: (payload: unknown) => void) => () => void>> = {};
  for (const { service, event, schema } of contractEventNames(contractEvents)) {
    // A payload that does not match the contract never reaches a listener.
    (events[service] ??= {})[event] = (listener) =>
      subscribe(service, event, (payload) => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      });
  }
  for (const { service, method } of contractMethods(contract)) {
    const target = (api[service] ??= {});
    target[method] = async (request?: unknown) => {
      const raw = await send(service, method, request ?? {});
      const parsed = ApiResultEnvelope.safeParse(raw);
      if (!parsed.success) throw new ApiError('internal', `${service}.${method}: the answer was not a valid result`);
      if (!parsed.data.ok) {
        const { code, message, issues } = parsed.data.error;
        throw new ApiError(code, message, issues);
      }
      return parsed.data.value;
    };
  }
  return { ...api, events } as unknown as PowerhallApi;
}
