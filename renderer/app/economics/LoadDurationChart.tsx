import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import { loadDurationCurve, type LoadProfileResult } from '../../../shared/analysis/load-profile/index.ts';
import { useWidth } from '../retrofit/use-width.ts';

/** The year's site load sorted from the highest hour down, against the firm limit: how many hours the site runs near it. */
export function LoadDurationChart(props: { load: LoadProfileResult }) {
  const ref = useRef<HTMLDivElement>(null);
  const { load } = props;
  const width = useWidth(ref, 544);
  const curve = useMemo(() => loadDurationCurve(load.aiMw, load.miningMw), [load]);
  useEffect(() => {
    const hours = Float64Array.from({ length: curve.length }, (_, h) => h + 1);
    const limit = new Float64Array(curve.length).fill(load.limitMw);
    const peak = curve[0] ?? 0;
    const limitShown = load.limitMw <= peak * 3;
    const chart = new uPlot(
      {
        width,
        height: 160,
        scales: { x: { time: false }, y: { range: [0, (limitShown ? load.limitMw * 1.05 : peak * 1.15) || 1] } },
        axes: [
          { stroke: '#9aa4b2', grid: { stroke: '#2a2f37' }, label: 'hours of the year at or above the load', values: (_u, ticks) => ticks.map((t) => t.toLocaleString('en-US')) },
          { stroke: '#9aa4b2', grid: { stroke: '#2a2f37' }, label: 'MW', size: 56 },
        ],
        series: [
          { label: 'hours' },
          { label: 'site load (AI + mining)', stroke: '#e0a030', fill: 'rgba(224,160,48,0.25)', width: 1.5, points: { show: false } },
          { label: limitShown ? 'firm limit' : `firm limit ${Math.round(load.limitMw).toLocaleString('en-US')} MW, above the chart`, stroke: '#e5484d', width: 1.5, dash: [6, 4], points: { show: false } },
        ],
      },
      [hours, curve, limit] as unknown as uPlot.AlignedData,
      ref.current!,
    );
    return () => chart.destroy();
  }, [curve, load, width]);
  return <div className="load-chart" ref={ref} data-testid="load-duration-chart" />;
}
