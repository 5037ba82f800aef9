import { Fragment, useState } from 'react';
import type { ScenarioReport } from '../../shared/analysis/index.ts';
import { systemTotals } from '../../shared/report-views/bill-tables.ts';
import { formatNumber, formatUsd, formatUsdExact } from './format.ts';

/** The bill of materials; a row opens to show its derivation and the source of its figures. */
export function BillTable(props: { bill: ScenarioReport }) {
  const [open, setOpen] = useState<string | null>(null);
  const systems = systemTotals(props.bill.lines).filter((s) => s.lines > 0);
  return (
    <table className="bill" data-testid="bill-table">
      <thead>
        <tr>
          <th>Item</th>
          <th className="num">Qty / unit</th>
          <th className="num">Capacity</th>
          <th>Red.</th>
          <th className="num">Unit cost</th>
          <th className="num">Total</th>
          <th className="num">Lead</th>
        </tr>
      </thead>
      <tbody>
        {systems.map((system) => (
          <Fragment key={system.category}>
            <tr className="bill-category">
              <td colSpan={5}>{system.category}</td>
              <td className="num">{formatUsd(system.totalUsd)}</td>
              <td />
            </tr>
            {props.bill.lines.filter((l) => l.category === system.category).map((l) => (
              <Fragment key={l.id}>
                <tr className={open === l.id ? 'bill-line open' : 'bill-line'} onClick={() => setOpen(open === l.id ? null : l.id)} title={l.derivation}>
                  <td>
                    {l.item}
                    <span className="group">{l.groupName}</span>
                  </td>
                  <td className="num">
                    {formatNumber(l.quantity, Number.isInteger(l.quantity) ? 0 : 1)} {l.unit}
                  </td>
                  <td className="num">{l.capacity ? `${formatNumber(l.capacity.value, l.capacity.value < 10 ? 1 : 0)} ${l.capacity.unit}` : ''}</td>
                  <td>{l.redundancy ?? ''}</td>
                  <td className="num" title={formatUsdExact(l.unitCostUsd)}>{formatUsd(l.unitCostUsd)}</td>
                  <td className="num">{formatUsd(l.totalUsd)}</td>
                  <td className="num">{l.leadTimeWeeks === null ? '?' : `${l.leadTimeWeeks} wk`}</td>
                </tr>
                {open === l.id && (
                  <tr className="bill-detail">
                    <td colSpan={7}>
                      <div>
                        <b>Derivation:</b> {l.derivation}
                      </div>
                      <div>
                        <b>Source:</b> {l.source}
                      </div>
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
