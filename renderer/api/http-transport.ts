import { contract, contractMethods, type PowerhallApi } from '../../shared/contract/index.ts';
import { ApiError, ApiResultEnvelope } from '../../shared/contract/envelope.ts';

/**
 * Browser mode: each method is a POST to /api/<service>/<method> on the loopback server that served this page.
 * The per-run token travels in the HttpOnly cookie the server set when the page was first opened.
 */
export function createHttpApi(baseUrl = ''): PowerhallApi {
  const api: Record<string, Record<string, (req: unknown) => Promise<unknown>>> = {};
  for (const { service, method } of contractMethods(contract)) {
    const target = (api[service] ??= {});
    target[method] = async (request: unknown) => {
      const response = await fetch(`${baseUrl}/api/${service}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(request ?? {}),
      });
      const parsed = ApiResultEnvelope.safeParse(await response.json().catch(() => null));
      if (!parsed.success) {
        throw new ApiError('internal', `${service}.${method}: the server answered HTTP ${response.status} without a valid result`);
      }
      if (!parsed.data.ok) {
        const { code, message, issues } = parsed.data.error;
        throw new ApiError(code, message, issues);
      }
      return parsed.data.value;
    };
  }
  return api as unknown as PowerhallApi;
}
