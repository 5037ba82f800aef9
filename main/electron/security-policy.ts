// Pure security decisions of the Electron shell, kept free of electron imports so that tests check them directly.

/** The custom scheme the renderer is served from, and its one host. */
export const APP_SCHEME = 'powerhall';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** Web preferences of every Powerhall window: isolated, sandboxed, no Node in the page; DevTools only in development. */
export function secureWebPreferences(preloadPath: string, { devTools }: { devTools: boolean }) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools,
  } as const;
}

/** A page may only ever be our own app origin; any other navigation is denied. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app';
  } catch {
    return false;
  }
}

/** IPC is answered only for our own top-level frame showing our own origin. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
