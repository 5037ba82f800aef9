/** The parts of a keyboard event a shortcut looks at (a DOM KeyboardEvent fits). */
export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

export const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Whether `event` presses `shortcut` ('Mod+Z', 'Shift+Mod+Z', 'Delete', 'K', '1'). */
export function matchesShortcut(event: KeyLike, shortcut: string, mac = isMac()): boolean {
  const parts = shortcut.split('+');
  const key = parts.at(-1)!;
  const wantMod = parts.includes('Mod');
  const wantShift = parts.includes('Shift');
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (mod !== wantMod || event.altKey) return false;
  const pressed = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  if (key === 'Delete' && (pressed === 'Delete' || pressed === 'Backspace')) return !event.shiftKey;
  // Shifted digits and symbols change the key itself, so Shift is only compared for letters and named keys.
  const shiftMatters = /^[A-Z]$/.test(pressed) || pressed.length > 1;
  if (shiftMatters && event.shiftKey !== wantShift) return false;
  return pressed === key.toUpperCase() || pressed === key;
}

/** A shortcut as shown in tooltips and the help overlay. */
export function formatShortcut(shortcut: string, mac = isMac()): string {
  return shortcut
    .split('+')
    .map((p) => (p === 'Mod' ? (mac ? '⌘' : 'Ctrl') : p === 'Shift' ? (mac ? '⇧' : 'Shift') : p.replace('Arrow', '')))
    .join(mac ? '' : '+');
}
