/**
 * The edit this tab has sent but not yet had acknowledged, kept in session storage: it survives a reload, and a
 * leave-page warning stands while it is there. A revision guard on the server makes sending it twice safe: the
 * second attempt is refused as a conflict, never applied twice.
 */
const OUTBOX_KEY = 'powerhall.outbox';

export interface OutboxEntry {
  readonly request: unknown;
}

export function outboxEntry(): OutboxEntry | null {
  const text = window.sessionStorage.getItem(OUTBOX_KEY);
  if (!text) return null;
  try {
    return { request: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

export function putInOutbox(request: unknown): void {
  window.sessionStorage.setItem(OUTBOX_KEY, JSON.stringify(request));
}

export function clearOutbox(): void {
  window.sessionStorage.removeItem(OUTBOX_KEY);
}

let warning = false;

/** Asks before the page is left while an edit is unacknowledged. */
export function warnOnLeaveWhileUnsaved(): void {
  if (warning) return;
  warning = true;
  window.addEventListener('beforeunload', (event) => {
    if (outboxEntry() === null) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = '';
  });
}
