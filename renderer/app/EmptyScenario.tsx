import { runAction } from '../editor/actions/index.ts';
import type { Editor } from '../editor/editor.ts';
import { formatShortcut } from '../editor/shortcuts.ts';
import { useDocumentVersion, useSession } from './hooks.ts';

/** Over an empty scenario's viewport: how to start, with the first step one click away. */
export function EmptyScenario(props: { editor: Editor }) {
  const { editor } = props;
  useDocumentVersion(editor);
  const s = useSession(editor);
  const empty = !editor.store.all('hall').some((h) => h.scenarioId === s.scenarioId) && !editor.store.all('equipment').some((e) => e.scenarioId === s.scenarioId);
  if (!empty) return null;
  const key = (k: string) => <kbd>{formatShortcut(k)}</kbd>;
  return (
    <div className="empty-scenario" data-testid="empty-scenario" data-over-viewport>
      <h3>This scenario is empty</h3>
      <ol>
        <li>Draw a hall: {key('H')}, then drag its floor out.</li>
        <li>Draw rows in it with {key('W')}; fill them with racks of the chosen profile ({key('Shift+K')}).</li>
        <li>Place CDUs and UPS modules with {key('E')}, then join them to rows: loop {key('L')}, feeds {key('B')}.</li>
      </ol>
      <p>The bill, checks and totals follow every step. {key('Mod+K')} lists every command.</p>
      <button type="button" className="tb-button" disabled={editor.readOnlyReason !== null} onClick={() => runAction(editor, 'tool.hall')}>
        Draw a hall
      </button>
    </div>
  );
}
