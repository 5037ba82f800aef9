import { useMemo } from 'react';
import { tornadoDrawing, valuationBridgeDrawing } from '../../../shared/report-views/economics-charts.ts';
import type { Editor } from '../../editor/editor.ts';
import { DrawingSvg } from '../drawings/DrawingSvg.tsx';
import { formatPercent, formatUsd } from '../format.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { DemandResponseTable } from './DemandResponseTable.tsx';
import { EconomicsInputsTable } from './EconomicsInputsTable.tsx';
import { HallProfilesTable } from './HallProfilesTable.tsx';
import './economics.css';
import { LoadChart } from './LoadChart.tsx';
import { LoadDurationChart } from './LoadDurationChart.tsx';
import { MonthlyEnergyTable } from './MonthlyEnergyTable.tsx';
import { useEconomics, type EconomicsView } from './use-economics.ts';

const pct = (n: number | null) => (n === null ? '—' : formatPercent(n));
const NOTHING_SELECTED: ReadonlySet<string> = new Set();
/** The side panel holds about 130 mm of chart at 4 px a millimetre, 3 mm text (12 px): narrower than paper, larger type. */
const PANEL_CHART = { widthMm: 130, textMm: 3 };
const PX_PER_MM = 4;
const pickNothing = () => undefined;

/** What the hourly load runs on: each AI hall's profile and the demand-response events, editable beside the charts. */
function LoadInputs(props: { editor: Editor; view: EconomicsView }) {
  return (
    <>
      <h4>AI load profile by hall</h4>
      <HallProfilesTable editor={props.editor} halls={props.view.aiHalls} />
      <h4>Demand response</h4>
      <DemandResponseTable editor={props.editor} record={props.view.record} />
    </>
  );
}

/** What the open phase earns and is worth, from the same reports as the bill; the inputs and their sources below. */
export function EconomicsPanel(props: { editor: Editor }) {
  const view = useEconomics(props.editor);
  const charts = useMemo(
    () => (view.ok ? { tornado: tornadoDrawing(view.figures.sensitivity, view.figures.summary.npvUsd, PANEL_CHART), bridge: valuationBridgeDrawing(view.figures.valuationBridge, PANEL_CHART) } : null),
    [view],
  );
  if (!view.ok || !charts) {
    return (
      <div className="economics" data-testid="economics">
        <div className="econ-problems" role="alert" data-testid="econ-problems">
          <p>This scenario cannot be costed until:</p>
          <ul>{view.ok ? null : view.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
        <h4>Inputs</h4>
        <EconomicsInputsTable editor={props.editor} view={view} />
        <LoadInputs editor={props.editor} view={view} />
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
    ['First / full power', `week ${s.energisationWeek} / ${s.fullPowerWeek}`, 'econ-weeks'],
    ['Value before → after', `${formatUsd(s.valuationBeforeUsd)} → ${formatUsd(s.valuationAfterUsd)}`, 'econ-value'],
  ];
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
      <ChartFrame title="Site load, year after the phase (MW)" fileBase="site-load" format="PNG" testId="load-chart-frame">
        <LoadChart load={load} />
      </ChartFrame>
      <ChartFrame title="Load-duration curve (MW)" fileBase="load-duration" format="PNG" testId="load-duration-frame">
        <LoadDurationChart load={load} />
      </ChartFrame>
      <h4>Energy by month</h4>
      <MonthlyEnergyTable load={load} />
      <LoadInputs editor={props.editor} view={view} />
      <h4>Cash flows by year</h4>
      <table className="bill econ-table econ-cash" data-testid="cash-flows">
        <thead>
          <tr>
            {['Year', 'Capex', 'Revenue', 'Opex', 'EBITDA', 'Debt service', 'Free cash flow'].map((h) => (
              <th key={h} className={h === 'Year' ? '' : 'num'}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.cashFlows.map((y) => (
            <tr key={y.year}>
              <td>{y.year}</td>
              {[y.capexUsd, y.revenueUsd, y.opexUsd, y.ebitdaUsd, y.debtServiceUsd, y.freeCashFlowUsd].map((v, i) => (
                <td key={i} className="num">
                  {formatUsd(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ChartFrame title="Sensitivity of NPV (tornado)" fileBase="npv-tornado" format="SVG" testId="tornado">
        <DrawingSvg drawing={charts.tornado} pxPerMm={PX_PER_MM} selected={NOTHING_SELECTED} onPick={pickNothing} />
      </ChartFrame>
      <ChartFrame title="Valuation bridge" fileBase="valuation-bridge" format="SVG" testId="valuation-bridge">
        <DrawingSvg drawing={charts.bridge} pxPerMm={PX_PER_MM} selected={NOTHING_SELECTED} onPick={pickNothing} />
      </ChartFrame>
      <h4>Inputs</h4>
      <EconomicsInputsTable editor={props.editor} view={view} />
    </div>
  );
}
