import type { ScenarioReport } from '../../shared/analysis/index.ts';
import { formatMw, formatNumber, formatUsd } from './format.ts';

export function SiteTotals(props: { bill: ScenarioReport }) {
  const s = props.bill.summary;
  const items: [string, string, string][] = [
    ['IT load', formatMw(s.itKw), 'total-it'],
    ['Facility', formatMw(s.facilityKw), 'total-facility'],
    ['PUE', s.pue.toFixed(2), 'total-pue'],
    ['PUE design day', s.designDayPue.toFixed(2), 'total-pue-design'],
    ['Capex', formatUsd(s.capexUsd), 'total-capex'],
    ['Landlord / MW IT', formatUsd(s.landlordCapexUsdPerMwIt), 'total-landlord-per-mw'],
    ['Network / MW IT', formatUsd(s.networkCapexUsdPerMwIt), 'total-network-per-mw'],
    ['Longest lead', `${formatNumber(s.longestLeadWeeks)} wk`, 'total-lead'],
    ['Racks', formatNumber(s.racks), 'total-racks'],
    ['GPUs', formatNumber(s.gpus), 'total-gpus'],
    ['Liquid / air', `${formatMw(s.liquidKw)} / ${formatMw(s.airKw)}`, 'total-split'],
  ];
  return (
    <section className="totals" aria-label="Site totals">
      {items.map(([label, value, id]) => (
        <div key={id} className="total">
          <span className="total-label">{label}</span>
          <span className="total-value" data-testid={id}>
            {value}
          </span>
        </div>
      ))}
    </section>
  );
}
