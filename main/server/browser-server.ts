import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ContractSpec } from '../../shared/contract/define.ts';
import type { ApiErrorCode, ApiResult } from '../../shared/contract/envelope.ts';
import type { IpcRouter } from '../ipc/router.ts';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy.ts';
import { readStaticFile } from './static-files.ts';
import { TOKEN_COOKIE, TOKEN_HEADER, cookieValue, newToken, tokensEqual } from './token.ts';

export interface BrowserServerOptions<C extends ContractSpec> {
  router: IpcRouter<C>;
  /** The built renderer (dist/renderer). */
  staticRoot: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
  /** Largest request body accepted, bytes. */
  maxBodyBytes?: number;
}

export interface BrowserServer {
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
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
};

/**
 * Browser mode: the renderer and the same contract over loopback HTTP. Bound to 127.0.0.1 only, every request
 * needs the per-run token (query on first load, then an HttpOnly SameSite=Strict cookie, or a header).
 */
export async function startBrowserServer<C extends ContractSpec>(options: BrowserServerOptions<C>): Promise<BrowserServer> {
  const token = options.token ?? newToken();
  const maxBody = options.maxBodyBytes ?? 256 * 1024 * 1024;
  let port = options.port;

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
    const queryToken = url.searchParams.get('token');
    const given = req.headers[TOKEN_HEADER] ?? cookieValue(req.headers.cookie, TOKEN_COOKIE) ?? queryToken;
    if (!tokensEqual(token, typeof given === 'string' ? given : undefined)) {
      sendText(res, 401, 'Powerhall: missing or wrong token. Open the URL that `powerhall serve` printed.');
      return;
    }
    if (queryToken !== null && req.method === 'GET') {
      url.searchParams.delete('token');
      res.setHeader('set-cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      res.setHeader('location', url.pathname + url.search);
      res.writeHead(303).end();
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url.pathname);
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

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const parts = pathname.split('/');
    if (req.method !== 'POST' || parts.length !== 4) {
      sendJson(res, 405, errorResult('bad-request', 'API calls are POST /api/<service>/<method>'));
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(res, 415, errorResult('bad-request', 'API calls need content-type: application/json'));
      return;
    }
    const body = await readBody(req, maxBody);
    if (body === null) {
      sendJson(res, 413, errorResult('bad-request', `request body larger than ${maxBody} bytes`));
      return;
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, 400, errorResult('bad-request', 'request body is not valid JSON'));
      return;
    }
    const result = await options.router.dispatch(parts[2]!, parts[3]!, payload);
    sendJson(res, result.ok ? 200 : STATUS_OF[result.error.code], result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
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

function errorResult(code: ApiErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message, issues: [] } };
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
