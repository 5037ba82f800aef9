import { useState } from 'react';
import { runAction } from '../editor/actions/index.ts';
import type { Editor } from '../editor/editor.ts';
import type { LengthUnit } from '../editor/session.ts';
import { feetToMetres, metresToFeet } from '../../shared/units.ts';

export type FieldUnit = 'length' | 'kW' | 'kg/m²' | 'count' | '°' | 'MW' | 'MVA' | 'kV' | '°C' | 'K' | 'USD/kWh';

function toDisplay(v: number, unit: FieldUnit, lu: LengthUnit): number {
  return unit === 'length' && lu === 'ft' ? metresToFeet(v) : v;
}

function fromDisplay(v: number, unit: FieldUnit, lu: LengthUnit): number {
  return unit === 'length' && lu === 'ft' ? feetToMetres(v) : v;
}

function unitText(unit: FieldUnit, lu: LengthUnit): string {
  return unit === 'length' ? lu : unit === 'count' ? '' : unit;
}

/** Applies a patch to one record as the user types; a refused value leaves the document as it was. */
function apply(editor: Editor, id: string, field: string, patch: Record<string, unknown>): string | null {
  const r = runAction(editor, 'record.update', { id, patch, coalesceKey: `${id}:${field}` });
  return r.ok ? null : r.message;
}

interface FieldProps {
  editor: Editor;
  id: string;
  field: string;
  label: string;
}

/**
 * A numeric field with its unit. Each keystroke that parses is applied (one undo step per field visit);
 * a value the schema or the layout refuses shows its message here and changes nothing.
 */
export function NumberField(props: FieldProps & { value: number | null; unit: FieldUnit; lengthUnit: LengthUnit; nullable?: boolean; toPatch?: (v: number | null) => Record<string, unknown> }) {
  const { editor, id, field, unit, lengthUnit } = props;
  const shown = props.value === null ? '' : String(Math.round(toDisplay(props.value, unit, lengthUnit) * 1000) / 1000);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onChange = (raw: string) => {
    setText(raw);
    const trimmed = raw.trim();
    if (trimmed === '' && props.nullable) {
      setError(apply(editor, id, field, props.toPatch ? props.toPatch(null) : { [field]: null }));
      return;
    }
    const n = Number(trimmed);
    if (trimmed === '' || !Number.isFinite(n)) {
      setError('not a number');
      return;
    }
    const stored = fromDisplay(n, unit, lengthUnit);
    setError(apply(editor, id, field, props.toPatch ? props.toPatch(stored) : { [field]: unit === 'count' ? n : stored }));
  };
  return (
    <label className={error ? 'field invalid' : 'field'}>
      <span className="field-label">{props.label}</span>
      <input
        data-field={field}
        inputMode="decimal"
        value={text ?? shown}
        aria-invalid={!!error}
        onChange={(e) => onChange(e.target.value)}
        onFocus={() => setText(shown)}
        onBlur={() => {
          editor.history.seal();
          setText(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
        }}
      />
      <span className="field-unit">{unitText(unit, lengthUnit)}</span>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

export function TextField(props: FieldProps & { value: string }) {
  const { editor, id, field } = props;
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <label className={error ? 'field invalid' : 'field'}>
      <span className="field-label">{props.label}</span>
      <input
        data-field={field}
        value={text ?? props.value}
        onChange={(e) => {
          setText(e.target.value);
          setError(apply(editor, id, field, { [field]: e.target.value }));
        }}
        onBlur={() => {
          editor.history.seal();
          setText(null);
        }}
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

export function SelectField(props: FieldProps & { value: string; options: readonly (readonly [string, string])[]; toPatch?: (v: string) => Record<string, unknown> }) {
  const { editor, id, field } = props;
  const [error, setError] = useState<string | null>(null);
  return (
    <label className={error ? 'field invalid' : 'field'}>
      <span className="field-label">{props.label}</span>
      <select
        data-field={field}
        value={props.value}
        onChange={(e) => {
          editor.history.seal();
          setError(apply(editor, id, field, props.toPatch ? props.toPatch(e.target.value) : { [field]: e.target.value }));
          editor.history.seal();
        }}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

export function CheckField(props: FieldProps & { value: boolean }) {
  const { editor, id, field } = props;
  const [error, setError] = useState<string | null>(null);
  return (
    <label className={error ? 'field invalid' : 'field'}>
      <span className="field-label">{props.label}</span>
      <input
        type="checkbox"
        data-field={field}
        checked={props.value}
        onChange={(e) => {
          editor.history.seal();
          setError(apply(editor, id, field, { [field]: e.target.checked }));
          editor.history.seal();
        }}
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

export function ReadOnly(props: { label: string; value: string; warn?: boolean }) {
  return (
    <div className={props.warn ? 'field readonly warn' : 'field readonly'}>
      <span className="field-label">{props.label}</span>
      <span className="field-value">{props.value}</span>
    </div>
  );
}
