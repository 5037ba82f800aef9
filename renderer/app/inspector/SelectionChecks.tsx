import type { Editor } from '../../editor/editor.ts';
import { useReport } from '../use-report.ts';

/**
 * The live report's checks about the selection and what it stands in or is served by (its rows, their hall, loops
 * and feeds): after a profile is replaced, what no longer fits (pitch, floor load, loop and feed capacity) shows here.
 */
export function SelectionChecks({ editor, ids }: { editor: Editor; ids: readonly string[] }) {
  const report = useReport(editor);
  const about = new Set<string>();
  const addRow = (rowId: string): void => {
    const row = editor.store.get(rowId, 'row');
    if (!row) return;
    for (const id of [row.id, row.hallId, row.coolingLoopId, row.feedAId, row.feedBId]) if (id) about.add(id);
  };
  for (const id of ids) {
    const r = editor.store.get(id);
    if (!r) continue;
    about.add(r.id);
    if (r.type === 'rack') addRow(r.rowId);
    else if (r.type === 'row') addRow(r.id);
    else if (r.type === 'hall') for (const row of editor.store.childrenOf(r.id, 'row')) addRow(row.id);
  }
  const checks = report.checks.filter((c) => c.subject && about.has(c.subject.id) && c.severity !== 'info');
  if (checks.length === 0) return null;
  return (
    <div className="inspector-checks" data-testid="selection-checks">
      <div className="field-label">Checks here</div>
      <ul className="checks">
        {checks.map((c) => (
          <li key={c.id} className={`check ${c.severity}`} data-code={c.code}>
            <button type="button" onClick={() => c.subject && editor.session.select([c.subject.id])} title="Select what this is about">
              <span className="sev">{c.severity}</span>
              <span className="msg">{c.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
