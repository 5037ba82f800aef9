import { useRef, type ReactNode } from 'react';
import { downloadFile } from '../download.ts';

/** The chart's own drawing as a file: the SVG as it is drawn, or the canvas of a uPlot chart as PNG. */
function exportChart(frame: HTMLElement, fileBase: string): void {
  const svg = frame.querySelector('svg');
  if (svg) {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    downloadFile(new XMLSerializer().serializeToString(clone), `${fileBase}.svg`, 'image/svg+xml');
    return;
  }
  const canvas = frame.querySelector('canvas');
  canvas?.toBlob((blob) => blob && downloadFile(blob, `${fileBase}.png`, 'image/png'), 'image/png');
}

/** A chart with its title and a button that saves it (SVG for the vector charts, PNG for the hourly ones). */
export function ChartFrame(props: { title: string; fileBase: string; format: 'SVG' | 'PNG'; testId: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <section className="econ-chart" data-testid={props.testId}>
      <h4>
        {props.title}
        <button type="button" className="tb-button econ-export" title={`Save this chart as ${props.format}`} onClick={() => ref.current && exportChart(ref.current, props.fileBase)}>
          {props.format}
        </button>
      </h4>
      <div ref={ref}>{props.children}</div>
    </section>
  );
}
