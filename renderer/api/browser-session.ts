/**
 * Browser mode's credential, kept in this tab only. The printed link carries a single-use launch token in its
 * fragment (never sent to a server, worthless once used); the tab trades it once for the project's session secret
 * and keeps that in session storage, which belongs to this origin (so to this port) and this tab alone. No cookie
 * is involved, so other local servers never see it and each serve instance is independent.
 */
const SESSION_KEY = 'powerhall.session';
const LAUNCH_HEADER = 'x-powerhall-launch';

function launchTokenInFragment(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get('launch');
}

async function exchange(baseUrl: string, launch: string): Promise<void> {
  // Out of the address bar and the history first: the token is spent either way.
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  try {
    const response = await fetch(`${baseUrl}/session`, { method: 'POST', headers: { [LAUNCH_HEADER]: launch }, credentials: 'omit' });
    if (!response.ok) return;
    const body = (await response.json()) as { ok?: boolean; value?: { session?: unknown } };
    if (body.ok && typeof body.value?.session === 'string') window.sessionStorage.setItem(SESSION_KEY, body.value.session);
  } catch {
    // The server is not answering; the API call that follows says so in words.
  }
}

let pending: Promise<void> | null = null;

/** Trades a launch token in the fragment, if there is one (at load, or pasted into this tab later). */
function exchangeIfLaunched(baseUrl: string): Promise<void> {
  const launch = launchTokenInFragment();
  if (launch) pending = exchange(baseUrl, launch);
  return pending ?? Promise.resolve();
}

let listening = false;

/** The session secret for the next API call, or null when this tab has none. */
export async function sessionSecret(baseUrl: string): Promise<string | null> {
  if (!listening) {
    listening = true;
    window.addEventListener('hashchange', () => void exchangeIfLaunched(baseUrl));
    void exchangeIfLaunched(baseUrl);
  }
  await (pending ?? Promise.resolve());
  return window.sessionStorage.getItem(SESSION_KEY);
}
