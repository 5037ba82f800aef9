import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { LoadProfileResult } from '../../../shared/analysis/load-profile/index.ts';
import { useWidth } from '../retrofit/use-width.ts';

/** The year's hourly site load, stacked (AI, then mining on top) under the firm limit; drag to zoom, double-click to reset. */
export function LoadChart(props: { load: LoadProfileResult }) {
  const ref = useRef<HTMLDivElement>(null);
  const { load } = props;
  const width = useWidth(ref, 544);
  useEffect(() => {
    const hours = Float64Array.from({ length: load.aiMw.length }, (_, h) => h);
    const stacked = Float64Array.from(load.aiMw, (ai, h) => ai + load.miningMw[h]!);
    const limit = new Float64Array(load.aiMw.length).fill(load.limitMw);
    // A limit far above the load would flatten it: then the scale follows the load and the legend names the limit.
    const peak = stacked.reduce((m, v) => Math.max(m, v), 0);
    const limitShown = load.limitMw <= peak * 3;
    const top = limitShown ? load.limitMw * 1.05 : peak * 1.15;
    const chart = new uPlot(
      {
        width,
        height: 200,
        scales: { x: { time: false }, y: { range: [0, top || 1] } },
        axes: [
          { stroke: '#9aa4b2', grid: { stroke: '#2a2f37' }, label: 'hour of the year', values: (_u, ticks) => ticks.map((t) => t.toLocaleString('en-US')) },
          { stroke: '#9aa4b2', grid: { stroke: '#2a2f37' }, label: 'MW', size: 56 },
        ],
        series: [
          { label: 'hour' },
          { label: 'AI + mining', stroke: '#e0a030', fill: 'rgba(224,160,48,0.35)', width: 1, points: { show: false } },
          { label: 'AI', stroke: '#4da3ff', fill: 'rgba(77,163,255,0.55)', width: 1, points: { show: false } },
          { label: limitShown ? 'firm limit' : `firm limit ${Math.round(load.limitMw).toLocaleString('en-US')} MW, above the chart`, stroke: '#e5484d', width: 1.5, dash: [6, 4], points: { show: false } },
        ],
        legend: { show: true },
      },
      [hours, stacked, load.aiMw, limit] as unknown as uPlot.AlignedData,
      ref.current!,
    );
    return () => chart.destroy();
  }, [load, width]);
  return <div className="load-chart" ref={ref} data-testid="load-chart" />;
}
