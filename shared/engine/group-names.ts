import type { ScenarioLayout } from './layout.ts';

const SITE_WIDE: Readonly<Record<string, string>> = { site: 'Site', 'out-of-band': 'Out-of-band network' };

/**
 * What people call a bill line's group: a hall, loop or feed by its name, a hall's automatic loop (the rows on no
 * loop of their own), the site-wide groups, or a fabric's own description.
 */
export function groupNamer(layout: ScenarioLayout): (group: string) => string {
  const names = new Map<string, string>();
  for (const h of layout.halls) names.set(h.hall.id, h.hall.name);
  for (const l of layout.loops) names.set(l.id, l.name);
  for (const f of layout.feeds) names.set(f.id, f.name);
  return (group) => {
    // `<id>` or `<id>/<part>[/…]`; named on every line of every report, so read without splitting.
    const slash = group.indexOf('/');
    const name = names.get(slash === -1 ? group : group.slice(0, slash));
    if (name !== undefined) return slash !== -1 && group.startsWith('auto-loop', slash + 1) && (group.length === slash + 10 || group[slash + 10] === '/') ? `${name}, automatic loop` : name;
    return SITE_WIDE[group] ?? group;
  };
}
