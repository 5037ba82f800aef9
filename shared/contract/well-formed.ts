/**
 * Text that is not well-formed UTF-16 (a lone surrogate: half of a character) cannot be stored as UTF-8: SQLite,
 * files and the network would silently turn it into U+FFFD. It is refused at every boundary instead, naming the
 * field, so that what is saved is exactly what was sent.
 */
const LONE_SURROGATE = /\p{Cs}/u;

export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

export type ValuePath = readonly (string | number)[];

/** The path of the first string (value or key) in a JSON-shaped value that is not well formed, or null. */
export function findIllFormedText(value: unknown): ValuePath | null {
  // An explicit stack, so that a deeply nested payload cannot overflow the call stack. Each entry links to its
  // parent, and a path is spelled out only for what is found: a large document is walked without a copy per value.
  type Entry = { value: unknown; key: string | number; parent: Entry | null };
  const pathOf = (entry: Entry, last?: string): ValuePath => {
    const path: (string | number)[] = last === undefined ? [] : [last];
    for (let e: Entry | null = entry; e !== null && e.parent !== null; e = e.parent) path.push(e.key);
    return path.reverse();
  };
  const stack: Entry[] = [{ value, key: '', parent: null }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const v = entry.value;
    if (typeof v === 'string') {
      if (!isWellFormedText(v)) return pathOf(entry);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i -= 1) stack.push({ value: v[i], key: i, parent: entry });
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i]!;
        if (!isWellFormedText(key)) return pathOf(entry, key);
        stack.push({ value: (v as Record<string, unknown>)[key], key, parent: entry });
      }
    }
  }
  return null;
}

/** The field a path ends in, as the user knows it: its last name, not the schema path. */
export function fieldLabel(path: ValuePath): string {
  const named = [...path].reverse().find((p): p is string => typeof p === 'string');
  return named ?? 'a text value';
}

export function illFormedTextMessage(path: ValuePath): string {
  const label = fieldLabel(path);
  return `the text of '${label}' is not valid Unicode: it holds half of a two-part character (a lone UTF-16 surrogate), which cannot be stored as written`;
}
