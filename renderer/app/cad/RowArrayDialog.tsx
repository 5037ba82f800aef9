import { useRef, useState, type FormEvent } from 'react';
import { minimumRowArrayPitch } from '../../../shared/analysis/row-array-pitch.ts';
import { rowDepth } from '../../../shared/geometry/plan.ts';
import { runAction } from '../../editor/actions/index.ts';
import type { RowArrayArgs } from '../../editor/actions/row-array.ts';
import { selectedRows } from '../../editor/actions/selection-kinds.ts';
import type { Editor } from '../../editor/editor.ts';
import { formatLength } from '../../editor/format-length.ts';
import { useModal } from '../modal.ts';
import { localeSeparators, parseNumberText } from '../number-text.ts';
import { readLength } from './typed-figure.ts';

const DIRECTIONS: readonly { readonly id: string; readonly label: string; readonly args: Pick<RowArrayArgs, 'direction' | 'reverse'> }[] = [
  { id: 'front', label: 'Across, towards the racks’ fronts', args: { direction: 'across' } },
  { id: 'back', label: 'Across, towards the racks’ backs', args: { direction: 'across', reverse: true } },
  { id: 'along', label: 'Along the row, the way its slots run', args: { direction: 'along' } },
  { id: 'back-along', label: 'Along the row, back past its start', args: { direction: 'along', reverse: true } },
];

/** Count, pitch and direction of an array copy of the selected rows; a refused pitch shows at its field. */
export function RowArrayDialog(props: { editor: Editor }) {
  const { editor } = props;
  const lu = editor.session.state.lengthUnit;
  const rows = selectedRows(editor);
  const first = rows[0];
  const [count, setCount] = useState('3');
  const [pitch, setPitch] = useState('');
  const [direction, setDirection] = useState('front');
  const [error, setError] = useState<{ field: 'count' | 'pitch'; text: string } | null>(null);
  const panel = useRef<HTMLFormElement>(null);
  const close = () => editor.session.set({ prompt: null });
  useModal(panel, close);
  const across = first ? minimumRowArrayPitch(editor.catalog, { depthM: rowDepth(editor.store, editor.catalog, first), lengthM: first.slotCount * first.slotWidthM }, 'across') : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = parseNumberText(count, [], localeSeparators());
    if (n.kind !== 'number' || !Number.isInteger(n.value) || n.value < 1 || n.value > 100) return setError({ field: 'count', text: 'Copies must be a whole number from 1 to 100' });
    const m = readLength(pitch, lu, localeSeparators());
    if (typeof m === 'string') return setError({ field: 'pitch', text: `Pitch: ${m}` });
    const chosen = DIRECTIONS.find((d) => d.id === direction)!;
    const result = runAction(editor, 'row.array', { count: n.value, pitchM: m, ...chosen.args });
    if (result.ok) return close();
    setError({ field: 'pitch', text: result.message.charAt(0).toUpperCase() + result.message.slice(1) });
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Array copy of rows" onClick={close}>
      <form className="dialog row-array-dialog" ref={panel} tabIndex={-1} onClick={(e) => e.stopPropagation()} onSubmit={submit} data-testid="row-array-dialog">
        <h2>Array copy of {rows.length === 1 ? first?.name : `${rows.length} rows`}</h2>
        <div className={error?.field === 'count' ? 'field invalid' : 'field'}>
          <label className="field-label" htmlFor="row-array-count">Copies</label>
          <input id="row-array-count" data-testid="row-array-count" autoFocus value={count} onChange={(e) => (setCount(e.target.value), setError(null))} />
          <span />
          {error?.field === 'count' && <span className="field-error">{error.text}</span>}
        </div>
        <div className={error?.field === 'pitch' ? 'field invalid' : 'field'}>
          <label className="field-label" htmlFor="row-array-pitch">Pitch</label>
          <input id="row-array-pitch" data-testid="row-array-pitch" value={pitch} placeholder={across ? `at least ${formatLength(across.pitchM, lu)} across` : ''} onChange={(e) => (setPitch(e.target.value), setError(null))} />
          <span className="field-unit">{lu}</span>
          {error?.field === 'pitch' && <span className="field-error" data-testid="row-array-error">{error.text}</span>}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="row-array-direction">Direction</label>
          <select id="row-array-direction" data-testid="row-array-direction" value={direction} onChange={(e) => setDirection(e.target.value)}>
            {DIRECTIONS.map((d) => (
              <option key={d.id} value={d.id}>{d.label}</option>
            ))}
          </select>
        </div>
        {across && <p className="dialog-note">Across, rows need {formatLength(across.pitchM, lu)}: {across.reason}.</p>}
        <div className="dialog-buttons">
          <button type="button" className="tb-button" onClick={close}>Cancel</button>
          <button type="submit" className="tb-button active" data-testid="row-array-submit">Copy</button>
        </div>
      </form>
    </div>
  );
}
