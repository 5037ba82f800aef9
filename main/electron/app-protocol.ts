import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy.ts';
import { readStaticFile } from '../server/static-files.ts';
import { APP_SCHEME } from './security-policy.ts';

/** Must run before the app is ready. Standard and secure, so the page is a secure context with its own origin. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Answers powerhall://app/<path> with the file of the built renderer under `rendererRoot`, with the app's
 * Content-Security-Policy; any other host, a missing file or a path out of the root is a 404.
 */
export function appProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const file = url.protocol === `${APP_SCHEME}:` && url.host === 'app' ? await readStaticFile(rendererRoot, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404, headers: { 'x-content-type-options': 'nosniff' } });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'content-type': file.contentType,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  };
}

/** Serves the built renderer on powerhall://app/. */
export function serveRenderer(protocol: Protocol, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererRoot));
}
