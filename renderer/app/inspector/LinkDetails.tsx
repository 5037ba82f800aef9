import type { CoolingLoopRecord, EquipmentRecord, PowerFeedRecord } from '../../../shared/model/index.ts';
import { runAction } from '../../editor/actions/index.ts';
import { formatShown } from '../../editor/display-units.ts';
import type { Editor } from '../../editor/editor.ts';
import { formatLength } from '../../editor/format-length.ts';
import type { LengthUnit } from '../../editor/session.ts';
import { ReadOnly } from '../fields.tsx';
import { useReport } from '../use-report.ts';
import { GroupLine, GroupRows } from './GroupFigures.tsx';

const names = (xs: readonly { name: string }[]): string => xs.map((x) => x.name).join(', ') || 'none';

/** A CDU's loop, a UPS module's feed: what the unit is part of, with that group's load against its capacity. */
export function EquipmentLinks({ editor, equipment }: { editor: Editor; equipment: EquipmentRecord }) {
  const kind = editor.catalog.findItem(equipment.catalogId)?.kind;
  if (!equipment.hallId || (kind !== 'cdu' && kind !== 'ups')) return null;
  if (kind === 'cdu') {
    const loop = editor.store.childrenOf(equipment.hallId, 'coolingLoop').find((l) => l.cduIds.includes(equipment.id));
    return <GroupLine editor={editor} label="Cooling loop" id={loop?.id ?? null} name={loop?.name} />;
  }
  const feeds = editor.store.childrenOf(equipment.hallId, 'powerFeed').filter((f) => f.upsIds.includes(equipment.id));
  if (feeds.length === 0) return <ReadOnly label="Power feed" value="none" />;
  return (
    <>
      {feeds.map((f) => (
        <GroupLine key={f.id} editor={editor} label={`Feed ${f.side}`} id={f.id} name={f.name} />
      ))}
    </>
  );
}

/** A loop's rows, CDUs, pipe run and main DN, its temperatures, and its heat and flow against its CDUs. */
export function LoopDetails({ editor, loop, lu }: { editor: Editor; loop: CoolingLoopRecord; lu: LengthUnit }) {
  const report = useReport(editor);
  const route = report.placement.routes.find((r) => r.loopId === loop.id);
  const summary = report.summary.cooling.loops.find((l) => l.id === loop.id);
  const scenario = editor.store.get(editor.session.state.scenarioId, 'scenario');
  const rows = editor.store.childrenOf(loop.hallId, 'row').filter((r) => r.coolingLoopId === loop.id);
  const length = route ? formatLength(route.lengthM, lu) : '—';
  return (
    <>
      <ReadOnly label="CDUs" value={names(loop.cduIds.flatMap((id) => editor.store.get(id, 'equipment') ?? []))} />
      <ReadOnly label="Rows" value={names(rows)} />
      <ReadOnly label="Pipe length" value={!route ? 'no route (no CDU on the loop)' : route.automatic ? `${length} (automatic; draw with the pipe tool, I)` : `${length} (${route.points.length} points)`} />
      {route && !route.automatic && (
        <div className="field">
          <span className="field-label" />
          <button type="button" className="tb-button" onClick={() => runAction(editor, 'loop.autoRoute', { loopIds: [loop.id] })}>
            Use the automatic route
          </button>
        </div>
      )}
      <ReadOnly label="Main" value={summary && summary.pipeDn > 0 ? `DN${summary.pipeDn}` : '—'} />
      {scenario && <ReadOnly label="Water" value={`supply ${formatShown(scenario.liquidSupplyC, '°C', lu)}, ΔT ${formatShown(scenario.liquidDeltaTK, 'K', lu)}`} />}
      <GroupRows editor={editor} id={loop.id} />
    </>
  );
}

/** A feed's rows and UPS lineup, and its load against the lineup's usable capacity. */
export function FeedDetails({ editor, feed }: { editor: Editor; feed: PowerFeedRecord }) {
  const rows = editor.store.childrenOf(feed.hallId, 'row').filter((r) => r.feedAId === feed.id || r.feedBId === feed.id);
  return (
    <>
      <ReadOnly label="Rows" value={names(rows)} />
      <ReadOnly label="UPS lineup" value={names(feed.upsIds.flatMap((id) => editor.store.get(id, 'equipment') ?? []))} />
      <GroupRows editor={editor} id={feed.id} />
    </>
  );
}
