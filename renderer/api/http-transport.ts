import { createApiClient } from '../../shared/contract/client.ts';
import type { ApiErrorBody } from '../../shared/contract/envelope.ts';
import type { PowerhallApi } from '../../shared/contract/index.ts';
import { sessionSecret } from './browser-session.ts';
import { BrowserEventStream } from './event-stream.ts';
import { clearOutbox, outboxEntry, putInOutbox, warnOnLeaveWhileUnsaved } from './outbox.ts';

const TOKEN_HEADER = 'x-powerhall-token';

const failure = (error: ApiErrorBody) => ({ ok: false, error });

function notAnswering(baseUrl: string): ReturnType<typeof failure> {
  const where = baseUrl || window.location.origin;
  return failure({
    code: 'unavailable',
    message: `Powerhall is not answering at ${where} (was 'powerhall serve' stopped?). Your edits are kept in this tab and sent again once it answers.`,
    issues: [],
  });
}

/**
 * Browser mode: each method is a POST to /api/<service>/<method> on the loopback server that served this page,
 * with this tab's session secret in a header. An edit stays in the outbox until the server has answered it. Main's
 * events arrive on the tab's server-sent event stream.
 */
export function createHttpApi(baseUrl = ''): PowerhallApi {
  warnOnLeaveWhileUnsaved();
  const post = async (service: string, method: string, request: unknown): Promise<unknown> => {
    const secret = await sessionSecret(baseUrl);
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/${service}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { [TOKEN_HEADER]: secret } : {}) },
        credentials: 'omit',
        body: JSON.stringify(request),
      });
    } catch {
      return notAnswering(baseUrl);
    }
    return response.json().catch(() =>
      response.status >= 502 ? notAnswering(baseUrl) : failure({ code: 'internal', message: `${service}.${method}: HTTP ${response.status} without a JSON answer`, issues: [] }),
    );
  };
  // An edit left unacknowledged by the previous page (a reload while the server was away) is sent first.
  let resent: Promise<void> | null = null;
  const resendLeftover = () => {
    resent ??= (async () => {
      const left = outboxEntry();
      if (!left) return;
      const answer = (await post('project', 'applyDiff', left.request)) as { ok?: boolean; error?: ApiErrorBody };
      if (answer.ok || (answer.error && answer.error.code !== 'unavailable' && answer.error.code !== 'session-ended')) clearOutbox();
    })();
    return resent;
  };
  const events = new BrowserEventStream(baseUrl);
  return createApiClient(
    async (service, method, request) => {
      await resendLeftover();
      const isEdit = service === 'project' && method === 'applyDiff';
      if (isEdit) putInOutbox(request);
      const answer = (await post(service, method, request)) as { ok?: boolean; error?: ApiErrorBody };
      const keep = answer.ok !== true && (answer.error?.code === 'unavailable' || answer.error?.code === 'session-ended');
      if (isEdit && !keep) clearOutbox();
      return answer;
    },
    (service, event, listener) => events.subscribe(service, event, listener),
  );
}
