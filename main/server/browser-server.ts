import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ContractSpec } from '../../shared/contract/define.ts';
import type { ApiErrorCode, ApiResult } from '../../shared/contract/envelope.ts';
import type { IpcRouter } from '../ipc/router.ts';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy.ts';
import { DEFAULT_MAX_BODY_BYTES, charsetIsUtf8, fromOwnOrigin, mediaType, readBody } from './request-guards.ts';
import { EventStreams } from './event-stream.ts';
import { readStaticFile } from './static-files.ts';
import { LAUNCH_HEADER, TOKEN_HEADER, newToken, tokensEqual } from './token.ts';

export interface BrowserServerOptions<C extends ContractSpec> {
  router: IpcRouter<C>;
  /** The built renderer (dist/renderer). */
  staticRoot: string;
  /** 0 picks a free port. */
  port: number;
  /**
   * The secret every API call carries in its header. `powerhall serve` keeps one per project in the data folder,
   * so that a restarted server still accepts the edits a tab has not yet had acknowledged.
   */
  sessionSecret?: string;
  /** Largest request body accepted, bytes. */
  maxBodyBytes?: number;
}

export interface BrowserServer {
  /** The link to print: its single-use launch token rides in the fragment, which browsers never send. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  /** The session secret API calls carry in the x-powerhall-token header. */
  readonly token: string;
  /** Another single-use link, for a second tab or after the first link was used. */
  newLaunchUrl(): string;
  /** Sends one of the contract's events to every open tab (its server-sent event stream). */
  emit(service: string, event: string, payload: unknown): void;
  /** How many tabs hold an event stream open. */
  readonly listeners: number;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const STATUS_OF: Record<ApiErrorCode, number> = {
  'bad-request': 400,
  'not-found': 404,
  conflict: 409,
  'read-only': 409,
  'refused-file': 422,
  internal: 500,
  unavailable: 503,
  'session-ended': 401,
};

const SESSION_ENDED =
  "This tab's session with Powerhall has ended: the server was restarted with a new token, or the link was opened in another tab. " +
  "Press Enter in the terminal where 'powerhall serve' runs for a new link and open it in this tab; edits not yet saved stay in this tab and are sent then.";
const LINK_USED =
  "This Powerhall link was already used (each printed link opens one tab) or belongs to an earlier run. Press Enter in the terminal where 'powerhall serve' runs for a new link.";

/**
 * Browser mode: the renderer and the same contract over loopback HTTP. Bound to 127.0.0.1 only. The page itself
 * is public (it holds no data); every API call needs the session secret in a header, which the tab obtains once
 * by trading the printed link's single-use launch token, and keeps in its own session storage. No cookie is
 * used: a cookie for 127.0.0.1 would be sent to every other local server on any port.
 */
export async function startBrowserServer<C extends ContractSpec>(options: BrowserServerOptions<C>): Promise<BrowserServer> {
  const secret = options.sessionSecret ?? newToken();
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const launchTokens = new Set<string>();
  const streams = new EventStreams();
  let port = options.port;
  let origins: string[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('powerhall serve: request failed', error);
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setCommonHeaders(res);
    const host = req.headers.host ?? '';
    if (host !== `${LOOPBACK}:${port}` && host !== `localhost:${port}`) {
      sendText(res, 421, 'Powerhall answers only on its loopback address.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname === '/session' || url.pathname === '/events' || url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        sendJson(res, 405, errorResult('bad-request', 'This address takes POST requests only.'));
        return;
      }
      if (!fromOwnOrigin(req, origins)) {
        sendJson(res, 403, errorResult('bad-request', 'Powerhall answers API calls from its own page only.'));
        return;
      }
      if (url.pathname === '/session') exchangeLaunchToken(req, res);
      else if (url.pathname === '/events') openEventStream(req, res);
      else await handleApi(req, res, url.pathname);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'method not allowed');
      return;
    }
    const file = await readStaticFile(options.staticRoot, url.pathname);
    if (!file) {
      sendText(res, 404, 'not found');
      return;
    }
    res.setHeader('content-type', file.contentType);
    res.setHeader('cache-control', url.pathname === '/' || url.pathname.endsWith('.html') ? 'no-store' : 'max-age=3600');
    res.writeHead(200).end(req.method === 'HEAD' ? undefined : file.body);
  }

  function exchangeLaunchToken(req: IncomingMessage, res: ServerResponse): void {
    const given = req.headers[LAUNCH_HEADER];
    const match = typeof given === 'string' ? [...launchTokens].find((t) => tokensEqual(t, given)) : undefined;
    if (!match) {
      sendJson(res, 401, errorResult('session-ended', LINK_USED));
      return;
    }
    launchTokens.delete(match);
    sendJson(res, 200, { ok: true, value: { session: secret } });
  }

  /** The tab's event stream: the same session secret as an API call; the request has no body. */
  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    const given = req.headers[TOKEN_HEADER];
    if (!tokensEqual(secret, typeof given === 'string' ? given : undefined)) {
      refuseBody(req, res, 401, errorResult('session-ended', SESSION_ENDED));
      return;
    }
    req.resume();
    streams.attach(res);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const given = req.headers[TOKEN_HEADER];
    if (!tokensEqual(secret, typeof given === 'string' ? given : undefined)) {
      refuseBody(req, res, 401, errorResult('session-ended', SESSION_ENDED));
      return;
    }
    const parts = pathname.split('/');
    if (parts.length !== 4) {
      refuseBody(req, res, 404, errorResult('not-found', 'API calls are POST /api/<service>/<method>'));
      return;
    }
    const type = req.headers['content-type'];
    if (mediaType(type) !== 'application/json' || !charsetIsUtf8(type)) {
      refuseBody(req, res, 415, errorResult('bad-request', 'API calls need content-type: application/json (UTF-8)'));
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) {
      refuseBody(req, res, 413, errorResult('bad-request', `The request is larger than the ${maxBody / (1024 * 1024)} MB an API call may carry.`));
      return;
    }
    const body = await readBody(req, maxBody);
    if (body === null) {
      refuseBody(req, res, 413, errorResult('bad-request', `The request is larger than the ${maxBody / (1024 * 1024)} MB an API call may carry.`));
      return;
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      sendJson(res, 400, errorResult('bad-request', 'request body is not valid JSON'));
      return;
    }
    const result = await options.router.dispatch(parts[2]!, parts[3]!, payload);
    sendJson(res, result.ok ? 200 : STATUS_OF[result.error.code], result);
  }

  const launchUrl = () => {
    const token = newToken();
    launchTokens.add(token);
    return `http://${LOOPBACK}:${port}/#launch=${token}`;
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  origins = [`http://${LOOPBACK}:${port}`, `http://localhost:${port}`];
  return {
    url: launchUrl(),
    origin: origins[0]!,
    port,
    token: secret,
    newLaunchUrl: launchUrl,
    emit: (service, event, payload) => streams.emit(service, event, payload),
    get listeners() {
      return streams.size;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        streams.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-resource-policy', 'same-origin');
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.writeHead(status).end(`${text}\n`);
}

function sendJson(res: ServerResponse, status: number, value: ApiResult<unknown>): void {
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.writeHead(status).end(JSON.stringify(value));
}

/** Answers without reading the body, and closes the connection so that an unread body is not kept coming. */
function refuseBody(req: IncomingMessage, res: ServerResponse, status: number, value: ApiResult<unknown>): void {
  res.setHeader('connection', 'close');
  sendJson(res, status, value);
  req.resume();
  res.once('finish', () => req.destroy());
}

function errorResult(code: ApiErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message, issues: [] } };
}
