import { DEMAND_RESPONSE_DEFAULT, DEMAND_RESPONSE_FIELDS, DEMAND_RESPONSE_SOURCE, hourOfYearText, type DemandResponseEvent } from '../../../shared/analysis/load-profile/index.ts';
import type { EconomicsRecord } from '../../../shared/model/index.ts';
import { runAction } from '../../editor/actions/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { NumberField } from '../fields.tsx';
import { useSession } from '../hooks.ts';

/**
 * The scenario's demand-response events, stored in its economics record: each add, edit and removal is one undoable
 * step, and the load chart, its sums and the economics follow. The events cap the mining kept during their hours.
 */
export function DemandResponseTable(props: { editor: Editor; record: EconomicsRecord | null }) {
  const { editor, record } = props;
  const lengthUnit = useSession(editor).lengthUnit;
  if (!record) return <p className="basis">Enter this scenario&apos;s inputs (above) to list its demand-response events.</p>;
  const events = record.inputs.demandResponse ?? [];
  const write = (next: readonly DemandResponseEvent[], label: string) => runAction(editor, 'record.update', { id: record.id, patch: { inputs: { ...record.inputs, demandResponse: next } }, label });
  return (
    <div className="econ-dr" data-testid="demand-response">
      <table className="bill econ-table">
        <thead>
          <tr>
            <th>Event</th>
            {DEMAND_RESPONSE_FIELDS.map(([key, spec]) => (
              <th key={key}>
                {spec.label} ({spec.unit})
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {events.length === 0 && (
            <tr>
              <td colSpan={DEMAND_RESPONSE_FIELDS.length + 2} className="source">
                No events: the mining kept runs whenever there is headroom.
              </td>
            </tr>
          )}
          {events.map((event, i) => (
            <tr key={i} data-dr-event={i}>
              <td>
                {i + 1}
                <span className="dr-when">{hourOfYearText(event.startHour)}</span>
              </td>
              {DEMAND_RESPONSE_FIELDS.map(([key, spec]) => (
                <td key={key} className="econ-input" data-dr-input={key}>
                  <NumberField
                    editor={editor}
                    id={record.id}
                    field={`inputs.demandResponse.${i}.${key}`}
                    label={spec.label}
                    unit="count"
                    lengthUnit={lengthUnit}
                    value={event[key]}
                    toPatch={(v) => ({ inputs: { ...record.inputs, demandResponse: events.map((e, j) => (j === i ? { ...e, [key]: v } : e)) } })}
                  />
                </td>
              ))}
              <td>
                <button type="button" className="tb-button" data-testid="dr-remove" onClick={() => write(events.filter((_, j) => j !== i), 'Remove demand-response event')}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="basis">
        <button type="button" className="tb-button" data-testid="dr-add" onClick={() => write([...events, DEMAND_RESPONSE_DEFAULT], 'Add demand-response event')}>
          Add an event
        </button>{' '}
        A new event: {DEMAND_RESPONSE_SOURCE}.
      </p>
    </div>
  );
}
