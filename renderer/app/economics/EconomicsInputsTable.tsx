import { useState } from 'react';
import { defaultOf, defaultRevenue, ECONOMICS_FIELDS, GPU_FIELDS_TO_ENTER, economicsInputFields, parseHourlyPriceCsv, withEconomicsInput, type StoredRevenue } from '../../../shared/analysis/economics/index.ts';
import { runAction } from '../../editor/actions/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { NumberField } from '../fields.tsx';
import { formatNumber } from '../format.ts';
import { useSession } from '../hooks.ts';
import type { EconomicsView } from './use-economics.ts';

const shown = (v: number | null) => (v === null ? 'to enter' : formatNumber(v, Math.abs(v) < 10 ? 4 : 1));
const TO_ENTER: ReadonlySet<string> = new Set(GPU_FIELDS_TO_ENTER);
const REVENUE_KINDS: readonly [StoredRevenue['kind'], string][] = [
  ['lease', 'Lease of critical IT ($/kW-month)'],
  ['gpu-hours', 'Self-operated GPU hours ($/GPU-hour)'],
];

/**
 * The scenario's economics inputs beside their sources. Costed on the defaults until the engineer enters the
 * scenario's own set; then each is a number field that commits a whole valid value into the scenario's record.
 */
export function EconomicsInputsTable(props: { editor: Editor; view: EconomicsView }) {
  const { editor, view } = props;
  const { record, inputs } = view;
  const lengthUnit = useSession(editor).lengthUnit;
  const [priceError, setPriceError] = useState<string | null>(null);
  const importPrices = async (file: File) => {
    if (!record) return;
    const parsed = parseHourlyPriceCsv(await file.text());
    if (!parsed.ok) {
      setPriceError(`${file.name}: ${parsed.message}`);
      return;
    }
    const r = runAction(editor, 'record.update', { id: record.id, patch: { inputs: { ...record.inputs, power: { kind: 'hourly', usdPerMwhByHour: Array.from(parsed.usdPerMwh) } } }, label: 'Hourly power price' });
    setPriceError(r.ok ? null : r.message);
  };
  return (
    <div className="econ-inputs" data-testid="econ-inputs">
      {record === null ? (
        <p className="basis">
          Costed on the sourced defaults below.{' '}
          <button type="button" className="tb-button" data-testid="econ-enter" onClick={() => runAction(editor, 'economics.enter')}>
            Enter this scenario&apos;s inputs
          </button>
        </p>
      ) : (
        <>
          <p className="basis econ-revenue">
          <label className="econ-kind">
            Revenue
            <select
              value={inputs.revenue.kind}
              data-testid="econ-revenue-kind"
              onChange={(e) => runAction(editor, 'record.update', { id: record.id, patch: { inputs: { ...record.inputs, revenue: defaultRevenue(e.target.value as StoredRevenue['kind']) } }, label: 'Revenue' })}
            >
              {REVENUE_KINDS.map(([kind, label]) => (
                <option key={kind} value={kind}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          {inputs.revenue.kind === 'gpu-hours' ? 'GPU hours have no public price, utilisation, server cost, life or operating period: enter the marked fields.' : 'on the sourced lease defaults until entered.'}
        </p>
        <p className="basis econ-price">
          Power price: {inputs.power.kind === 'hourly' ? '8,760 hourly prices imported' : 'flat'}.{' '}
          <label className="tb-button">
            Import hourly prices (CSV)
            <input type="file" accept=".csv,text/csv,text/plain" data-testid="econ-price-csv" hidden onChange={(e) => e.target.files?.[0] && void importPrices(e.target.files[0])} />
          </label>
          {inputs.power.kind === 'hourly' && (
            <button
              type="button"
              className="tb-button"
              onClick={() => runAction(editor, 'record.update', { id: record.id, patch: { inputs: { ...record.inputs, power: { kind: 'flat', usdPerKwh: defaultOf('powerUsdPerKwh') } } }, label: 'Power price' })}
            >
              Use a flat price
            </button>
          )}
          {priceError && (
            <span className="field-error" role="alert" data-testid="econ-price-error">
              {priceError}
            </span>
          )}
        </p>
        </>
      )}
      <table className="bill econ-table">
        <thead>
          <tr>
            <th>Input</th>
            <th>Unit and source of the default</th>
          </tr>
        </thead>
        <tbody>
          {economicsInputFields(inputs).map((f) => {
            const spec = ECONOMICS_FIELDS[f.key];
            const entered = record !== null && f.value !== spec.default;
            return (
              <tr key={f.key} data-input={f.key} className={f.value === null && TO_ENTER.has(f.key) ? 'to-enter' : undefined}>
                <td className="econ-input">
                  {record ? (
                    <NumberField
                      editor={editor}
                      id={record.id}
                      field={`inputs.${f.path.join('.')}`}
                      label={spec.label}
                      unit="count"
                      lengthUnit={lengthUnit}
                      value={f.value}
                      nullable={spec.default === null}
                      toPatch={(v) => ({ inputs: withEconomicsInput(record.inputs, f.path, v) })}
                    />
                  ) : (
                    <span className="econ-default">
                      <span className="field-label">{spec.label}</span>
                      <span className="num">{shown(f.value)}</span>
                    </span>
                  )}
                </td>
                <td className="source">
                  <span className="unit">{spec.unit}</span>
                  {entered ? `entered (default ${shown(spec.default)}); ${spec.source}` : spec.source}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
