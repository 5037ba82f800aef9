import { assertNever, type DocRecord } from '../../shared/model/index.ts';
import { selectionTotals } from '../../shared/analysis/index.ts';
import type { Editor } from '../editor/editor.ts';
import type { LengthUnit } from '../editor/session.ts';
import { rackLabel } from '../editor/naming.ts';
import { CheckField, NumberField, ReadOnly, SelectField, TextField } from './fields.tsx';
import { formatNumber } from './format.ts';
import { useDocumentVersion, useSession } from './hooks.ts';
import { OPTIONS } from './schema-options.ts';
import { EquipmentLinks, FeedDetails, LoopDetails } from './inspector/LinkDetails.tsx';
import { MultiInspector } from './inspector/MultiInspector.tsx';
import { PowerCapField } from './inspector/PowerCapField.tsx';
import { RackDetails } from './inspector/RackDetails.tsx';
import { ReplaceProfile } from './inspector/ReplaceProfile.tsx';
import { SelectionChecks } from './inspector/SelectionChecks.tsx';
import { ROTATIONS, TYPE_WORDS } from './inspector/words.ts';
import './inspector/inspector.css';
import { DispositionSection } from './inspector/DispositionSection.tsx';
import { UnderlaySection } from './inspector/UnderlaySection.tsx';

/** Edits the selected record's fields with their units; several selected records are summed and edited together. */
export function Inspector(props: { editor: Editor }) {
  const { editor } = props;
  const s = useSession(editor);
  useDocumentVersion(editor);
  const ids = [...s.selection];
  if (ids.length === 0) return <p className="empty">Select something to inspect it. Shift+click adds to the selection; drag on empty floor to box-select.</p>;
  if (ids.length > 1) return <MultiInspector editor={editor} ids={ids} lu={s.lengthUnit} />;
  const record = editor.store.get(ids[0]!);
  if (!record) return null;
  return (
    <div className="inspector" data-testid="inspector" data-record-id={record.id} key={record.id}>
      <Title editor={editor} record={record} />
      {/* A read-only project shows every field but takes no edit. */}
      <fieldset className="inspector-fields" disabled={editor.readOnlyReason !== null}>
        <RecordForm editor={editor} record={record} lu={s.lengthUnit} />
        <DispositionSection editor={editor} record={record} />
        <UnderlaySection editor={editor} record={record} lu={s.lengthUnit} />
      </fieldset>
      <SelectionChecks editor={editor} ids={ids} />
    </div>
  );
}

/** The record's name with what it is beside it ("G1A · 10  rack", "Loop 1  cooling loop"), never an internal id. */
function Title({ editor, record }: { editor: Editor; record: DocRecord }) {
  const kind = record.type === 'equipment' ? (editor.catalog.findItem(record.catalogId)?.name ?? 'equipment') : (TYPE_WORDS[record.type] ?? record.type);
  let name = 'name' in record ? record.name : '';
  if (record.type === 'rack') name = record.label || rackLabel(editor.store.get(record.rowId, 'row')?.name ?? '', record.slot);
  return (
    <h3 style={{ textTransform: 'none' }}>
      {name || kind} {name && <code>{kind}</code>}
    </h3>
  );
}

function RecordForm({ editor, record, lu }: { editor: Editor; record: DocRecord; lu: LengthUnit }) {
  const base = { editor, id: record.id };
  const point = (key: 'origin' | 'position', p: { x: number; y: number }) => (
    <>
      <NumberField {...base} field={`${key}.x`} label="x" unit="length" lengthUnit={lu} value={p.x} toPatch={(v) => ({ [key]: { x: v, y: p.y } })} />
      <NumberField {...base} field={`${key}.y`} label="y" unit="length" lengthUnit={lu} value={p.y} toPatch={(v) => ({ [key]: { x: p.x, y: v } })} />
    </>
  );
  switch (record.type) {
    case 'hall': {
      const racks = editor.store.childrenOf(record.id, 'row').flatMap((r) => editor.store.childrenOf(r.id, 'rack'));
      return (
        <>
          <TextField {...base} field="name" label="Name" value={record.name} />
          <SelectField {...base} field="kind" label="Kind" value={record.kind} options={OPTIONS.hallKind} />
          <NumberField {...base} field="widthM" label="Width" unit="length" lengthUnit={lu} value={record.widthM} />
          <NumberField {...base} field="depthM" label="Depth" unit="length" lengthUnit={lu} value={record.depthM} />
          <NumberField {...base} field="ceilingHeightM" label="Ceiling" unit="length" lengthUnit={lu} value={record.ceilingHeightM} />
          <NumberField {...base} field="floorLoadKgPerM2" label="Floor load" unit="kg/m²" lengthUnit={lu} value={record.floorLoadKgPerM2} />
          {point('origin', record.origin)}
          <ReadOnly label="IT load" value={`${formatNumber(selectionTotals(editor.live.analyzer, racks).itKw, 1)} kW in ${racks.length} racks`} />
          <ReplaceProfile editor={editor} ids={[record.id]} />
        </>
      );
    }
    case 'row': {
      const loops = editor.store.childrenOf(record.hallId, 'coolingLoop');
      const feeds = editor.store.childrenOf(record.hallId, 'powerFeed');
      const opt = (xs: readonly { id: string; name: string }[]) => [['', '—'] as const, ...xs.map((x) => [x.id, x.name] as const)];
      const racks = editor.store.childrenOf(record.id, 'rack');
      const kw = selectionTotals(editor.live.analyzer, racks).itKw;
      return (
        <>
          <TextField {...base} field="name" label="Name" value={record.name} />
          <NumberField {...base} field="slotCount" label="Slots" unit="count" lengthUnit={lu} value={record.slotCount} />
          <NumberField {...base} field="slotWidthM" label="Pitch" unit="length" lengthUnit={lu} value={record.slotWidthM} />
          <SelectField {...base} field="rotation" label="Orientation" value={String(record.rotation)} options={ROTATIONS} toPatch={(v) => ({ rotation: Number(v) })} />
          <SelectField {...base} field="containment" label="Containment" value={record.containment} options={OPTIONS.containment} />
          <SelectField {...base} field="coolingLoopId" label="Cooling loop" value={record.coolingLoopId ?? ''} options={opt(loops)} toPatch={(v) => ({ coolingLoopId: v || null })} />
          <SelectField {...base} field="feedAId" label="Feed A" value={record.feedAId ?? ''} options={opt(feeds.filter((f) => f.side === 'A'))} toPatch={(v) => ({ feedAId: v || null })} />
          <SelectField {...base} field="feedBId" label="Feed B" value={record.feedBId ?? ''} options={opt(feeds.filter((f) => f.side === 'B'))} toPatch={(v) => ({ feedBId: v || null })} />
          {point('origin', record.origin)}
          <ReadOnly label="Racks" value={`${racks.length} / ${record.slotCount}`} />
          <ReadOnly label="IT load" value={`${formatNumber(kw, 1)} kW`} />
          <ReplaceProfile editor={editor} ids={[record.id]} />
        </>
      );
    }
    case 'rack': {
      const profile = editor.catalog.findProfile(record.profileId);
      return (
        <>
          <TextField {...base} field="label" label="Label" value={record.label} />
          <SelectField
            {...base}
            field="profileId"
            label="Profile"
            value={record.profileId}
            options={editor.catalog.catalog.rackProfiles.map((p) => [p.id, `${p.name} · ${p.itKw} kW`] as const)}
            toPatch={(v) => ({ profileId: v, itKwOverride: null, powerCapPresetId: undefined })}
          />
          <PowerCapField editor={editor} racks={[record]} />
          {/* For a cap no preset covers: the rack's IT load typed in, named as an override wherever it is used. */}
          <NumberField {...base} field="itKwOverride" label="IT kW override" unit="kW" lengthUnit={lu} value={record.itKwOverride} nullable />
          <NumberField {...base} field="slot" label="Slot" unit="count" lengthUnit={lu} value={record.slot + 1} toPatch={(v) => ({ slot: (v ?? 1) - 1 })} />
          <ReadOnly label="Profile kW" value={profile ? `${profile.itKw} kW, ${Math.round(profile.liquidFraction * 100)}% liquid` : 'unknown profile'} />
          <RackDetails editor={editor} rack={record} lu={lu} />
        </>
      );
    }
    case 'equipment': {
      const item = editor.catalog.findItem(record.catalogId);
      const same = editor.catalog.catalog.equipment.filter((e) => e.kind === item?.kind && e.widthM > 0);
      return (
        <>
          <TextField {...base} field="name" label="Name" value={record.name} />
          <SelectField {...base} field="catalogId" label="Model" value={record.catalogId} options={same.map((e) => [e.id, e.name] as const)} />
          <SelectField {...base} field="rotation" label="Rotation" value={String(record.rotation)} options={ROTATIONS} toPatch={(v) => ({ rotation: Number(v) })} />
          {point('position', record.position)}
          <ReadOnly label="Location" value={record.hallId ? (editor.store.get(record.hallId, 'hall')?.name ?? '') : 'Yard'} />
          {item?.capacityKw && <ReadOnly label="Capacity" value={`${formatNumber(item.capacityKw)} kW`} />}
          <EquipmentLinks editor={editor} equipment={record} />
        </>
      );
    }
    case 'coolingLoop':
      return (
        <>
          <TextField {...base} field="name" label="Name" value={record.name} />
          <SelectField {...base} field="redundancy" label="Redundancy" value={record.redundancy} options={OPTIONS.coolingRedundancy} />
          <LoopDetails editor={editor} loop={record} lu={lu} />
        </>
      );
    case 'powerFeed':
      return (
        <>
          <TextField {...base} field="name" label="Name" value={record.name} />
          <ReadOnly label="Side" value={record.side} />
          <SelectField {...base} field="distributionId" label="Distribution" value={record.distributionId} options={editor.catalog.catalog.equipment.filter((e) => e.kind === 'busway' || e.kind === 'pdu').map((e) => [e.id, e.name] as const)} />
          <FeedDetails editor={editor} feed={record} />
        </>
      );
    case 'site':
      return (
        <>
          <TextField {...base} field="name" label="Name" value={record.name} />
          <TextField {...base} field="location" label="Location" value={record.location} />
          <NumberField {...base} field="interconnectMw" label="Interconnect" unit="MW" lengthUnit={lu} value={record.interconnectMw} />
          <NumberField {...base} field="substationMva" label="Substation" unit="MVA" lengthUnit={lu} value={record.substationMva} />
          <NumberField {...base} field="utilityVoltageKv" label="Utility voltage" unit="kV" lengthUnit={lu} value={record.utilityVoltageKv} />
          <NumberField {...base} field="designDryBulbC" label="Design dry bulb" unit="°C" lengthUnit={lu} value={record.designDryBulbC} />
          <NumberField {...base} field="designWetBulbC" label="Design wet bulb" unit="°C" lengthUnit={lu} value={record.designWetBulbC} />
          <NumberField {...base} field="powerPriceUsdPerKwh" label="Power price" unit="USD/kWh" lengthUnit={lu} value={record.powerPriceUsdPerKwh} />
        </>
      );
    case 'scenario':
      return (
        <>
          <TextField {...base} field="name" label="Name" value={record.name} />
          <SelectField {...base} field="powerRedundancy" label="Power" value={record.powerRedundancy} options={OPTIONS.powerRedundancy} />
          <SelectField {...base} field="coolingRedundancy" label="Cooling" value={record.coolingRedundancy} options={OPTIONS.coolingRedundancy} />
          <CheckField {...base} field="generators" label="Generators" value={record.generators} />
          <SelectField {...base} field="fluid" label="Fluid" value={record.fluid} options={OPTIONS.fluid} />
          <NumberField {...base} field="liquidSupplyC" label="Supply temperature" unit="°C" lengthUnit={lu} value={record.liquidSupplyC} />
          <NumberField {...base} field="liquidDeltaTK" label="Loop ΔT" unit="K" lengthUnit={lu} value={record.liquidDeltaTK} />
          <SelectField {...base} field="dcDistribution" label="800 VDC" value={record.dcDistribution ?? 'high-density-racks'} options={OPTIONS.dcDistribution} />
        </>
      );
    case 'substation':
    case 'interconnect':
    case 'waterSupply':
    case 'fibreRoute':
    case 'landParcel':
    case 'approval':
    case 'labour':
    case 'savedView':
    case 'underlay':
    case 'hallConstruction':
    case 'economics':
      return null;
    default:
      return assertNever(record, 'record type');
  }
}
