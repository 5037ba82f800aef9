import { useState, useSyncExternalStore } from 'react';
import type { DocRecord, RecordOfType } from '../../../shared/model/index.ts';
import { runAction } from '../../editor/actions/index.ts';
import { shownUnit } from '../../editor/display-units.ts';
import type { Editor } from '../../editor/editor.ts';
import type { LengthUnit } from '../../editor/session.ts';
import { calibrationOf } from '../../editor/tools/calibrate-tool.ts';
import { CheckField, NumberField, ReadOnly, TextField } from '../fields.tsx';
import { formatNumber } from '../format.ts';
import { importUnderlay, type PickedPdfPage, type PickPdfPage } from '../underlay/import-underlay.ts';
import { PdfPagePicker } from '../underlay/PdfPagePicker.tsx';

type UnderlayRecord = RecordOfType<'underlay'>;

const SOURCE_WORDS = { png: 'PNG image', jpeg: 'JPEG image', dxf: 'DXF drawing' } as const;

/** A hall's underlays with the import button; an underlay's placement, calibration, opacity and lock. */
export function UnderlaySection(props: { editor: Editor; record: DocRecord; lu: LengthUnit }) {
  const { editor, record, lu } = props;
  if (record.type === 'hall') return <HallUnderlays editor={editor} hallId={record.id} />;
  if (record.type === 'underlay') return <UnderlayFields editor={editor} record={record} lu={lu} />;
  return null;
}

function HallUnderlays({ editor, hallId }: { editor: Editor; hallId: string }) {
  const underlays = editor.store.childrenOf(hallId, 'underlay');
  const [picking, setPicking] = useState<{ file: File; done: (picked: PickedPdfPage) => void } | null>(null);
  const pickPdfPage: PickPdfPage = (file) => new Promise((done) => setPicking({ file, done }));
  return (
    <section className="underlay-section" data-testid="hall-underlays">
      <h4>Underlays</h4>
      {underlays.map((u) => (
        <div key={u.id} className="field readonly">
          <span className="field-label">{SOURCE_WORDS[u.source]}</span>
          <button type="button" className="tb-button" onClick={() => editor.session.set({ selection: new Set([u.id]) })}>
            {u.name}
            {u.locked ? ' (locked)' : ''}
          </button>
        </div>
      ))}
      <button type="button" className="tb-button" data-testid="underlay-import" disabled={editor.readOnlyReason !== null} onClick={() => void importUnderlay(editor, hallId, pickPdfPage)}>
        Import drawing…
      </button>
      {picking && (
        <PdfPagePicker
          file={picking.file}
          onDone={(picked) => {
            setPicking(null);
            picking.done(picked);
          }}
        />
      )}
    </section>
  );
}

function UnderlayFields({ editor, record, lu }: { editor: Editor; record: UnderlayRecord; lu: LengthUnit }) {
  const base = { editor, id: record.id };
  const calibration = calibrationOf(editor);
  const state = useSyncExternalStore(
    (fn) => calibration.subscribe(fn),
    () => calibration.state,
  );
  const mine = state?.underlayId === record.id ? state : null;
  const length = shownUnit('m', lu);
  const [distance, setDistance] = useState('');
  const [error, setError] = useState<string | null>(null);
  const unitWord = record.source === 'dxf' ? 'unit' : 'px';
  const apply = () => {
    const shown = Number(distance.trim().replace(',', '.'));
    const message = calibration.apply(Number.isFinite(shown) && distance.trim() !== '' ? length.toStored(shown) : Number.NaN);
    setError(message);
    if (message === null) setDistance('');
  };
  return (
    <section className="underlay-section" data-testid="underlay-section">
      <TextField {...base} field="name" label="Name" value={record.name} />
      <ReadOnly label="Drawing" value={`${SOURCE_WORDS[record.source]}, ${formatNumber(record.widthUnits, 0)} × ${formatNumber(record.heightUnits, 0)} ${unitWord}, ${formatNumber((record.data.length * 3) / 4 / 1024, 0)} KB`} />
      <ReadOnly label="Scale" value={`1 ${unitWord} = ${record.metresPerUnit.toPrecision(4)} m`} />
      <div className="field">
        <span className="field-label">Calibrate</span>
        {mine ? (
          <button type="button" className="tb-button" onClick={() => calibration.cancel()}>
            Cancel ({mine.points.length} of 2 points)
          </button>
        ) : (
          <button type="button" className="tb-button" data-testid="underlay-calibrate" disabled={record.locked} title={record.locked ? 'Unlock the underlay to calibrate it' : 'Pick two points on the drawing, then type their real distance'} onClick={() => calibration.start(record.id)}>
            Pick two points…
          </button>
        )}
      </div>
      {mine && mine.points.length === 2 && (
        <label className={error ? 'field invalid' : 'field'}>
          <span className="field-label">Real distance</span>
          <input
            data-testid="underlay-distance"
            value={distance}
            autoFocus
            onChange={(e) => setDistance(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') apply();
              if (e.key === 'Escape') calibration.cancel();
            }}
          />
          <span className="field-unit">{length.unit}</span>
          <button type="button" className="tb-button" data-testid="underlay-distance-apply" onClick={apply}>
            Set scale
          </button>
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
        </label>
      )}
      <label className="field">
        <span className="field-label">Opacity</span>
        <input
          type="range"
          data-testid="underlay-opacity"
          min={0}
          max={100}
          step={5}
          value={Math.round(record.opacity * 100)}
          onChange={(e) => runAction(editor, 'record.update', { id: record.id, patch: { opacity: Number(e.target.value) / 100 }, coalesceKey: `${record.id}:opacity`, label: 'Opacity' })}
        />
        <span className="field-unit">{Math.round(record.opacity * 100)} %</span>
      </label>
      <CheckField {...base} field="locked" label="Locked" value={record.locked} />
      <NumberField {...base} field="origin.x" label="x" unit="length" lengthUnit={lu} value={record.origin.x} toPatch={(v) => ({ origin: { x: v, y: record.origin.y } })} />
      <NumberField {...base} field="origin.y" label="y" unit="length" lengthUnit={lu} value={record.origin.y} toPatch={(v) => ({ origin: { x: record.origin.x, y: v } })} />
      <NumberField {...base} field="rotationDeg" label="Turn" unit="°" lengthUnit={lu} value={record.rotationDeg} />
    </section>
  );
}
