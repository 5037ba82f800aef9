import type { CatalogIndex } from '../../../shared/catalog/catalog-index.ts';
import type { DocumentStore } from '../../editor/store.ts';

export type OutlineKind = 'site' | 'scenario' | 'hall' | 'rows' | 'row' | 'rack' | 'loops' | 'loop' | 'feeds' | 'feed' | 'equipment-list' | 'equipment' | 'yard';

/** One node of the outline: a record (recordId) or a heading that groups records (recordId null). */
export interface OutlineNode {
  readonly key: string;
  readonly kind: OutlineKind;
  readonly label: string;
  /** Shown after the label, dimmed: what the node holds ("20 racks", "side A"). */
  readonly note: string;
  readonly recordId: string | null;
  readonly children: readonly OutlineNode[];
}

/** A node as drawn: its depth, whether it has children and whether they show. */
export interface OutlineRow {
  readonly node: OutlineNode;
  readonly depth: number;
  readonly expandable: boolean;
  readonly expanded: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function heading(key: string, kind: OutlineKind, label: string, children: OutlineNode[]): OutlineNode {
  return { key, kind, label, note: String(children.length), recordId: null, children };
}

/**
 * The project as a tree: site → scenarios → (the open one's) halls → rows → racks, the hall's loops, feeds and
 * equipment, and the scenario's yard. Other scenarios are single nodes: opening one switches to it. A rack's note is
 * its profile's name (the id only for a profile the catalog lacks).
 */
export function outlineTree(store: DocumentStore, catalog: CatalogIndex, openScenarioId: string): OutlineNode {
  const site = store.all('site')[0];
  const scenarios = [...store.all('scenario')].sort((a, b) => a.order - b.order);
  const scenarioNodes = scenarios.map((sc): OutlineNode => {
    if (sc.id !== openScenarioId) return { key: sc.id, kind: 'scenario', label: sc.name, note: '', recordId: sc.id, children: [] };
    const halls = store.all('hall').filter((h) => h.scenarioId === sc.id);
    const hallNodes = halls.map((hall): OutlineNode => {
      const rows = store.childrenOf(hall.id, 'row').map((row): OutlineNode => {
        const racks = store.childrenOf(row.id, 'rack').sort((a, b) => a.slot - b.slot);
        return {
          key: row.id,
          kind: 'row',
          label: row.name,
          note: plural(racks.length, 'rack'),
          recordId: row.id,
          children: racks.map((rack) => ({ key: rack.id, kind: 'rack', label: rack.label || `${row.name} · ${rack.slot + 1}`, note: catalog.findProfile(rack.profileId)?.name ?? rack.profileId, recordId: rack.id, children: [] })),
        };
      });
      const loops = store.childrenOf(hall.id, 'coolingLoop').map((l): OutlineNode => ({ key: l.id, kind: 'loop', label: l.name, note: plural(l.cduIds.length, 'CDU'), recordId: l.id, children: [] }));
      const feeds = store.childrenOf(hall.id, 'powerFeed').map((f): OutlineNode => ({ key: f.id, kind: 'feed', label: f.name, note: `side ${f.side}`, recordId: f.id, children: [] }));
      const equipment = store.childrenOf(hall.id, 'equipment').map((e): OutlineNode => ({ key: e.id, kind: 'equipment', label: e.name, note: '', recordId: e.id, children: [] }));
      return {
        key: hall.id,
        kind: 'hall',
        label: hall.name,
        note: '',
        recordId: hall.id,
        children: [heading(`${hall.id}:rows`, 'rows', 'Rows', rows), heading(`${hall.id}:loops`, 'loops', 'Cooling loops', loops), heading(`${hall.id}:feeds`, 'feeds', 'Power feeds', feeds), heading(`${hall.id}:equipment`, 'equipment-list', 'Equipment', equipment)],
      };
    });
    const yard = store.all('equipment').filter((e) => e.scenarioId === sc.id && !e.hallId).map((e): OutlineNode => ({ key: e.id, kind: 'equipment', label: e.name, note: '', recordId: e.id, children: [] }));
    return { key: sc.id, kind: 'scenario', label: sc.name, note: 'open', recordId: sc.id, children: [...hallNodes, heading(`${sc.id}:yard`, 'yard', 'Yard', yard)] };
  });
  return { key: site?.id ?? 'site', kind: 'site', label: site?.name ?? 'Site', note: '', recordId: site?.id ?? null, children: scenarioNodes };
}

/** The keys open when the outline is first shown: the site, the open scenario and its halls. */
export function initiallyExpanded(root: OutlineNode): Set<string> {
  const open = new Set<string>([root.key]);
  for (const sc of root.children) {
    if (sc.children.length === 0) continue;
    open.add(sc.key);
    for (const hall of sc.children) if (hall.kind === 'hall') open.add(hall.key);
  }
  return open;
}

/**
 * The rows to draw, depth first. Without a query, a node's children show when it is expanded. With one, only
 * nodes whose label contains it (any case) and their ancestors show, all opened, so a rack among 10,000 is one
 * line under its hall and row.
 */
export function visibleRows(root: OutlineNode, expanded: ReadonlySet<string>, query: string): OutlineRow[] {
  const q = query.trim().toLowerCase();
  const out: OutlineRow[] = [];
  if (!q) {
    const walk = (node: OutlineNode, depth: number) => {
      const open = expanded.has(node.key);
      out.push({ node, depth, expandable: node.children.length > 0, expanded: open });
      if (open) for (const c of node.children) walk(c, depth + 1);
    };
    walk(root, 0);
    return out;
  }
  const walk = (node: OutlineNode, depth: number): OutlineRow[] | null => {
    const below = node.children.flatMap((c) => walk(c, depth + 1) ?? []);
    const hit = node.label.toLowerCase().includes(q);
    if (!hit && below.length === 0) return null;
    return [{ node, depth, expandable: node.children.length > 0, expanded: below.length > 0 }, ...below];
  };
  return walk(root, 0) ?? [];
}

/** Keys of the nodes on the way down to a record, to open them when the record is selected elsewhere. */
export function pathTo(root: OutlineNode, recordId: string): string[] | null {
  if (root.recordId === recordId) return [];
  for (const c of root.children) {
    const below = pathTo(c, recordId);
    if (below) return [root.key, ...below];
  }
  return null;
}
