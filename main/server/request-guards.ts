import type { IncomingMessage } from 'node:http';

/** Largest API request body: a few MB holds any edit the editor makes; more is refused before it is read. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

/** The media type of a request without its parameters, lower-cased: 'application/json; charset=UTF-8' → 'application/json'. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** A charset parameter other than UTF-8 is refused: the body is decoded as UTF-8. */
export function charsetIsUtf8(header: string | undefined): boolean {
  const param = (header ?? '')
    .split(';')
    .slice(1)
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('charset='));
  return param === undefined || ['charset=utf-8', 'charset="utf-8"', 'charset=utf8'].includes(param);
}

/**
 * Whether a request comes from the app's own page or from no browser page at all (a script with the token).
 * A browser always sends Origin on a POST and Sec-Fetch-Site on every fetch: another site's page, or a page on
 * another port of this computer, is refused by them even before the token is looked at.
 */
export function fromOwnOrigin(req: IncomingMessage, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && !origins.includes(origin)) return false;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  return true;
}

/** Reads a body of at most `limit` bytes; past it, stops reading and resolves null (the caller answers 413). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
