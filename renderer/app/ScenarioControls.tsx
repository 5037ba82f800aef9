import { useState } from 'react';
import { getAction, runAction } from '../editor/actions/index.ts';
import type { Editor } from '../editor/editor.ts';
import { useDocumentVersion, useSession } from './hooks.ts';
import { NameDialog } from './NameDialog.tsx';
import { Icon } from './icons.tsx';

type Dialog = { action: 'scenario.create' | 'scenario.duplicate' | 'scenario.rename'; title: string; initial: string; submit: string };

/** New, duplicate, rename and delete for scenarios, beside the scenario picker. */
export function ScenarioControls(props: { editor: Editor }) {
  const { editor } = props;
  const s = useSession(editor);
  useDocumentVersion(editor);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const scenario = editor.store.get(s.scenarioId, 'scenario');
  const readOnly = editor.readOnlyReason !== null;
  const canDelete = !readOnly && (getAction('scenario.delete')?.enabled?.(editor) ?? false);
  const open = (d: Dialog) => {
    setConfirmDelete(false);
    setDialog(d);
  };
  return (
    <div className="scenario-controls">
      <button type="button" className="tb-button tb-icon" aria-label="New scenario" title="New empty scenario with this scenario's settings" data-testid="scenario-new" disabled={readOnly}
        onClick={() => open({ action: 'scenario.create', title: 'New scenario', initial: 'New scenario', submit: 'Create' })}>
        <Icon name="add" />
      </button>
      <button type="button" className="tb-button tb-icon" aria-label="Duplicate scenario" title="Duplicate: copy this scenario's whole layout" data-testid="scenario-duplicate" disabled={readOnly}
        onClick={() => open({ action: 'scenario.duplicate', title: 'Duplicate scenario', initial: `${scenario?.name ?? 'Scenario'} copy`, submit: 'Duplicate' })}>
        <Icon name="duplicate" />
      </button>
      <button type="button" className="tb-button tb-icon" aria-label="Rename scenario" title="Rename this scenario" data-testid="scenario-rename" disabled={readOnly}
        onClick={() => open({ action: 'scenario.rename', title: 'Rename scenario', initial: scenario?.name ?? '', submit: 'Rename' })}>
        <Icon name="rename" />
      </button>
      {confirmDelete ? (
        <button type="button" className="tb-button danger" data-testid="scenario-delete-confirm" title="Deletes the scenario and its whole layout (undo brings it back)"
          onClick={() => {
            setConfirmDelete(false);
            runAction(editor, 'scenario.delete');
          }} onBlur={() => setConfirmDelete(false)} autoFocus>
          Delete {scenario?.name}?
        </button>
      ) : (
        <button type="button" className="tb-button tb-icon" aria-label="Delete scenario" title="Delete this scenario and its layout" data-testid="scenario-delete" disabled={!canDelete}
          onClick={() => setConfirmDelete(true)}>
          <Icon name="delete" />
        </button>
      )}
      {dialog && (
        <NameDialog
          title={dialog.title}
          initial={dialog.initial}
          submitLabel={dialog.submit}
          onSubmit={(name) => {
            const result = runAction(editor, dialog.action, { name });
            return result.ok ? null : result.message;
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
