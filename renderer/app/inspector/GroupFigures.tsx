import type { GroupFigure } from '../../../shared/analysis/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { ReadOnly } from '../fields.tsx';
import { formatNumber } from '../format.ts';
import { useGroup } from '../use-report.ts';

/** A loop's or a feed's load against its usable capacity, and its flow, from the report's group figures. */
export function GroupRows({ editor, id, label }: { editor: Editor; id: string; label?: string }) {
  const group = useGroup(editor, id);
  if (!group) return <ReadOnly label={label ?? 'Load / usable'} value="not sized (no CDUs or UPS modules on it)" />;
  return <GroupFigureRows group={group} />;
}

export function GroupFigureRows({ group }: { group: GroupFigure }) {
  const over = group.usableCapacity !== null && group.load > group.usableCapacity;
  const flowOver = group.flowLpm !== null && group.usableFlowLpm !== null && group.flowLpm > group.usableFlowLpm;
  return (
    <>
      <ReadOnly label="Units" value={`${group.units} installed, ${group.usableUnits} carrying load at ${group.redundancy ?? 'N'}`} />
      <ReadOnly label="Load / usable" value={`${formatNumber(group.load)} / ${formatNumber(group.usableCapacity ?? 0)} ${group.unit}`} warn={over} />
      {group.flowLpm !== null && (
        <ReadOnly label="Flow / usable" value={`${formatNumber(group.flowLpm)} / ${group.usableFlowLpm === null ? '?' : formatNumber(group.usableFlowLpm)} L/min`} warn={flowOver} />
      )}
    </>
  );
}

/**
 * One line naming a loop or feed with its load against usable capacity, for the inspector of what it serves; the
 * name selects it.
 */
export function GroupLine({ editor, label, id, name }: { editor: Editor; label: string; id: string | null; name: string | undefined }) {
  const group = useGroup(editor, id ?? '');
  if (id === null || name === undefined) return <ReadOnly label={label} value="none" />;
  const over = group !== undefined && group.usableCapacity !== null && group.load > group.usableCapacity;
  return (
    <div className={over ? 'field readonly warn' : 'field readonly'}>
      <span className="field-label">{label}</span>
      <span className="field-value">
        <RecordLink editor={editor} id={id} name={name} />
        {group ? ` · ${formatNumber(group.load)} / ${formatNumber(group.usableCapacity ?? 0)} ${group.unit}` : ' (not sized)'}
      </span>
    </div>
  );
}

/** A record's name that selects it. */
export function RecordLink({ editor, id, name }: { editor: Editor; id: string; name: string }) {
  return (
    <button type="button" className="inspector-link" onClick={() => editor.session.select([id])} title={`Select ${name}`}>
      {name}
    </button>
  );
}
