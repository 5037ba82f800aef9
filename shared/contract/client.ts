import { contractMethods } from './define.ts';
import { ApiError, ApiResultEnvelope } from './envelope.ts';
import { contract } from './services.ts';
import type { PowerhallApi } from './index.ts';

/** Sends one request over some transport and resolves with the raw result envelope it got back. */
export type SendRequest = (service: string, method: string, request: unknown) => Promise<unknown>;

/**
 * Builds the typed API object from the contract over any transport: a named function per method that unwraps
 * the result envelope, throwing ApiError with the service's message on failure.
 */
export function createApiClient(send: SendRequest): PowerhallApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
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
  return api as unknown as PowerhallApi;
}
