import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { runAction } from '../editor/actions/index.ts';
import type { Editor } from '../editor/editor.ts';
import { useDocumentVersion, useSession } from './hooks.ts';
import { initiallyExpanded, outlineTree, pathTo, visibleRows, type OutlineRow } from './outliner/outline-tree.ts';
import { reassignPatch } from './outliner/reassign.ts';

const ROW_HEIGHT = 20;
/** Rows drawn above and below the visible window, so a quick scroll shows no gap. */
const OVERSCAN = 8;
const DRAG_TYPE = 'application/x-powerhall-row';

/**
 * The project as a tree (site, scenarios, halls, rows, racks, loops, feeds, equipment, yard), searchable by name.
 * Only the rows in view are drawn, so a 10,000-rack scenario scrolls as fast as a small one. A click selects and
 * frames; dragging a row onto a loop or a feed assigns it (one undo step, through the inspector's edit).
 */
export function Outliner(props: { editor: Editor; onSelect: (id: string) => void }) {
  const { editor } = props;
  const version = useDocumentVersion(editor);
  const s = useSession(editor);
  const root = useMemo(() => {
    void version; // the store changes in place: its version says when the tree is stale
    return outlineTree(editor.store, editor.catalog, s.scenarioId);
  }, [editor, version, s.scenarioId]);
  const [expanded, setExpanded] = useState<Set<string>>(() => initiallyExpanded(root));
  const [query, setQuery] = useState('');
  const [scrollTop, setScrollTop] = useState(0);
  const [dropKey, setDropKey] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(200);
  const rows = useMemo(() => visibleRows(root, expanded, query), [root, expanded, query]);

  useEffect(() => {
    const el = list.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The scenario opened (here, in the picker, from a menu) shows its halls; a hall folded by hand stays folded
  // through edits, so this happens only when the open scenario changes.
  const [openedFor, setOpenedFor] = useState(s.scenarioId);
  if (openedFor !== s.scenarioId) {
    setOpenedFor(s.scenarioId);
    setExpanded((prev) => new Set([...prev, ...initiallyExpanded(root)]));
  }
  // A record selected elsewhere (in the viewport, from a check) is opened to and scrolled into view.
  const selected = s.selection.size === 1 ? [...s.selection][0]! : null;
  useEffect(() => {
    if (!selected) return;
    const path = pathTo(root, selected);
    if (!path) return;
    setExpanded((prev) => (path.every((k) => prev.has(k)) ? prev : new Set([...prev, ...path])));
  }, [root, selected]);
  useEffect(() => {
    const el = list.current;
    const at = selected ? rows.findIndex((r) => r.node.recordId === selected) : -1;
    if (!el || at < 0) return;
    const top = at * ROW_HEIGHT;
    if (top < el.scrollTop || top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, top - el.clientHeight / 2);
  }, [rows, selected]);

  const toggle = (key: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const open = (r: OutlineRow) => {
    const { node } = r;
    if (node.kind === 'scenario' && node.recordId !== s.scenarioId) {
      editor.session.set({ scenarioId: node.recordId as typeof s.scenarioId, selection: new Set() });
      setExpanded((prev) => new Set([...prev, node.key]));
      return;
    }
    if (node.recordId) props.onSelect(node.recordId);
    else toggle(node.key);
  };

  const drop = (r: OutlineRow, e: DragEvent) => {
    e.preventDefault();
    setDropKey(null);
    const rowId = e.dataTransfer.getData(DRAG_TYPE);
    const target = r.node.recordId;
    if (!rowId || !target) return;
    const change = reassignPatch(editor.store, rowId, target);
    if (!change.ok) {
      editor.session.error(change.message);
      return;
    }
    runAction(editor, 'record.update', { id: rowId, patch: change.patch, label: change.label });
  };

  // When the list gets shorter the browser clamps its scroll position without always saying so: clamp here too.
  const top = Math.min(scrollTop, Math.max(0, rows.length * ROW_HEIGHT - height));
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  return (
    <div className="outliner" data-testid="outliner">
      <input className="outliner-search" type="search" placeholder="Find by name" aria-label="Find in the outline by name" value={query} onChange={(e) => {
          setQuery(e.target.value);
          if (list.current) list.current.scrollTop = 0;
          setScrollTop(0);
        }} data-testid="outliner-search" />
      <div className="outliner-list" ref={list} role="tree" aria-label="Project outline" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        {rows.length === 0 && <div className="empty">Nothing is named “{query.trim()}”.</div>}
        <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
          {rows.slice(first, last).map((r, i) => {
            const { node } = r;
            const accepts = node.kind === 'loop' || node.kind === 'feed';
            const isSelected = node.recordId !== null && s.selection.has(node.recordId);
            return (
              <div
                key={node.key}
                role="treeitem"
                aria-level={r.depth + 1}
                aria-expanded={r.expandable ? r.expanded : undefined}
                aria-selected={isSelected}
                className={`outline-row${isSelected ? ' selected' : ''}${dropKey === node.key ? ' drop' : ''}`}
                style={{ top: (first + i) * ROW_HEIGHT, paddingLeft: 4 + r.depth * 12 }}
                data-testid="outliner-row"
                data-kind={node.kind}
                data-key={node.key}
                data-record={node.recordId ?? undefined}
                title={node.kind === 'row' ? `${node.label}: drag onto a loop or a feed to assign it` : undefined}
                draggable={node.kind === 'row' && editor.readOnlyReason === null}
                onDragStart={(e) => {
                  e.dataTransfer.setData(DRAG_TYPE, node.recordId!);
                  e.dataTransfer.effectAllowed = 'link';
                }}
                onDragOver={(e) => {
                  if (!accepts || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'link';
                  setDropKey(node.key);
                }}
                onDragLeave={() => setDropKey((k) => (k === node.key ? null : k))}
                onDrop={(e) => accepts && drop(r, e)}
                onClick={() => open(r)}
              >
                <button
                  type="button"
                  className="outline-caret"
                  tabIndex={-1}
                  aria-label={r.expanded ? 'Fold' : 'Unfold'}
                  style={{ visibility: r.expandable ? 'visible' : 'hidden' }}
                  onClick={(e) => {
                    e.stopPropagation();
                    toggle(node.key);
                  }}
                >
                  {r.expanded ? '▾' : '▸'}
                </button>
                <span className="outline-label">{node.label}</span>
                {node.note && <span className="outline-note">{node.note}</span>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
