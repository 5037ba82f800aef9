import { useRef, useState } from 'react';
import type { RetrofitReport } from '../../../shared/analysis/retrofit/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { formatUsd } from '../format.ts';
import { useSession } from '../hooks.ts';
import { AssetTable } from './AssetTable.tsx';
import { CompareTable } from './CompareTable.tsx';
import { GanttChart } from './GanttChart.tsx';
import { ReadinessTable } from './ReadinessTable.tsx';
import { useRetrofit, type RetrofitPair } from './use-retrofit.ts';
import { useWidth } from './use-width.ts';
import './retrofit.css';

const VIEWS = [
  ['bill', 'Upgrade bill'],
  ['schedule', 'Schedule'],
  ['readiness', 'Readiness'],
  ['assets', 'Assets'],
] as const;
type View = (typeof VIEWS)[number][0];

const perMw = (n: number) => `${formatUsd(n)}/MW`;

function Summary({ report }: { report: RetrofitReport }) {
  const s = report.summary;
  // Each figure with the number it shows, as the compare states it (data-value), for readers that need it exact.
  const figures: [string, string, string, string, number][] = [
    ['Target built new', formatUsd(s.targetNewBuildCapexUsd), 'cmp-new-build', s.targetNewBuildBasis, s.targetNewBuildCapexUsd],
    ['Credited', formatUsd(s.creditedUsd), 'cmp-credited', 'What the kept assets save against the new build, net of their retrofit costs', s.creditedUsd],
    ['Removal', formatUsd(s.removalUsd), 'cmp-removal', 'Removal and strip-out of the units that go', s.removalUsd],
    ['Upgrade bill (Δ)', formatUsd(s.deltaCapexUsd), 'cmp-delta', 'The sum of the upgrade bill’s lines', s.deltaCapexUsd],
    ['Landlord, upgrade', perMw(s.deltaLandlordUsdPerMwIt), 'cmp-landlord-upgrade', 'Landlord capex of the upgrade per MW of critical IT', s.deltaLandlordUsdPerMwIt],
    ['Landlord, new build', perMw(s.newBuildLandlordUsdPerMwIt), 'cmp-landlord-new', 'Landlord capex of the same target built new, per MW of critical IT', s.newBuildLandlordUsdPerMwIt],
    ['First MW', `week ${s.firstPowerWeeks}`, 'cmp-first-power', 'Weeks from the decision to build to the first MW energised', s.firstPowerWeeks],
    ['Full load', `week ${s.fullPowerWeeks}`, 'cmp-full-power', 'Weeks to the full load energised', s.fullPowerWeeks],
  ];
  return (
    <section className="totals" aria-label="Retrofit summary">
      {figures.map(([label, value, id, title, exact]) => (
        <div key={id} className="total" title={title}>
          <span className="total-label">{label}</span>
          <span className="total-value" data-testid={id} data-value={exact}>
            {value}
          </span>
        </div>
      ))}
    </section>
  );
}

/** The site-level findings of the compare (the phases' combined load on the shared supply) and how the figures are made up. */
function Notes({ report }: { report: RetrofitReport }) {
  return (
    <div className="retrofit-notes">
      {report.checks.map((c, i) => (
        <p key={`${c.code}-${i}`} className={`retrofit-check ${c.severity}`} role={c.severity === 'error' ? 'alert' : undefined} data-testid="compare-check">
          <b>{c.severity}</b> {c.message}
        </p>
      ))}
      <details>
        <summary>How these figures are made up</summary>
        <p>{report.summary.targetNewBuildBasis}</p>
        <p>{report.siteLoad.derivation}</p>
      </details>
    </div>
  );
}

function Schedule({ report }: { report: RetrofitReport }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref, 540);
  return (
    <div className="schedule" ref={ref}>
      {report.schedule.tasks.length > 0 && <GanttChart report={report} width={width} />}
      <p className="derivation">{report.schedule.derivation}</p>
    </div>
  );
}

/** Baseline against target: the upgrade bill by system, the schedule as a Gantt chart, the readiness scorecard, the assets. */
export function RetrofitPanel(props: { editor: Editor }) {
  const { editor } = props;
  useSession(editor);
  const [pick, setPick] = useState<RetrofitPair>({ baselineId: null, targetId: null });
  const [view, setView] = useState<View>('bill');
  const state = useRetrofit(editor, pick);
  const scenarios = editor.store.toDocument().scenarios;
  const picker = (role: 'baseline' | 'target', value: string | undefined) => (
    <label className="tb-field">
      {role === 'baseline' ? 'Baseline' : 'Target'}
      <select
        data-testid={`compare-${role}`}
        value={value ?? ''}
        onChange={(e) => setPick(role === 'target' ? { targetId: e.target.value, baselineId: null } : { ...pick, baselineId: e.target.value })}
      >
        {value === undefined && <option value="">—</option>}
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="retrofit" data-testid="compare">
      <div className="retrofit-pickers">
        {picker('baseline', state.ok ? state.baseline.id : undefined)}
        <span className="arrow">→</span>
        {picker('target', state.ok ? state.target.id : (pick.targetId ?? undefined))}
      </div>
      {!state.ok ? (
        <p className="empty">{state.problem}</p>
      ) : (
        <>
          <Summary report={state.view.report} />
          <Notes report={state.view.report} />
          <nav className="subtabs" role="tablist" aria-label="Retrofit views">
            {VIEWS.map(([id, text]) => (
              <button key={id} type="button" role="tab" aria-selected={view === id} data-testid={`compare-view-${id}`} onClick={() => setView(id)}>
                {text}
              </button>
            ))}
          </nav>
          {view === 'bill' && <CompareTable systems={state.view.systems} />}
          {view === 'schedule' && <Schedule report={state.view.report} />}
          {view === 'readiness' && <ReadinessTable factors={state.view.report.readiness} />}
          {view === 'assets' && <AssetTable editor={editor} report={state.view.report} />}
        </>
      )}
    </div>
  );
}
