import type { RetrofitReport } from '../../../shared/analysis/retrofit/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { DISPOSITION_COLORS } from '../../viewport/colors.ts';
import { assetKindWords } from './asset-kind.ts';
import { Chip } from './DispositionChip.tsx';

/** Every asset of the compare with its disposition and the rule's reason; a click selects a unit of the open scenario. */
export function AssetTable(props: { editor: Editor; report: RetrofitReport }) {
  const { editor } = props;
  const openId = editor.session.state.scenarioId;
  return (
    <table className="bill assets" data-testid="compare-assets">
      <thead>
        <tr>
          <th>Asset</th>
          <th>Kind</th>
          <th>Disposition</th>
          <th>Reason</th>
        </tr>
      </thead>
      <tbody>
        {props.report.assets.map((a) => {
          const inOpen = editor.store.get(a.id, 'equipment')?.scenarioId === openId;
          return (
            <tr key={a.id} className={inOpen ? 'bill-line' : undefined} onClick={inOpen ? () => editor.session.select([a.id]) : undefined} data-testid="compare-asset">
              <td>{a.name}</td>
              <td>{assetKindWords(a.kind)}</td>
              <td>
                <Chip color={DISPOSITION_COLORS[a.disposition]} text={a.disposition} />
              </td>
              <td className="evidence">{a.reason}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
