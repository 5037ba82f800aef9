import type { DocumentStore } from '../editor/store.ts';
import { groupColor, UNASSIGNED } from './colors.ts';

export type GroupKind = 'coolingLoop' | 'powerFeed';

/**
 * The colours of the open scenario's loops or feeds (the A side, which the feed colour mode shows): one colour per
 * distinct name, in the order the groups were made, so that the legend lists each name once with the colour the
 * viewport draws it in and groups of other scenarios take no colour from it.
 */
export class GroupPalette {
  readonly names: readonly string[];
  private readonly byId: ReadonlyMap<string, number>;

  constructor(store: DocumentStore, scenarioId: string, kind: GroupKind) {
    const names: string[] = [];
    const byId = new Map<string, number>();
    const groups = kind === 'coolingLoop' ? store.all('coolingLoop') : store.all('powerFeed').filter((f) => f.side === 'A');
    for (const g of groups) {
      if (store.get(g.hallId, 'hall')?.scenarioId !== scenarioId) continue;
      let at = names.indexOf(g.name);
      if (at < 0) at = names.push(g.name) - 1;
      byId.set(g.id, at);
    }
    this.names = names;
    this.byId = byId;
  }

  colorOf(id: string | null | undefined): number {
    const at = id ? this.byId.get(id) : undefined;
    return at === undefined ? UNASSIGNED : groupColor(at);
  }
}
