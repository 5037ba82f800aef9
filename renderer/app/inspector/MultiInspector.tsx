import { selectionTotals } from '../../../shared/analysis/index.ts';
import type { DocRecord, RecordOfType } from '../../../shared/model/index.ts';
import { formatShown } from '../../editor/display-units.ts';
import type { Editor } from '../../editor/editor.ts';
import type { LengthUnit } from '../../editor/session.ts';
import { NumberField, ReadOnly, SelectField } from '../fields.tsx';
import { formatNumber } from '../format.ts';
import { OPTIONS } from '../schema-options.ts';
import { PowerCapField } from './PowerCapField.tsx';
import { ReplaceProfile } from './ReplaceProfile.tsx';
import { SelectionChecks } from './SelectionChecks.tsx';
import { ROTATIONS, TYPE_WORDS } from './words.ts';

/** The value every record shares, or null when they differ ("mixed"). */
function shared<T, V>(records: readonly T[], get: (r: T) => V): V | null {
  const first = get(records[0]!);
  return records.every((r) => get(r) === first) ? first : null;
}

/**
 * A multi-selection: how many of each kind, the sums of its racks (from shared/analysis), and the fields its records
 * share, each editable for all of them at once as one undo step.
 */
export function MultiInspector({ editor, ids, lu }: { editor: Editor; ids: readonly string[]; lu: LengthUnit }) {
  const records = ids.flatMap((id) => editor.store.get(id) ?? []);
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  const totals = selectionTotals(editor.live.analyzer, records);
  const byType = new Map<DocRecord['type'], DocRecord[]>();
  for (const r of records) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  return (
    <div className="inspector" data-testid="inspector">
      <h3 style={{ textTransform: 'none' }}>{records.length} selected</h3>
      <ReadOnly label="Selected" value={[...counts].map(([t, n]) => `${n} ${TYPE_WORDS[t as DocRecord['type']] ?? t}${n === 1 ? '' : 's'}`).join(', ')} />
      {totals.racks > 0 && (
        <div data-testid="selection-totals">
          <ReadOnly label="Racks" value={`${formatNumber(totals.racks)}${totals.unsized ? ` (${totals.unsized} of an unknown profile, not counted)` : ''}`} />
          <ReadOnly label="IT load" value={`${formatNumber(totals.itKw, 1)} kW`} />
          <ReadOnly label="GPUs" value={formatNumber(totals.gpus)} />
          <ReadOnly label="Weight" value={formatShown(totals.weightKg, 'kg', lu)} />
        </div>
      )}
      <fieldset className="inspector-fields" disabled={editor.readOnlyReason !== null}>
        {[...byType].filter(([type]) => EDITABLE.has(type)).map(([type, group]) => (
          <SharedSection key={type} editor={editor} type={type} records={group} lu={lu} titled={byType.size > 1} />
        ))}
        <ReplaceProfile editor={editor} ids={ids} />
      </fieldset>
      <SelectionChecks editor={editor} ids={ids} />
    </div>
  );
}

/** The kinds whose shared fields a multi-selection edits. */
const EDITABLE: ReadonlySet<DocRecord['type']> = new Set(['rack', 'row', 'equipment', 'hall', 'coolingLoop', 'powerFeed']);

/** The shared fields of the selected records of one kind, under the kind's name when several kinds are selected. */
function SharedSection({ editor, type, records, lu, titled }: { editor: Editor; type: DocRecord['type']; records: readonly DocRecord[]; lu: LengthUnit; titled: boolean }) {
  const fields = <SharedFields editor={editor} records={records} lu={lu} />;
  if (!titled) return fields;
  return (
    <section className="inspector-group" data-type={type}>
      <div className="inspector-group-title">
        {records.length} {TYPE_WORDS[type] ?? type}
        {records.length === 1 ? '' : 's'}
      </div>
      {fields}
    </section>
  );
}

function SharedFields({ editor, records, lu }: { editor: Editor; records: readonly DocRecord[]; lu: LengthUnit }) {
  const ids = records.map((r) => r.id);
  const base = { editor, id: ids[0]!, ids };
  const of = <T extends DocRecord['type']>(_type: T) => records as readonly RecordOfType<T>[];
  switch (records[0]!.type) {
    case 'rack': {
      const racks = of('rack');
      const override = shared(racks, (r) => r.itKwOverride);
      return (
        <>
          <PowerCapField editor={editor} racks={racks} />
          <NumberField {...base} field="itKwOverride" label="IT kW override" unit="kW" lengthUnit={lu} value={override} mixed={override === null && racks.some((r) => r.itKwOverride !== null)} nullable />
        </>
      );
    }
    case 'row': {
      const rows = of('row');
      const hallId = shared(rows, (r) => r.hallId);
      const opt = (xs: readonly { id: string; name: string }[]) => [['', '—'] as const, ...xs.map((x) => [x.id, x.name] as const)];
      const pitch = shared(rows, (r) => r.slotWidthM);
      const feeds = hallId ? editor.store.childrenOf(hallId, 'powerFeed') : [];
      return (
        <>
          <NumberField {...base} field="slotWidthM" label="Pitch" unit="length" lengthUnit={lu} value={pitch} mixed={pitch === null} />
          <SelectField {...base} field="rotation" label="Orientation" value={nullableString(shared(rows, (r) => r.rotation))} options={ROTATIONS} toPatch={(v) => ({ rotation: Number(v) })} />
          <SelectField {...base} field="containment" label="Containment" value={shared(rows, (r) => r.containment)} options={OPTIONS.containment} />
          {hallId && (
            <>
              <SelectField {...base} field="coolingLoopId" label="Cooling loop" value={shared(rows, (r) => r.coolingLoopId ?? '')} options={opt(editor.store.childrenOf(hallId, 'coolingLoop'))} toPatch={(v) => ({ coolingLoopId: v || null })} />
              <SelectField {...base} field="feedAId" label="Feed A" value={shared(rows, (r) => r.feedAId ?? '')} options={opt(feeds.filter((f) => f.side === 'A'))} toPatch={(v) => ({ feedAId: v || null })} />
              <SelectField {...base} field="feedBId" label="Feed B" value={shared(rows, (r) => r.feedBId ?? '')} options={opt(feeds.filter((f) => f.side === 'B'))} toPatch={(v) => ({ feedBId: v || null })} />
            </>
          )}
        </>
      );
    }
    case 'equipment': {
      const eq = of('equipment');
      const kinds = new Set(eq.map((e) => editor.catalog.findItem(e.catalogId)?.kind));
      const kind = kinds.size === 1 ? [...kinds][0] : undefined;
      const models = kind ? editor.catalog.catalog.equipment.filter((e) => e.kind === kind && e.widthM > 0) : [];
      return (
        <>
          {kind && <SelectField {...base} field="catalogId" label="Model" value={shared(eq, (e) => e.catalogId)} options={models.map((e) => [e.id, e.name] as const)} />}
          <SelectField {...base} field="rotation" label="Rotation" value={nullableString(shared(eq, (e) => e.rotation))} options={ROTATIONS} toPatch={(v) => ({ rotation: Number(v) })} />
        </>
      );
    }
    case 'hall': {
      const halls = of('hall');
      const ceiling = shared(halls, (h) => h.ceilingHeightM);
      const floor = shared(halls, (h) => h.floorLoadKgPerM2);
      return (
        <>
          <SelectField {...base} field="kind" label="Kind" value={shared(halls, (h) => h.kind)} options={OPTIONS.hallKind} />
          <NumberField {...base} field="ceilingHeightM" label="Ceiling" unit="length" lengthUnit={lu} value={ceiling} mixed={ceiling === null} />
          <NumberField {...base} field="floorLoadKgPerM2" label="Floor load" unit="kg/m²" lengthUnit={lu} value={floor} mixed={floor === null} />
        </>
      );
    }
    case 'coolingLoop':
      return <SelectField {...base} field="redundancy" label="Redundancy" value={shared(of('coolingLoop'), (l) => l.redundancy)} options={OPTIONS.coolingRedundancy} />;
    case 'powerFeed':
      return (
        <SelectField
          {...base}
          field="distributionId"
          label="Distribution"
          value={shared(of('powerFeed'), (f) => f.distributionId)}
          options={editor.catalog.catalog.equipment.filter((e) => e.kind === 'busway' || e.kind === 'pdu').map((e) => [e.id, e.name] as const)}
        />
      );
    default:
      return null;
  }
}

const nullableString = (v: number | null): string | null => (v === null ? null : String(v));

