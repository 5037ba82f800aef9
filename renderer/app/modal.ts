import { useEffect, useRef, useState, type RefObject } from 'react';

// Every dialog and overlay is modal: while one is open it owns the keyboard. Escape closes the top one, Tab
// stays inside it, and no editor shortcut (Delete, arrows, R, K, ...) reaches the document behind it. When it
// closes, focus goes back to where it was when the dialog opened.

interface OpenModal {
  readonly panel: () => HTMLElement | null;
  readonly close: () => void;
}

const open: OpenModal[] = [];

/** Whether a dialog or overlay is open: editor shortcuts stand down while one is. */
export function isModalOpen(): boolean {
  return open.length > 0;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

function focusables(panel: HTMLElement): HTMLElement[] {
  return [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
}

/** Keys while a modal is open, seen first (capture on the window), before any other handler. */
function onKeyDown(e: KeyboardEvent): void {
  const top = open.at(-1);
  const panel = top?.panel();
  if (!top || !panel) return;
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopImmediatePropagation();
    top.close();
    return;
  }
  const inside = e.target instanceof Node && panel.contains(e.target);
  if (e.key === 'Tab') {
    const list = focusables(panel);
    const first = list[0];
    const last = list.at(-1);
    const active = document.activeElement;
    if (!first || !last) {
      e.preventDefault();
      panel.focus();
    } else if (!inside || (e.shiftKey && (active === first || active === panel)) || (!e.shiftKey && active === last)) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    }
    return;
  }
  if (!inside) {
    // Focus slipped out (a click on the backdrop's edge): the key goes nowhere, and focus comes back in.
    e.preventDefault();
    e.stopImmediatePropagation();
    panel.focus();
  }
}

function push(entry: OpenModal): void {
  if (open.length === 0) window.addEventListener('keydown', onKeyDown, true);
  open.push(entry);
}

function remove(entry: OpenModal): void {
  const at = open.indexOf(entry);
  if (at >= 0) open.splice(at, 1);
  if (open.length === 0) window.removeEventListener('keydown', onKeyDown, true);
}

/**
 * Makes the element in `panel` a modal dialog while the component is mounted: it takes focus (unless a
 * child already took it with autoFocus), keeps it, closes on Escape, and gives focus back on close.
 */
export function useModal(panel: RefObject<HTMLElement | null>, onClose: () => void): void {
  // Read during the first render, before autoFocus inside the dialog moves focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const entry: OpenModal = { panel: () => panel.current, close: () => close.current() };
    push(entry);
    const el = panel.current;
    if (el && !el.contains(document.activeElement)) el.focus({ preventScroll: true });
    return () => {
      remove(entry);
      const back = opener && opener.isConnected && opener !== document.body ? opener : document.querySelector<HTMLElement>('[data-testid=viewport-canvas]');
      back?.focus({ preventScroll: true });
    };
  }, [panel, opener]);
}
