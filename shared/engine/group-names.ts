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
    const [id, part] = group.split('/');
    const name = names.get(id!);
    if (name !== undefined) return part === 'auto-loop' ? `${name}, automatic loop` : name;
    return SITE_WIDE[group] ?? group;
  };
}
