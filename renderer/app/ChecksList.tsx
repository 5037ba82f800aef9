import type { Check } from '../../shared/analysis/index.ts';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The engine's findings; clicking one with a subject selects and frames it in the viewport. */
export function ChecksList(props: { checks: readonly Check[]; onFocus: (id: string) => void }) {
  const sorted = [...props.checks].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  if (sorted.length === 0) return <p className="empty">No findings.</p>;
  return (
    <ul className="checks" data-testid="checks-list">
      {sorted.map((c) => (
        <li key={c.id} className={`check ${c.severity}`}>
          <button type="button" disabled={!c.subject} onClick={() => c.subject && props.onFocus(c.subject.id)} title={c.subject ? 'Select and frame' : c.code}>
            <span className="sev">{c.severity}</span>
            <span className="msg">{c.message}</span>
            <span className="code">{c.code}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
