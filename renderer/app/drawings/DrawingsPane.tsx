import { useEffect, useMemo, useRef, useState } from 'react';
import { coolingSchematic } from '../../../shared/report-views/drawings/cooling-schematic.ts';
import type { Drawing } from '../../../shared/report-views/drawings/drawing.ts';
import { singleLineDiagram } from '../../../shared/report-views/drawings/single-line.ts';
import type { ReportContext } from '../../../shared/report-views/report-context.ts';
import type { Editor } from '../../editor/editor.ts';
import { useSession } from '../hooks.ts';
import { useReport } from '../use-report.ts';
import { DrawingSvg } from './DrawingSvg.tsx';
import { drawnIds } from './drawn-ids.ts';
import './drawings.css';

export type DrawingKind = 'single-line' | 'cooling';

/**
 * The drawings' text is sized for paper (1.8 to 2.4 mm): on screen the sheet is drawn at this many pixels per
 * millimetre, so that text reads at 9 to 12 px, at least as large as the PDF's sheet and as wide as the pane; the
 * pane scrolls over the rest.
 */
const PX_PER_MM = 5;
const SHEET_H = 168;
const MIN_SHEET_W = 277;

const DRAWINGS: Record<DrawingKind, { label: string; make: (context: ReportContext, widthMm: number) => Drawing }> = {
  'single-line': { label: 'Single-line', make: (c, w) => singleLineDiagram(c, w, SHEET_H) },
  cooling: { label: 'Cooling schematic', make: (c, w) => coolingSchematic(c, w, SHEET_H) },
};

/** The width of an element in CSS pixels, followed as it resizes. */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * The single-line diagram or the cooling schematic of the open scenario, drawn from the live report by the same
 * shared code as the PDF brief, under the 3D view. Clicking a feed (or a side's feeds drawn as one) or a loop selects it;
 * the selection lights up here and in 3D.
 */
export function DrawingsPane(props: { editor: Editor }) {
  const { editor } = props;
  const [kind, setKind] = useState<DrawingKind | null>(null);
  const report = useReport(editor);
  const session = useSession(editor);
  const [sheet, width] = useWidth();
  const widthMm = Math.max(MIN_SHEET_W, Math.floor((width - 16) / PX_PER_MM));
  const drawing = useMemo(() => {
    if (!kind) return null;
    const context: ReportContext = { report, document: editor.store.toDocument(), catalog: editor.catalog.catalog, date: '', hidePrices: false };
    return DRAWINGS[kind].make(context, widthMm);
  }, [kind, report, editor, widthMm]);
  const selected = useMemo(() => drawnIds(session.selection, editor.store), [session.selection, editor.store]);
  return (
    <section className={kind ? 'drawings open' : 'drawings'} aria-label="Drawings" data-testid="drawings">
      <div className="drawings-bar">
        <span className="drawings-title">Drawings</span>
        {(Object.keys(DRAWINGS) as DrawingKind[]).map((k) => (
          <button
            key={k}
            type="button"
            className={kind === k ? 'tb-button active' : 'tb-button'}
            aria-pressed={kind === k}
            data-testid={`drawing-${k}`}
            title={`Show the ${DRAWINGS[k].label.toLowerCase()} of this scenario; click a box to select it`}
            onClick={() => setKind(kind === k ? null : k)}
          >
            {DRAWINGS[k].label}
          </button>
        ))}
        {drawing && (
          <span className="drawings-notes">
            {drawing.number} · {drawing.notes.join(' · ')}
          </span>
        )}
      </div>
      <div className="drawings-sheet" ref={sheet} data-testid="drawing-sheet">
        {drawing && <DrawingSvg drawing={drawing} pxPerMm={PX_PER_MM} selected={selected} onPick={(ids) => editor.session.select(ids)} />}
      </div>
    </section>
  );
}
