import type { RetrofitReport } from '../../../shared/analysis/retrofit/index.ts';
import { GANTT, ganttLayout } from './gantt-layout.ts';

/** The retrofit schedule as bars on a weeks axis: critical path in red, dependencies as elbows, first MW and full load marked. */
export function GanttChart(props: { report: RetrofitReport; width: number }) {
  const { report, width } = props;
  const s = report.summary;
  const layout = ganttLayout(
    report.schedule.tasks,
    [
      { label: `First MW · week ${s.firstPowerWeeks}`, week: s.firstPowerWeeks },
      { label: `Full load · week ${s.fullPowerWeeks}`, week: s.fullPowerWeeks },
    ],
    width,
  );
  const { chart } = layout;
  return (
    <svg className="gantt" width={layout.width} height={layout.height} role="img" aria-label={`Schedule: first MW at week ${s.firstPowerWeeks}, full load at week ${s.fullPowerWeeks}`} data-testid="gantt">
      <defs>
        <marker id="gantt-arrow" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L6,3 L0,6 z" className="gantt-arrowhead" />
        </marker>
      </defs>
      {layout.rows.map((r, i) => (
        <rect key={`band-${r.task.id}`} x={0} y={r.y} width={layout.width} height={r.h} className={i % 2 ? 'gantt-band odd' : 'gantt-band'} />
      ))}
      {layout.ticks.map((t) => (
        <g key={t.week}>
          <line x1={t.x} x2={t.x} y1={chart.top} y2={chart.bottom} className="gantt-grid" />
          <text x={t.x} y={chart.bottom + 14} className="gantt-tick" textAnchor="middle">
            {t.week}
          </text>
        </g>
      ))}
      <text x={chart.x0 - 8} y={chart.bottom + 14} className="gantt-tick" textAnchor="end">
        weeks
      </text>
      {layout.milestones.map((m) => (
        <g key={m.label} className="gantt-milestone" data-testid="gantt-milestone">
          <line x1={m.x} x2={m.x} y1={m.labelY + 3} y2={chart.bottom} />
          <text x={m.anchor === 'end' ? m.x - 4 : m.x + 4} y={m.labelY} textAnchor={m.anchor}>
            {m.label}
          </text>
        </g>
      ))}
      {layout.links.map((l) => (
        <path key={`${l.from}>${l.to}`} d={l.d} className={l.critical ? 'gantt-link critical' : 'gantt-link'} markerEnd="url(#gantt-arrow)" />
      ))}
      {layout.rows.map((r) => {
        const mid = r.y + r.h / 2;
        const cls = r.task.critical ? 'gantt-bar critical' : 'gantt-bar';
        return (
          <g key={r.task.id} data-testid="gantt-task" data-task={r.task.id} data-critical={r.task.critical ? 'yes' : 'no'}>
            <title>{`${r.task.name}: week ${r.task.startWeek} to ${r.task.endWeek}${r.task.critical ? ' (critical path)' : ''}. ${r.task.derivation}`}</title>
            <text x={8} y={mid - ((r.lines.length - 1) * GANTT.LINE_H) / 2 + 4} className={r.task.critical ? 'gantt-label critical' : 'gantt-label'}>
              {r.lines.map((line, k) => (
                <tspan key={k} x={8} dy={k === 0 ? 0 : GANTT.LINE_H}>
                  {line}
                </tspan>
              ))}
            </text>
            {r.milestone ? (
              <path d={`M${r.x0},${mid - 6} L${r.x0 + 6},${mid} L${r.x0},${mid + 6} L${r.x0 - 6},${mid} z`} className={cls} />
            ) : (
              <rect x={r.x0} y={mid - GANTT.BAR_H / 2} width={Math.max(2, r.x1 - r.x0)} height={GANTT.BAR_H} rx={2} className={cls} />
            )}
          </g>
        );
      })}
    </svg>
  );
}
