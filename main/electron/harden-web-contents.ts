import type { WebContents } from 'electron';
import { isAppUrl } from './security-policy.ts';

/**
 * The navigation limits of one web contents (a window, a frame's host, anything Chromium creates): it may only
 * ever show the app origin, whether it gets there by a link, a redirect or a frame navigation; it opens no windows
 * and attaches no webviews.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
