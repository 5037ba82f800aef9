import type { ScenarioId } from '../../shared/model/index.ts';
import type { Editor } from '../editor/editor.ts';
import { useDocumentVersion, useSession } from './hooks.ts';

export function ScenarioPicker(props: { editor: Editor }) {
  const { editor } = props;
  const s = useSession(editor);
  useDocumentVersion(editor);
  const scenarios = [...editor.store.all('scenario')].sort((a, b) => a.order - b.order);
  return (
    <label className="tb-field" title="Scenario: each has its own halls, redundancy and options">
      Scenario
      <select data-testid="scenario" value={s.scenarioId} onChange={(e) => editor.session.set({ scenarioId: e.target.value as ScenarioId, selection: new Set() })}>
        {scenarios.map((sc) => (
          <option key={sc.id} value={sc.id}>
            {sc.name} ({sc.powerRedundancy} power, {sc.coolingRedundancy} cooling)
          </option>
        ))}
      </select>
    </label>
  );
}
