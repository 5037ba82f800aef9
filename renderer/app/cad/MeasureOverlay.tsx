import { useEffect, useReducer } from 'react';
import type { Editor } from '../../editor/editor.ts';
import { measureText } from '../../editor/tools/measure-tool.ts';
import type { ViewportController } from '../../viewport/viewport-controller.ts';
import { useSession } from '../hooks.ts';

/** The measure tool's line and reading, drawn over the viewport; it follows the camera and the viewport's size. */
export function MeasureOverlay(props: { editor: Editor; controller: ViewportController | null }) {
  const { editor, controller } = props;
  const measure = useSession(editor).measure;
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => controller?.onCameraChange(redraw), [controller]);
  // A resized viewport projects the same points elsewhere: the canvas is resized (and its camera with it) first.
  useEffect(() => {
    if (!controller) return;
    const observer = new ResizeObserver(redraw);
    observer.observe(controller.canvas);
    return () => observer.disconnect();
  }, [controller]);
  if (!measure || !controller) return null;
  const box = controller.canvas.getBoundingClientRect();
  const a = controller.project(measure.a);
  const b = controller.project(measure.b);
  const ax = a.x - box.left;
  const ay = a.y - box.top;
  const bx = b.x - box.left;
  const by = b.y - box.top;
  const text = measureText(measure.a, measure.b, editor);
  // The reading stands beside the middle of the line, kept inside the viewport.
  const lx = Math.max(4, Math.min((ax + bx) / 2 + 10, box.width - 300));
  const ly = Math.max(4, Math.min((ay + by) / 2 + 10, box.height - 28));
  return (
    <div className="measure-overlay" style={{ left: box.left, top: box.top, width: box.width, height: box.height }} data-testid="measure-overlay">
      <svg width={box.width} height={box.height}>
        <line x1={ax} y1={ay} x2={bx} y2={by} />
        <circle cx={ax} cy={ay} r={3} />
        <circle cx={bx} cy={by} r={3} />
      </svg>
      <span className="measure-reading" style={{ left: lx, top: ly }} data-testid="measure-reading">
        {text}
      </span>
    </div>
  );
}
