import type { LoadProfileResult } from '../../../shared/analysis/load-profile/index.ts';
import { formatNumber, formatUsd } from '../format.ts';

/** The year after the phase by month, as shared/analysis/load-profile sums it: energy, mining revenue, power cost, peak. */
export function MonthlyEnergyTable(props: { load: LoadProfileResult }) {
  const { monthly, totals } = props.load;
  return (
    <table className="bill econ-table" data-testid="monthly-energy">
      <thead>
        <tr>
          {['Month', 'AI (MWh)', 'Mining (MWh)', 'Curtailed (MWh)', 'Mining revenue ($)', 'Power cost ($)', 'Peak (MW)'].map((h) => (
            <th key={h} className={h === 'Month' ? '' : 'num'}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthly.map((m) => (
          <tr key={m.month}>
            <td>{m.month}</td>
            <td className="num">{formatNumber(m.aiMwh)}</td>
            <td className="num">{formatNumber(m.miningMwh)}</td>
            <td className="num">{formatNumber(m.curtailedMwh)}</td>
            <td className="num">{formatUsd(m.miningRevenueUsd)}</td>
            <td className="num">{m.powerCostUsd === null ? '—' : formatUsd(m.powerCostUsd)}</td>
            <td className="num">{formatNumber(m.peakMw, 1)}</td>
          </tr>
        ))}
        <tr className="econ-total">
          <td>Year</td>
          <td className="num">{formatNumber(totals.aiMwh)}</td>
          <td className="num">{formatNumber(totals.miningMwh)}</td>
          <td className="num">{formatNumber(totals.curtailedMwh)}</td>
          <td className="num">{formatUsd(totals.miningRevenueUsd)}</td>
          <td className="num">{totals.powerCostUsd === null ? '—' : formatUsd(totals.powerCostUsd)}</td>
          <td className="num">{formatNumber(totals.peakMw, 1)}</td>
        </tr>
      </tbody>
    </table>
  );
}
