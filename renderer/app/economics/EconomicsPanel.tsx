import { ECONOMICS_FIELDS } from '../../../shared/analysis/economics/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { formatNumber, formatUsd } from '../format.ts';
import { LoadChart } from './LoadChart.tsx';
import { useEconomics } from './use-economics.ts';

const pct = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(1)}%`);
const CHART_WIDTH = 560;

/** What the open phase earns and is worth, from the same reports as the bill; the inputs and their sources below. */
export function EconomicsPanel(props: { editor: Editor }) {
  const view = useEconomics(props.editor);
  if (!view.ok) {
    return (
      <div className="economics" data-testid="economics">
        <p className="empty">No economics for this scenario: {view.problems.join('; ')}</p>
      </div>
    );
  }
  const { figures, load } = view;
  const s = figures.summary;
  const headline: [string, string, string][] = [
    ['Capex (landlord)', formatUsd(s.capexUsd), 'econ-capex'],
    ['IRR unlevered', pct(s.irrUnlevered), 'econ-irr'],
    ['IRR levered', pct(s.irrLevered), 'econ-irr-levered'],
    [`NPV at ${pct(s.discountRate)}`, formatUsd(s.npvUsd), 'econ-npv'],
    ['Payback', s.paybackYears === null ? 'beyond the term' : `${s.paybackYears.toFixed(1)} yr`, 'econ-payback'],
    ['EBITDA at full power', formatUsd(s.ebitdaYear1Usd), 'econ-ebitda'],
    ['First / full power', `wk ${s.energisationWeek} / ${s.fullPowerWeek}`, 'econ-weeks'],
    ['Value before → after', `${formatUsd(s.valuationBeforeUsd)} → ${formatUsd(s.valuationAfterUsd)}`, 'econ-value'],
  ];
  const widest = Math.max(1, ...figures.sensitivity.flatMap((r) => [Math.abs((r.npvLowUsd ?? s.npvUsd) - s.npvUsd), Math.abs((r.npvHighUsd ?? s.npvUsd) - s.npvUsd)]));
  return (
    <div className="economics" data-testid="economics">
      <p className="basis">{figures.scenario.basis}</p>
      <section className="totals" aria-label="Economics">
        {headline.map(([label, value, id]) => (
          <div key={id} className="total">
            <span className="total-label">{label}</span>
            <span className="total-value" data-testid={id}>
              {value}
            </span>
          </div>
        ))}
      </section>
      <h4>Site load, year after the phase (MW)</h4>
      <LoadChart load={load} width={CHART_WIDTH} />
      <h4>Cash flows by year</h4>
      <table className="bill econ-table" data-testid="cash-flows">
        <thead>
          <tr>
            {['Year', 'Capex', 'Revenue', 'Opex', 'EBITDA', 'Debt service', 'Free cash flow'].map((h) => (
              <th key={h} className={h === 'Year' ? '' : 'num'}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.cashFlows.map((y) => (
            <tr key={y.year}>
              <td>{y.year}</td>
              {[y.capexUsd, y.revenueUsd, y.opexUsd, y.ebitdaUsd, y.debtServiceUsd, y.freeCashFlowUsd].map((v, i) => (
                <td key={i} className="num">{formatUsd(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Sensitivity of NPV (tornado)</h4>
      <table className="bill econ-table" data-testid="tornado">
        <tbody>
          {figures.sensitivity.map((r) => (
            <tr key={r.input}>
              <td>{r.label}</td>
              <td className="num">{r.npvLowUsd === null ? '—' : formatUsd(r.npvLowUsd)}</td>
              <td className="tornado-cell">
                <span className="tornado-bar low" style={{ width: `${(50 * Math.abs((r.npvLowUsd ?? s.npvUsd) - s.npvUsd)) / widest}%` }} />
                <span className="tornado-bar high" style={{ width: `${(50 * Math.abs((r.npvHighUsd ?? s.npvUsd) - s.npvUsd)) / widest}%` }} />
              </td>
              <td className="num">{r.npvHighUsd === null ? '—' : formatUsd(r.npvHighUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Inputs (defaults, with their sources)</h4>
      <table className="bill econ-table" data-testid="econ-inputs">
        <tbody>
          {Object.entries(ECONOMICS_FIELDS).map(([key, f]) => (
            <tr key={key} title={f.source}>
              <td>{f.label}</td>
              <td className="num">{f.default === null ? 'to enter' : `${formatNumber(f.default, f.default < 10 ? 3 : 0)} ${f.unit}`}</td>
              <td className="source">{f.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
