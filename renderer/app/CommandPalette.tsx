import { useRef, useState } from 'react';
import { allActions, runAction } from '../editor/actions/index.ts';
import type { Editor } from '../editor/editor.ts';
import { formatShortcut } from '../editor/shortcuts.ts';
import { useModal } from './modal.ts';

/** Mod+K: every keyboard action by name, filtered as you type; Enter runs the first match. */
export function CommandPalette(props: { editor: Editor; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const panel = useRef<HTMLDivElement>(null);
  useModal(panel, props.onClose);
  const q = query.trim().toLowerCase();
  const matches = allActions().filter((a) => a.shortcut && (a.label.toLowerCase().includes(q) || a.id.includes(q)));
  const run = (id: string) => {
    props.onClose();
    runAction(props.editor, id);
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Command palette" onClick={props.onClose}>
      <div className="palette" ref={panel} tabIndex={-1} onClick={(e) => e.stopPropagation()} data-testid="command-palette">
        <label className="palette-hint" htmlFor="command-palette-input">
          Command (type to filter, Enter runs the first)
        </label>
        <input
          id="command-palette-input"
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && matches[0]) run(matches[0].id);
          }}
        />
        <ul>
          {matches.map((a) => (
            <li key={a.id}>
              <button type="button" onClick={() => run(a.id)}>
                <span>{a.label}</span>
                <kbd>{formatShortcut(a.shortcut!)}</kbd>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
