import { useMemo, useRef, useState } from 'react';
import type { Editor } from '../editor/editor.ts';
import { formatShortcut } from '../editor/shortcuts.ts';
import { useModal } from './modal.ts';
import { findByName } from './outliner/find-by-name.ts';
import { menuEntries, runMenuCommand, type AppCommand } from './project/app-commands.ts';

/** How many records "find by name" lists under the commands. */
const MAX_FOUND = 12;

interface Line {
  readonly key: string;
  readonly label: string;
  readonly detail: string;
  readonly shortcut?: string;
  readonly enabled: boolean;
  run(): void;
}

/**
 * Mod+K: every command the menus have (the editor's actions, exports, scenarios, site, backups, the app's own), then
 * the open scenario's records whose name matches (select and frame); filtered as you type, Enter runs the first.
 */
export function CommandPalette(props: { editor: Editor; commands: readonly AppCommand[]; onFind: (id: string) => void; onClose: () => void }) {
  const { editor, commands } = props;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const panel = useRef<HTMLDivElement>(null);
  useModal(panel, props.onClose);
  const q = query.trim().toLowerCase();
  const { onClose, onFind } = props;
  const lines = useMemo((): Line[] => {
    // The command runs once the palette has closed: while a dialog is open, menu commands stand down.
    const later = (fn: () => void) => () => {
      onClose();
      window.setTimeout(fn, 0);
    };
    const own = menuEntries(editor, commands)
      .filter((c) => c.id !== 'app.palette')
      .filter((c) => !q || c.label.toLowerCase().includes(q) || (c.submenu ?? '').toLowerCase().includes(q) || c.menu.toLowerCase().includes(q))
      .map((c): Line => ({ key: c.id, label: c.submenu ? `${c.submenu}: ${c.label}` : c.label, detail: c.menu, enabled: c.enabled, run: later(() => runMenuCommand(editor, commands, c.id)), ...(c.shortcut ? { shortcut: c.shortcut } : {}) }));
    const found = q ? findByName(editor.store, editor.session.state.scenarioId, q, MAX_FOUND) : [];
    return [...own, ...found.map((f): Line => ({ key: `find:${f.id}`, label: f.name, detail: `find ${f.kind}`, enabled: true, run: later(() => onFind(f.id)) }))];
  }, [editor, commands, q, onClose, onFind]);
  const at = Math.min(active, Math.max(0, lines.length - 1));
  const runAt = (i: number) => {
    const line = lines[i];
    if (line?.enabled) line.run();
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Command palette" onClick={props.onClose}>
      <div className="palette" ref={panel} tabIndex={-1} onClick={(e) => e.stopPropagation()} data-testid="command-palette">
        <label className="palette-hint" htmlFor="command-palette-input">
          Command or name (type to filter, ↑ ↓ to choose, Enter runs)
        </label>
        <input
          id="command-palette-input"
          autoFocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') runAt(at);
            else if (e.key === 'ArrowDown') setActive(Math.min(at + 1, lines.length - 1));
            else if (e.key === 'ArrowUp') setActive(Math.max(at - 1, 0));
            else return;
            e.preventDefault();
          }}
        />
        {lines.length === 0 ? (
          <p className="palette-empty" role="status" data-testid="palette-empty">
            No command and no name in this scenario matches “{query.trim()}”.
          </p>
        ) : (
          <ul role="listbox" aria-label="Commands">
            {lines.map((l, i) => (
              <li key={l.key} role="option" aria-selected={i === at}>
                <button type="button" className={i === at ? 'active' : undefined} disabled={!l.enabled} onClick={() => l.run()} onMouseEnter={() => setActive(i)} data-testid="palette-line">
                  <span>{l.label}</span>
                  <span className="palette-detail">
                    {l.detail}
                    {l.shortcut && <kbd>{formatShortcut(l.shortcut)}</kbd>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
