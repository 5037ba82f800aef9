import { Fragment, useState } from 'react';
import type { CompareSystem } from '../../../shared/report-views/retrofit-view.ts';
import { formatNumber, formatUsd } from '../format.ts';
import { DispositionChip } from './DispositionChip.tsx';

const qty = (n: number) => formatNumber(n, Number.isInteger(n) ? 0 : 1);
const signed = (n: number, text: string) => (n > 0 ? `+${text}` : text);

/**
 * Baseline and target side by side, per system and item: quantities (baseline, target, delta), the baseline's bill
 * and the upgrade bill (the delta in cost), with each item's lines by disposition. A click opens the item's lines.
 */
export function CompareTable(props: { systems: readonly CompareSystem[] }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <table className="bill compare" data-testid="compare-table">
      <colgroup>
        <col />
        <col className="w-disp" />
        <col className="w-qty" />
        <col className="w-qty" />
        <col className="w-qty" />
        <col className="w-usd" />
        <col className="w-usd" />
      </colgroup>
      <thead>
        <tr>
          <th>Item</th>
          <th title="The item's lines by disposition: new, upgraded, reused (kept), removed">Disposition</th>
          <th className="num" title="Quantity in the baseline">Base</th>
          <th className="num" title="Quantity in the target: kept, upgraded and new">Target</th>
          <th className="num" title="Target quantity less baseline quantity">Δ qty</th>
          <th className="num" title="The baseline's own bill for the item">Base $</th>
          <th className="num" title="The upgrade bill: what going from baseline to target costs">Δ $</th>
        </tr>
      </thead>
      <tbody>
        {props.systems.map((s) => (
          <Fragment key={s.category}>
            <tr className="bill-category" data-testid="compare-system" data-category={s.category}>
              <td colSpan={5}>{s.category}</td>
              <td className="num">{formatUsd(s.baselineUsd)}</td>
              <td className="num" data-testid="compare-system-delta" data-value={s.deltaUsd}>{formatUsd(s.deltaUsd)}</td>
            </tr>
            {s.rows.map((r) => (
              <Fragment key={r.key}>
                <tr className={open === r.key ? 'bill-line open' : 'bill-line'} onClick={() => setOpen(open === r.key ? null : r.key)} data-testid="compare-row">
                  <td>
                    {r.item}
                    <span className="unit">{r.unit}</span>
                  </td>
                  <td>
                    {r.dispositions.map((d) => (
                      <DispositionChip key={d.disposition} disposition={d.disposition} title={`${d.disposition}: ${qty(d.quantity)} ${r.unit}, ${formatUsd(d.totalUsd)}`} />
                    ))}
                  </td>
                  <td className="num">{qty(r.baselineQuantity)}</td>
                  <td className="num">{qty(r.targetQuantity)}</td>
                  <td className="num">{signed(r.deltaQuantity, qty(r.deltaQuantity))}</td>
                  <td className="num">{formatUsd(r.baselineUsd)}</td>
                  <td className="num">{formatUsd(r.deltaUsd)}</td>
                </tr>
                {open === r.key &&
                  r.lines.map((l) => (
                    <tr key={l.id} className="bill-detail">
                      <td colSpan={7}>
                        <DispositionChip disposition={l.disposition} /> <b>{l.groupName}</b> · {qty(l.quantity)} {l.unit} · {formatUsd(l.totalUsd)} — {l.derivation}
                      </td>
                    </tr>
                  ))}
              </Fragment>
            ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
