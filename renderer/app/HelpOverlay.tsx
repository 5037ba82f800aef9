import { useRef } from 'react';
import { allActions } from '../editor/actions/index.ts';
import type { Action } from '../editor/actions/types.ts';
import { formatShortcut } from '../editor/shortcuts.ts';
import { useModal } from './modal.ts';

const GROUP_TITLE: Record<Action['group'], string> = { create: 'Create', edit: 'Edit', history: 'History', tool: 'Tools', color: 'Colour', view: 'View' };

const MOUSE: [string, string][] = [
  ['Left drag', 'Use the active tool (select/move, draw hall or row)'],
  ['Shift+click', 'Add to or remove from the selection'],
  ['Drag on empty floor', 'Box-select racks and equipment'],
  ['Right drag', 'Orbit (pan in plan view)'],
  ['Middle drag', 'Pan'],
  ['Wheel', 'Zoom at the cursor'],
  ['Click, click…', 'Pipe tool: start on a CDU, click bends, click a row to end (Shift: and go on)'],
  ['Enter / double-click', 'Finish the pipe run where it is'],
  ['Escape', 'Cancel the gesture or pipe run, then clear the selection; closes a dialog'],
];

export function HelpOverlay(props: { onClose: () => void }) {
  const panel = useRef<HTMLDivElement>(null);
  useModal(panel, props.onClose);
  const groups = new Map<Action['group'], { label: string; shortcut: string }[]>();
  for (const a of allActions()) {
    if (!a.shortcut) continue;
    const list = groups.get(a.group) ?? [];
    list.push({ label: a.label, shortcut: a.shortcut });
    groups.set(a.group, list);
  }
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" onClick={props.onClose}>
      <div className="help" ref={panel} tabIndex={-1} onClick={(e) => e.stopPropagation()} data-testid="help-overlay">
        <h2>Keyboard and mouse</h2>
        <div className="help-columns">
          {[...groups].map(([group, list]) => (
            <section key={group}>
              <h3>{GROUP_TITLE[group]}</h3>
              <dl>
                {list.map((a) => (
                  <div key={a.label}>
                    <dt>
                      <kbd>{formatShortcut(a.shortcut)}</kbd>
                    </dt>
                    <dd>{a.label}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <section>
            <h3>Mouse</h3>
            <dl>
              {MOUSE.map(([k, v]) => (
                <div key={k}>
                  <dt>
                    <kbd>{k}</kbd>
                  </dt>
                  <dd>{v}</dd>
                </div>
              ))}
              <div>
                <dt>
                  <kbd>?</kbd>
                </dt>
                <dd>This help</dd>
              </div>
              <div>
                <dt>
                  <kbd>{formatShortcut('Mod+K')}</kbd>
                </dt>
                <dd>Command palette</dd>
              </div>
            </dl>
          </section>
        </div>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
