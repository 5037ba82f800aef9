import type { ReadinessFactor } from '../../../shared/analysis/retrofit/index.ts';

/** The readiness scorecard: each factor's score from the site records, the evidence, and whether it blocks. */
export function ReadinessTable(props: { factors: readonly ReadinessFactor[] }) {
  return (
    <table className="bill readiness" data-testid="readiness">
      <thead>
        <tr>
          <th>Factor</th>
          <th className="num">Score</th>
          <th>Blocking</th>
          <th>Evidence</th>
        </tr>
      </thead>
      <tbody>
        {props.factors.map((f) => (
          <tr key={f.factor} className={f.blocking ? 'blocking' : undefined} data-testid="readiness-row">
            <td className="factor">{f.factor}</td>
            <td className="num">
              {f.score === null ? '—' : f.score.toFixed(2)}
              {f.score !== null && (
                <span className="score-track">
                  <span className="score-bar" style={{ width: `${f.score * 100}%` }} />
                </span>
              )}
            </td>
            <td>{f.blocking ? <b className="blocking-tag">blocking</b> : ''}</td>
            <td className="evidence">{f.evidence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
