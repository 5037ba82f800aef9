import { EquipmentDisposition, type DocRecord } from '../../../shared/model/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { DISPOSITION_COLORS, DISPOSITION_LABELS } from '../../viewport/colors.ts';
import { ReadOnly, SelectField } from '../fields.tsx';
import { Chip } from '../retrofit/DispositionChip.tsx';
import { useRetrofit, type RetrofitPair } from '../retrofit/use-retrofit.ts';
import { DeliveryDateField } from './DeliveryDateField.tsx';
import '../retrofit/retrofit.css';

const OPEN_PAIR: RetrofitPair = { baselineId: null, targetId: null };
const DISPOSITIONS = EquipmentDisposition.options.map((d) => [d, d] as const);
/** Only a unit to buy is delivered: a kept, upgraded or retired one stands already (as compared, else as set on it). */
const toBuy = (d: string) => d === 'new' || d === 'replace';

/**
 * A unit's or rack's retrofit disposition against the open scenario's baseline, with the rule's reason; for a unit,
 * the disposition it sets on its record, which overrides what the rules propose, and for a unit to buy its delivery date.
 */
export function DispositionSection(props: { editor: Editor; record: DocRecord }) {
  const { record } = props;
  // Only units and racks have a disposition: other records never start a compare.
  return record.type === 'equipment' || record.type === 'rack' ? <Disposition editor={props.editor} record={record} /> : null;
}

function Disposition(props: { editor: Editor; record: Extract<DocRecord, { type: 'equipment' | 'rack' }> }) {
  const { editor, record } = props;
  const state = useRetrofit(editor, OPEN_PAIR);
  const compared = state.ok && state.target.id === editor.session.state.scenarioId ? state : null;
  const drawn = compared?.view.drawn.get(record.id);
  const reason = compared?.view.reasons.get(record.id);
  return (
    <section className="disposition-section" data-testid="disposition-section">
      <h4>Retrofit{compared ? ` against ${compared.baseline.name}` : ''}</h4>
      {record.type === 'equipment' && (
        <SelectField editor={editor} id={record.id} field="disposition" label="Set on record" value={record.disposition ?? 'new'} options={DISPOSITIONS} />
      )}
      {record.type === 'equipment' && toBuy(drawn ?? record.disposition ?? 'new') && <DeliveryDateField editor={editor} record={record} />}
      {!compared ? (
        <ReadOnly label="Compare" value="this scenario names no baseline" />
      ) : (
        <>
          <div className="field readonly">
            <span className="field-label">Disposition</span>
            <span className="field-value" data-testid="disposition-value" data-disposition={drawn}>
              {drawn ? <Chip color={DISPOSITION_COLORS[drawn]} text={DISPOSITION_LABELS[drawn]} /> : 'not compared'}
            </span>
          </div>
          <ReadOnly label="Reason" value={reason ?? '—'} />
        </>
      )}
    </section>
  );
}
