import { useRef, useState } from 'react';
import type { EquipmentRecord } from '../../../shared/model/index.ts';
import { runAction } from '../../editor/actions/index.ts';
import type { Editor } from '../../editor/editor.ts';
import type { SessionState } from '../../editor/session.ts';

const LABEL = 'Delivery date';

/**
 * The day a unit to buy arrives (on order) or arrived (in hand), YYYY-MM-DD; empty: not ordered, so the schedule
 * takes the catalog lead time. Applied on Enter or when the field is left; a refused date stays in the field with
 * the message (and on the status line) and never reaches the document; Escape puts back the stored date.
 */
export function DeliveryDateField(props: { editor: Editor; record: EquipmentRecord }) {
  const { editor, record } = props;
  const stored = record.deliveryDate ?? '';
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The status-line message this field put up, cleared once the date is applied or put back.
  const owned = useRef<SessionState['status']>(null);
  const clear = () => {
    setError(null);
    setText(null);
    editor.session.clearStatus(owned.current);
    owned.current = null;
  };

  const commit = (raw: string) => {
    const value = raw.trim();
    if (value === stored) return clear();
    // An empty field clears the date: the record is written without it (optional fields are absent, never null).
    const r = runAction(editor, 'record.update', { id: record.id, patch: { deliveryDate: value === '' ? undefined : value }, label: LABEL });
    if (!r.ok) {
      setError(r.message);
      editor.session.error(r.message);
      owned.current = editor.session.state.status;
      return;
    }
    clear();
  };

  return (
    <label className={error ? 'field invalid' : 'field'}>
      <span className="field-label">{LABEL}</span>
      <input
        data-field="deliveryDate"
        value={text ?? stored}
        placeholder="not ordered"
        aria-invalid={!!error}
        title={`${LABEL}: the day the unit arrives (on order) or arrived (in hand), YYYY-MM-DD; empty: not ordered, the catalog lead time applies`}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (text !== null) commit(text);
          editor.history.seal();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(text ?? stored);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            clear();
          }
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
