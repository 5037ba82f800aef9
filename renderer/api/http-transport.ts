import { createApiClient } from '../../shared/contract/client.ts';
import type { PowerhallApi } from '../../shared/contract/index.ts';

/**
 * Browser mode: each method is a POST to /api/<service>/<method> on the loopback server that served this page.
 * The per-run token travels in the HttpOnly cookie the server set when the page was first opened.
 */
export function createHttpApi(baseUrl = ''): PowerhallApi {
  return createApiClient(async (service, method, request) => {
    const response = await fetch(`${baseUrl}/api/${service}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(request),
    });
    return response.json().catch(() => ({
      ok: false,
      error: { code: 'internal', message: `${service}.${method}: HTTP ${response.status} without a JSON answer`, issues: [] },
    }));
  });
}
