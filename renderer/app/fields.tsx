import { useEffect, useRef, useState } from 'react';
import { runAction } from '../editor/actions/index.ts';
import type { Editor } from '../editor/editor.ts';
import type { LengthUnit, SessionState } from '../editor/session.ts';
import { numberLimits, recordFieldSchema } from './field-limits.ts';
import { limitsPhrase, readNumberField, type NumberFieldSpec } from './number-field.ts';
import { formatForEditing, localeSeparators } from './number-text.ts';
import { shownUnit, type StoredUnit } from '../editor/display-units.ts';

export type FieldUnit = 'length' | 'kW' | 'kg/m²' | 'count' | '°' | 'MW' | 'MVA' | 'kV' | '°C' | 'K' | 'USD/kWh' | 'years' | 'm³/day' | 'km' | 'ms' | 'ha' | 'h';

/** The SI unit a field stores when the user's unit choice changes how it is shown. */
function storedUnit(unit: FieldUnit): StoredUnit | null {
  return unit === 'length' ? 'm' : unit === 'kg/m²' || unit === '°C' || unit === 'K' ? unit : null;
}

function toDisplay(v: number, unit: FieldUnit, lu: LengthUnit): number {
  const stored = storedUnit(unit);
  return stored ? shownUnit(stored, lu).toShown(v) : v;
}

function fromDisplay(v: number, unit: FieldUnit, lu: LengthUnit): number {
  const stored = storedUnit(unit);
  return stored ? shownUnit(stored, lu).toStored(v) : v;
}

function unitText(unit: FieldUnit, lu: LengthUnit): string {
  const stored = storedUnit(unit);
  return stored ? shownUnit(stored, lu).unit : unit === 'count' ? '' : unit;
}

/**
 * Applies a patch to the field's record, or to every record of a multi-selection at once (one undo step); a refused
 * value leaves the document as it was.
 */
function apply(props: FieldProps, patch: Record<string, unknown>): string | null {
  const { editor, id, field, label, ids } = props;
  const r = ids
    ? runAction(editor, 'record.bulkEdit', { ids, patch, label })
    : runAction(editor, 'record.update', { id, patch, coalesceKey: `${id}:${field}`, label });
  return r.ok ? null : r.message;
}

interface FieldProps {
  editor: Editor;
  /** The record edited; with `ids`, the first of them (its schema gives the field's limits). */
  id: string;
  /** A multi-selection edited at once: every record takes the value. */
  ids?: readonly string[];
  field: string;
  label: string;
}

/** Spellings of each shown unit that a value may carry after the number. */
const UNIT_ALIASES: Record<string, readonly string[]> = {
  m: ['metre', 'metres', 'meter', 'meters'],
  ft: ["'", 'feet', 'foot'],
  '°C': ['C', 'degC', 'deg C'],
  '°F': ['F', 'degF', 'deg F'],
  'lb/ft²': ['lb/ft2', 'psf'],
  '°': ['deg'],
  'kg/m²': ['kg/m2', 'kg/sqm'],
  'USD/kWh': ['$/kWh'],
};

const SEPARATORS = localeSeparators();

/** The select value standing for records that differ; no record field holds it. */
const MIXED = '\u0000mixed';

/** The value under a dotted field path in a patch ('origin.x' in `{ origin: { x, y } }`). */
function valueAt(patch: Record<string, unknown>, path: readonly string[]): number {
  let v: unknown = patch;
  for (const key of path) v = (v as Record<string, unknown> | null)?.[key];
  return typeof v === 'number' ? v : NaN;
}

/**
 * A numeric field with its unit. What is typed is applied only as a whole, on Enter or when the field is left,
 * and only when it is a number within the record schema's limits (thousands separators, the user's decimal
 * separator and the field's unit after the number are fine). Anything else stays in the field with a message
 * naming the field and its limits, on the status line too, and never reaches the document; Escape puts back
 * the stored value. Commits during one visit to the field are one undo step.
 */
export function NumberField(
  props: FieldProps & { value: number | null; unit: FieldUnit; lengthUnit: LengthUnit; nullable?: boolean; mixed?: boolean; toPatch?: (v: number | null) => Record<string, unknown> },
) {
  const { editor, id, field, unit, lengthUnit, toPatch } = props;
  const digits = unit === 'length' && lengthUnit === 'ft' ? 2 : 3;
  const shown = props.value === null ? '' : formatForEditing(toDisplay(props.value, unit, lengthUnit), SEPARATORS, digits);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The status-line message this field put up, cleared when it stops being true.
  const owned = useRef<SessionState['status']>(null);
  const patchFor = (v: number | null): Record<string, unknown> => (toPatch ? toPatch(v) : { [field]: v });
  const type = editor.store.get(id)?.type;
  const path = field.split('.');
  const schema = type ? recordFieldSchema(type, path) : null;
  const spec: NumberFieldSpec = {
    label: props.label,
    unit: unitText(unit, lengthUnit),
    unitAliases: UNIT_ALIASES[unitText(unit, lengthUnit)] ?? [],
    limits: schema ? numberLimits(schema) : null,
    toStored: (v) => valueAt(patchFor(fromDisplay(v, unit, lengthUnit)), path),
  };
  // What was typed, for the message when the field goes away holding a value that was never applied.
  const typed = useRef('');
  const label = props.label;
  useEffect(
    () => () => {
      const status = owned.current;
      if (status && editor.session.state.status === status) editor.session.info(`${label}: “${typed.current}” was not applied`);
    },
    [editor, label],
  );

  const showError = (message: string | null, fromAction = false) => {
    setError(message);
    if (message === null) {
      editor.session.clearStatus(owned.current);
      owned.current = null;
      return;
    }
    if (!fromAction) editor.session.error(message);
    owned.current = editor.session.state.status;
  };

  /** Applies the text if it reads as a valid value; returns whether it was applied (or nothing needed applying). */
  const commit = (raw: string): boolean => {
    if (raw === shown && error === null) return true;
    const reading = readNumberField(raw, spec, SEPARATORS);
    if (reading.kind === 'error') {
      showError(reading.message);
      return false;
    }
    const stored = reading.kind === 'null' ? null : reading.stored;
    const message = apply(props, patchFor(stored));
    if (message !== null) {
      showError(message, true);
      return false;
    }
    showError(null);
    setText(null);
    return true;
  };

  return (
    <label className={error ? 'field invalid' : 'field'}>
      <span className="field-label">{props.label}</span>
      <input
        data-field={field}
        inputMode="decimal"
        value={text ?? shown}
        placeholder={props.mixed ? 'mixed' : undefined}
        aria-invalid={!!error}
        title={limitsPhrase(spec) ? `${props.label} ${limitsPhrase(spec)}` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          typed.current = e.target.value.trim();
          // A message already shown follows the text: it goes as soon as the text would be accepted.
          if (error !== null) {
            const reading = readNumberField(e.target.value, spec, SEPARATORS);
            showError(reading.kind === 'error' ? reading.message : null);
          }
        }}
        onFocus={() => setText((t) => t ?? shown)}
        onBlur={() => {
          if (text !== null && commit(text)) setText(null);
          editor.history.seal();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(text ?? shown);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            showError(null);
            setText(shown);
          }
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
  const { editor, field } = props;
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
          setError(apply(props, { [field]: e.target.value }));
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

/** A choice; a multi-selection whose records differ shows "mixed" (value null) until one is picked for all. */
export function SelectField(props: FieldProps & { value: string | null; options: readonly (readonly [string, string])[]; toPatch?: (v: string) => Record<string, unknown> }) {
  const { editor, field } = props;
  const [error, setError] = useState<string | null>(null);
  return (
    <label className={error ? 'field invalid' : 'field'}>
      <span className="field-label">{props.label}</span>
      <select
        data-field={field}
        value={props.value ?? MIXED}
        onChange={(e) => {
          editor.history.seal();
          setError(apply(props, props.toPatch ? props.toPatch(e.target.value) : { [field]: e.target.value }));
          editor.history.seal();
        }}
      >
        {props.value === null && (
          <option value={MIXED} disabled>
            mixed
          </option>
        )}
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
  const { editor, field } = props;
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
          setError(apply(props, { [field]: e.target.checked }));
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
