// How the editor names what it makes: numbered series counted among the open scenario's own records (the first CDU of
// a new scenario is CDU-1), and rack labels that follow their row's name.

/** The next name of a series among `names`: `Loop 3` when `Loop 1` and `Loop 2` exist (the highest number + 1). */
export function nextInSeries(prefix: string, names: Iterable<string>): string {
  let highest = 0;
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return `${prefix}${highest + 1}`;
}

/** The label a rack gets in a slot of a row: `Row 3 · 4`. */
export function rackLabel(rowName: string, slot: number): string {
  return `${rowName} · ${slot + 1}`;
}
