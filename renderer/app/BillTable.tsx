import { Fragment, useState } from 'react';
import type { ScenarioReport } from '../../shared/analysis/index.ts';
import { systemTotals } from '../../shared/report-views/bill-tables.ts';
import { billLinesShown, type BillSort, type BillSortKey } from './bill-order.ts';
import { formatNumber, formatUsd, formatUsdExact } from './format.ts';

const COLUMNS: readonly { key: BillSortKey; title: string; num?: boolean; className: string }[] = [
  { key: 'item', title: 'Item', className: 'c-item' },
  { key: 'group', title: 'Group', className: 'c-group' },
  { key: 'quantity', title: 'Qty', num: true, className: 'c-qty' },
  { key: 'unitCost', title: 'Unit cost', num: true, className: 'c-unit' },
  { key: 'total', title: 'Total', num: true, className: 'c-total' },
  { key: 'lead', title: 'Lead', num: true, className: 'c-lead' },
];

/**
 * The bill of materials by system, each with its subtotal, and the report's grand total; sortable by any column,
 * filtered by a word of the item, group, derivation or source. A line opens to show its derivation and source.
 */
export function BillTable(props: { bill: ScenarioReport }) {
  const [open, setOpen] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<BillSort>({ key: 'report', descending: false });
  const systems = systemTotals(props.bill.lines).filter((s) => s.lines > 0);
  const shown = billLinesShown(props.bill.lines, filter, sort);
  const sortBy = (key: BillSortKey) =>
    setSort((s) => (s.key !== key ? { key, descending: key === 'total' || key === 'unitCost' || key === 'lead' } : s.descending ? { key: 'report', descending: false } : { key, descending: true }));
  const arrow = (key: BillSortKey) => (sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : '');
  return (
    <div className="bill-wrap">
      <div className="bill-filter">
        <input type="search" placeholder="Filter: item, group, derivation, source" aria-label="Filter the bill" value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="bill-filter" />
        {filter.trim() && (
          <span className="bill-count" data-testid="bill-count">
            {shown.length} of {props.bill.lines.length} lines
          </span>
        )}
      </div>
      <table className="bill" data-testid="bill-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} className={`${c.className}${c.num ? ' num' : ''}`} aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" title={`Sort by ${c.title.toLowerCase()} (again: reverse, then the report's order)`} onClick={() => sortBy(c.key)} data-testid={`bill-sort-${c.key}`}>
                  {c.title}
                  {arrow(c.key)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {systems.map((system) => {
            const lines = shown.filter((l) => l.category === system.category);
            if (lines.length === 0) return null;
            return (
              <Fragment key={system.category}>
                <tr className="bill-category">
                  <td colSpan={4}>
                    {system.title} <span className="bill-category-lines">{system.lines} lines</span>
                  </td>
                  <td className="num" title="Subtotal of the whole system, from the report">{formatUsd(system.totalUsd)}</td>
                  <td className="num">{system.longestLeadWeeks === null ? '' : `${system.longestLeadWeeks} wk`}</td>
                </tr>
                {lines.map((l) => (
                  <Fragment key={l.id}>
                    <tr className={open === l.id ? 'bill-line open' : 'bill-line'} onClick={() => setOpen(open === l.id ? null : l.id)} title={l.derivation} data-testid="bill-line">
                      <td className="c-item">
                        {l.item}
                        {(l.capacity || l.redundancy) && (
                          <span className="sub">
                            {l.capacity ? `${formatNumber(l.capacity.value, l.capacity.value < 10 ? 1 : 0)} ${l.capacity.unit}` : ''}
                            {l.capacity && l.redundancy ? ' · ' : ''}
                            {l.redundancy ?? ''}
                          </span>
                        )}
                      </td>
                      <td className="c-group" title={l.groupName}>
                        {l.groupName}
                      </td>
                      <td className="num">
                        {formatNumber(l.quantity, Number.isInteger(l.quantity) ? 0 : 1)} {l.unit}
                      </td>
                      <td className="num" title={formatUsdExact(l.unitCostUsd)}>
                        {formatUsd(l.unitCostUsd)}
                      </td>
                      <td className="num" title={formatUsdExact(l.totalUsd)}>
                        {formatUsd(l.totalUsd)}
                      </td>
                      <td className="num" title={l.leadTimeWeeks === null ? 'Lead time unknown: not counted in the longest lead' : undefined}>
                        {l.leadTimeWeeks === null ? '?' : `${l.leadTimeWeeks} wk`}
                      </td>
                    </tr>
                    {open === l.id && (
                      <tr className="bill-detail">
                        <td colSpan={6}>
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
            );
          })}
          {shown.length === 0 && (
            <tr>
              <td colSpan={6} className="empty" data-testid="bill-none">
                No line of this bill mentions “{filter.trim()}”.
              </td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr className="bill-total">
            <td colSpan={4}>Grand total, {props.bill.lines.length} lines{filter.trim() ? ' (the whole bill, not only the lines shown)' : ''}</td>
            <td className="num" data-testid="bill-grand-total" title={formatUsdExact(props.bill.summary.capexUsd)}>
              {formatUsd(props.bill.summary.capexUsd)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
