import { useMemo, useState } from 'react';
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

/** The sheet the PDF brief draws on (A4 landscape inside its frame, above the title block), so both show one layout. */
const SHEET_W = 277;
const SHEET_H = 168;

const DRAWINGS: Record<DrawingKind, { label: string; make: (context: ReportContext) => Drawing }> = {
  'single-line': { label: 'Single-line', make: (c) => singleLineDiagram(c, SHEET_W, SHEET_H) },
  cooling: { label: 'Cooling schematic', make: (c) => coolingSchematic(c, SHEET_W, SHEET_H) },
};

/**
 * The single-line diagram or the cooling schematic of the open scenario, drawn from the live report by the same
 * shared code as the PDF brief, under the 3D view. Clicking a feed or loop selects it; the selection lights up here
 * and in 3D.
 */
export function DrawingsPane(props: { editor: Editor }) {
  const { editor } = props;
  const [kind, setKind] = useState<DrawingKind | null>(null);
  const report = useReport(editor);
  const session = useSession(editor);
  const drawing = useMemo(() => {
    if (!kind) return null;
    const context: ReportContext = { report, document: editor.store.toDocument(), catalog: editor.catalog.catalog, date: '', hidePrices: false };
    return DRAWINGS[kind].make(context);
  }, [kind, report, editor]);
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
      {drawing && (
        <div className="drawings-sheet" data-testid="drawing-sheet">
          <DrawingSvg drawing={drawing} selected={selected} onPick={(id) => editor.session.select([id])} />
        </div>
      )}
    </section>
  );
}
