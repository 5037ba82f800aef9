// Our own Open Recent list (the OS keeps its own as well): most recent first, each project once, at most
// RECENT_LIMIT, stored as JSON in the app's data folder.

export const RECENT_LIMIT = 10;

/** `path` moved to the front of `list` (added when new), the oldest beyond the limit dropped. */
export function addRecent(list: readonly string[], path: string, limit = RECENT_LIMIT): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, limit);
}

export function removeRecent(list: readonly string[], path: string): string[] {
  return list.filter((p) => p !== path);
}

/** The list as stored. */
export function formatRecent(list: readonly string[]): string {
  return `${JSON.stringify({ version: 1, recent: list }, null, 2)}\n`;
}

/**
 * The stored list; an unreadable or foreign file gives an empty list rather than an error, since losing the list
 * costs little. Entries that are not absolute paths of .powerhall files are dropped.
 */
export function parseRecent(text: string | undefined, isAbsolute: (path: string) => boolean, limit = RECENT_LIMIT): string[] {
  if (text === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const recent = (parsed as { recent?: unknown } | null)?.recent;
  if (!Array.isArray(recent)) return [];
  const paths = recent.filter((p): p is string => typeof p === 'string' && isAbsolute(p) && p.toLowerCase().endsWith('.powerhall'));
  return [...new Set(paths)].slice(0, limit);
}
