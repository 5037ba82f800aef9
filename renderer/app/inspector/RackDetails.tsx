import { selectionTotals } from '../../../shared/analysis/index.ts';
import type { RackRecord } from '../../../shared/model/index.ts';
import { formatShown } from '../../editor/display-units.ts';
import type { Editor } from '../../editor/editor.ts';
import { formatLength } from '../../editor/format-length.ts';
import type { LengthUnit } from '../../editor/session.ts';
import { ReadOnly } from '../fields.tsx';
import { formatNumber } from '../format.ts';
import { useReport } from '../use-report.ts';
import { GroupLine, RecordLink } from './GroupFigures.tsx';

/**
 * Where a rack stands and what serves it (row, loop, A and B feeds with their load against capacity) and its own
 * figures (kW and how a preset or an override reached it, GPUs, weight from the analyzer; its box from the report's placement).
 */
export function RackDetails({ editor, rack, lu }: { editor: Editor; rack: RackRecord; lu: LengthUnit }) {
  const report = useReport(editor);
  const row = editor.store.get(rack.rowId, 'row');
  const totals = selectionTotals(editor.live.analyzer, [rack]);
  const load = editor.live.analyzer.rackLoad(rack);
  const box = report.placement.rows.find((r) => r.id === rack.rowId)?.racks.find((r) => r.id === rack.id)?.box;
  const loop = row?.coolingLoopId ? editor.store.get(row.coolingLoopId, 'coolingLoop') : undefined;
  const feed = (id: string | null | undefined) => (id ? editor.store.get(id, 'powerFeed') : undefined);
  const feedA = feed(row?.feedAId);
  const feedB = feed(row?.feedBId);
  const kw = load ? `${formatNumber(load.itKw, 1)} kW` : '—';
  return (
    <>
      {row ? (
        <div className="field readonly">
          <span className="field-label">Row</span>
          <span className="field-value">
            <RecordLink editor={editor} id={row.id} name={row.name} />, slot {rack.slot + 1} of {row.slotCount}
          </span>
        </div>
      ) : (
        <ReadOnly label="Row" value="none" />
      )}
      <GroupLine editor={editor} label="Cooling loop" id={loop?.id ?? null} name={loop?.name} />
      <GroupLine editor={editor} label="Feed A" id={feedA?.id ?? null} name={feedA?.name} />
      <GroupLine editor={editor} label="Feed B" id={feedB?.id ?? null} name={feedB?.name} />
      {/* Each side of an A/B pair is sized to carry the whole rack alone, as the feed's load in the report counts it. */}
      <ReadOnly label="Per feed" value={feedA || feedB ? `${kw} on ${[feedA?.name, feedB?.name].filter(Boolean).join(' and on ')}` : 'no feed'} />
      {load?.basis.adjusted && <ReadOnly label="IT load" value={load.basis.text} />}
      {load && <ReadOnly label="Heat" value={`${formatNumber(load.liquidKw, 1)} kWt liquid, ${formatNumber(load.airKw, 1)} kWt air`} />}
      <ReadOnly label="GPUs" value={formatNumber(totals.gpus)} />
      <ReadOnly label="Weight" value={totals.racks > totals.unsized ? formatShown(totals.weightKg, 'kg', lu) : '—'} />
      {box && <ReadOnly label="W × D × H" value={`${formatLength(box.w, lu)} × ${formatLength(box.d, lu)} × ${formatLength(box.h, lu)}`} />}
    </>
  );
}
